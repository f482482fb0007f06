/**
 * Cues the lexicon does not hold ("railed against", "pleaded", "signaled"): the learned detector
 * (learned/) judges the word in context, and a word it accepts is read like a reporting verb, by the same
 * gates and verb rules, so its source and content are found as for "said".
 */
import { PRONOUNS, type CueEntry } from '../lexicon.js';
import type { TokenView } from '../../text/token-view.js';
import { cueModel, learnedCueAt } from '../learned/model.js';
import type { CueParser } from './index.js';
import { insideContentOf, type AttributionCandidate, type TokRange } from '../candidate.js';
import { npEndingAt } from '../chunker.js';
import { proposeVerb } from './reporting-verb.js';
import { TIME_WORDS } from '../tokens.js';
import { STARTS_LOWER } from '../../../util/letter-tests.js';

/**
 * Words after a learned cue that PolNeAR keeps in it (share on train: "out", "up", "off", "into" always;
 * "against", "about" 0.95+; "of", "on", "for", "over", ":" about 0.9; "with", "at", "to", "in" 0.75+).
 */
const PARTICLES = new Set(['to', 'of', 'on', 'for', 'about', 'in', 'with', 'at', 'out', 'against', 'over', 'up', 'back', 'off', 'into', 'down', ':']);

/** Past participles that do not end in -ed or -en: "was told", "was thought", "is held". */
const IRREGULAR_PARTICIPLES = new Set(
  'said told made held thought found brought taught sought bought caught heard read sent put led left kept paid met meant felt lost won hit cut let set spent built dealt sold laid shot struck stood understood hung spun'.split(' '),
);
/** Adjectives that end like a participle. */
const EN_ADJECTIVES = new Set(['open', 'keen', 'even', 'golden', 'sudden', 'outspoken', 'uneven', 'modern', 'stubborn']);

/** The word can be a past participle ("was accused", "is known", "was told"), not an adjective ("is critical"). */
export function isParticiple(w: string): boolean {
  if (EN_ADJECTIVES.has(w)) return false;
  return /(ed|en|wn|rn)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
}

/** Endings of nouns ("speculation", "disclosure", "agreement", "consensus"). */
const NOUN_SUFFIX = /^\p{L}{3,}(tion|sion|sure|ment|ence|ance|ity|ness|ism|cy|ship|sus)$/u;

/** The cue is such a noun and its source ends right before it, opening with a lower-case word that is no pronoun. */
function nounAfterModifier(v: TokenView, i: number, source: { readonly s: number; readonly e: number }): boolean {
  if (!NOUN_SUFFIX.test(v.low[i]!) || source.e !== i - 1) return false;
  const first = v.text.slice(v.start[source.s], v.end[source.s]);
  return STARTS_LOWER.test(first) && !PRONOUNS.has(first);
}

/**
 * How far above its threshold the detector must score a word that reports a clause after it inside another report's
 * content. Chosen on PolNeAR dev (F1 0.7770 / 0.7783 / 0.7794 / 0.7797 at margins 0 / 2 / 4 / 8, with the other 1.17
 * steps) and checked on one half of train with a detector trained on the other half (0.7295 / 0.7304 / 0.7306 / 0.7307).
 */
const NESTED_MARGIN = 4;

/** Forms of "be" before a predicate ("were more divided on", "is an outspoken supporter of"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", '\u2019s', "'re", '\u2019re', 'am', "'m", '\u2019m', 'be', 'been', 'being']);

/**
 * "Democrats were more divided on …", "McConnell was quick to embrace …", "Pence is an outspoken supporter of …": what
 * stands between a form of "be" and the learned word is the predicate's, not the speaker, who is the subject before
 * "be". The cue runs from "be"; the subject is a pronoun or the noun phrase ending right before it.
 */
function predicateAfterBe(v: TokenView, c: AttributionCandidate, src: TokRange, first: number): AttributionCandidate | null {
  const be = src.s - 1;
  if (be - 1 < first || !BE_FORMS.has(v.low[be]!) || src.e !== c.cue.s - 1) return null;
  for (let k = src.s; k <= src.e; k++) if (!STARTS_LOWER.test(v.text.slice(v.start[k], v.end[k])) || PRONOUNS.has(v.low[k]!)) return null;
  const j = be - 1;
  const subject = PRONOUNS.has(v.low[j]!) ? { s: j, e: j } : npEndingAt(v, j, first);
  if (!subject) return null;
  return { ...c, cue: { s: be, e: c.cue.e }, source: subject };
}

export const learnedCue: CueParser = {
  name: 'learned-cue',
  opens: cueModel().vocabulary,
  // "a poll released last week found": a time word joins a cue as its tail ("said last week"), never heads one.
  claims: (v, i) => !TIME_WORDS.has(v.low[i]!) && learnedCueAt(v, i),
  propose(v, i, unit, earlier) {
    const w = v.low[i]!;
    // "a group known as Fancy Bear", "the contests known as Super Tuesday": a name given, not a report (PolNeAR train:
    // 1 of 11 such proposals matched).
    if (w === 'known' && v.low[i + 1] === 'as') return null;
    // A learned word has no stance class of its own: it reports plainly, and is judged by its context alone.
    const entry: CueEntry = { lemma: w, stance: 'neutral', weak: false, participle: w.endsWith('ing') };
    const c = proposeVerb(v, i, unit, earlier, entry);
    // Without a speaker a word outside the lexicon is too seldom a report to keep ("the bill, passed by …");
    // a speaker that is itself a verb form ("raised concerns") is a misread clause.
    // An agentless passive the detector accepts ("was nominated for") is the exception: it names no speaker.
    if (c?.rule === 'passive-learned') {
      // "Viguerie is upbeat about …", "Republicans have been critical of …": after a form of "be", a word that is no
      // participle is an adjective, and the subject holds the attitude: the source, not part of the content.
      if (c.content.length === 2 && !isParticiple(w)) return { ...c, source: c.content[0]!, content: c.content.slice(1), rule: 'learned-predicative' };
      return { ...c, rule: `learned-${c.rule}` };
    }
    if (!c?.source) return null;
    // "Democrats were more divided on …": the predicate's words after "be" are no speaker. Taken as read (no particle
    // joined, no nested-report test): with those, PolNeAR dev and train figures were lower.
    const lifted = predicateAfterBe(v, c, c.source, unit.first);
    if (lifted) return { ...lifted, rule: `learned-${c.rule}` };
    if (/(ed|ing)$/.test(v.low[c.source.e]!)) return null;
    // "Trump said it has also exposed his weaknesses": inside the content of a report already found, a word outside the
    // lexicon reporting the clause after it is a report only when the detector is well above its threshold (PolNeAR
    // seldom marks a report nested there); a tag (", the agency noted") is not judged so.
    if (c.rule === 'indirect' && insideContentOf(i, earlier) && !learnedCueAt(v, i, NESTED_MARGIN)) return null;
    // "needless speculation that …", "a panel discussion this weekend": a noun the detector accepts, right after a
    // modifier read as its speaker, names no speaker (PolNeAR train: 17 of 51 such proposals gold, dev 0 of 5).
    if (nounAfterModifier(v, i, c.source)) return null;
    const first = c.content[0]!;
    // "railed against the plan": the particle joins the cue when the content starts right after it.
    if (c.cue.e === i && first.s === i + 1 && first.e > i + 1 && PARTICLES.has(v.low[i + 1]!)) {
      return { ...c, cue: { s: c.cue.s, e: i + 1 }, content: [{ s: i + 2, e: first.e }, ...c.content.slice(1)], rule: `learned-${c.rule}` };
    }
    return { ...c, rule: `learned-${c.rule}` };
  },
};
