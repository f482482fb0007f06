/**
 * Titles written as abbreviations ("Mr.", "Mrs.", "Sen.", "Lt. Gen.") head a person's name. CoNLL-2003
 * (Reuters) has almost none of them, so the tagger reads them unreliably, and differently after each
 * retraining: as a name of their own ("Mr." as an organisation, "Mrs." as a place) or as the start of
 * an organisation ("Mrs. Clinton"). The titles are text/abbreviations.ts's title group, the same list
 * the tokenizer keeps their period by.
 *  - a mention that is only titles is no name: it joins the mention that follows it, or, where the
 *    tagger left the capitalised words after it untagged, becomes a person over the title and those
 *    words ("Mr. Trump"); with no name after it, it is dropped;
 *  - a mention that starts with a title is a person;
 *  - a title the tagger left untagged, with capitalised words after it that no mention covers, is a
 *    person over the title and those words ("Mr. Vos spoke", where the tagger saw nothing).
 */
import { PERSON_TITLES } from '../../text/abbreviations.js';
import type { MentionCandidate, Sentenced, WordTok } from './candidate.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const UPPER_LETTER = /^\p{Lu}\p{L}/u;

/** Longest run of capitalised words read as the name after a title ("Mr. Martin Luther King Jr."). */
const MAX_NAME_WORDS = 4;

function isTitle(t: WordTok | undefined): boolean {
  return !!t && t.text.length > 1 && t.text.endsWith('.') && PERSON_TITLES.has(t.text.slice(0, -1));
}

function isNameWord(t: WordTok | undefined): boolean {
  return !!t && UPPER_LETTER.test(t.text) && !isTitle(t);
}

export function readTitles(s: Sentenced, drafts: MentionCandidate[]): void {
  const starts = new Map<number, MentionCandidate>();
  for (const d of drafts) if (!d.dropped) starts.set(d.tokStart, d);
  const added: MentionCandidate[] = [];
  for (const d of drafts) {
    if (d.dropped || !isTitle(s.toks[d.tokStart])) continue;
    let k = d.tokStart;
    while (k < d.tokEnd && isTitle(s.toks[k])) k++;
    if (k < d.tokEnd) {
      if (d.type !== 'PER') d.rule = `${d.rule}+title`;
      d.type = 'PER';
      continue;
    }
    d.dropped = true;
    const next = starts.get(d.tokEnd);
    if (next && !next.dropped) {
      next.tokStart = d.tokStart;
      next.type = 'PER';
      next.rule = `${next.rule}+title`;
      starts.set(d.tokStart, next);
      continue;
    }
    const end = s.sentEnd[d.tokStart]!;
    let e = d.tokEnd;
    while (e < end && e - d.tokEnd < MAX_NAME_WORDS && isNameWord(s.toks[e]) && !starts.has(e)) e++;
    if (e > d.tokEnd) added.push({ tokStart: d.tokStart, tokEnd: e, type: 'PER', rule: `${d.rule}+title` });
  }
  for (const d of added) drafts.push(d);
  addUntaggedTitles(s, drafts);
}

function addUntaggedTitles(s: Sentenced, drafts: MentionCandidate[]): void {
  const covered = new Uint8Array(s.toks.length);
  for (const d of drafts) if (!d.dropped) covered.fill(1, d.tokStart, d.tokEnd);
  const added: MentionCandidate[] = [];
  for (let k = 0; k < s.toks.length; k++) {
    if (covered[k] || !isTitle(s.toks[k])) continue;
    const end = s.sentEnd[k]!;
    let e = k + 1;
    while (e < end && e - k - 1 < MAX_NAME_WORDS && isNameWord(s.toks[e]) && !covered[e]) e++;
    if (e > k + 1 && (e >= end || !covered[e])) {
      added.push({ tokStart: k, tokEnd: e, type: 'PER', rule: 'title' });
      k = e - 1;
    }
  }
  for (const d of added) drafts.push(d);
}
