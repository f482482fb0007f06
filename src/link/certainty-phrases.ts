/**
 * Certainty drift read from the wording alone, across tracked events: two reports that say the same thing of the same
 * subject with the same verb ("the runoff could be held" → "the runoff will now be held", "Villaverde could be handed
 * over" → "Villaverde will be handed over") state one planned event with different certainty, even where the link
 * layer tracks the two mentions as two events. The verb after the modal and a content word of the modal's own clause
 * before it (its subject) must both be shared: a shared verb alone ("will be held") is any meeting's.
 */

/** An English modal and its level on the likelihood scale (as drift.ts's levels). */
const MODAL = /\b(could|may|might|is\s+likely\s+to|are\s+likely\s+to|will)\b/gi;
/** Words between a modal and its verb that carry nothing: "could now be", "will still be". */
const FILLER = new Set(['be', 'been', 'now', 'still', 'also', 'then', 'again', 'only', 'soon', 'finally', 'not', 'have', 'to']);
/** Function words that say nothing of a clause's subject. */
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'but', 'said', 'says', 'that', 'this', 'its', 'their', 'his', 'her', 'between', 'two', 'with', 'for', 'from', 'by', 'he', 'she', 'they', 'it', 'who', 'which', 'would', 'told', 'official', 'officials']);

export interface ModalPhrase {
  readonly level: 'possible' | 'likely' | 'will';
  readonly verb: string;
  readonly subject: ReadonlySet<string>;
}

function levelOf(modal: string): ModalPhrase['level'] {
  const m = modal.toLowerCase();
  if (m === 'will') return 'will';
  return /likely/.test(m) ? 'likely' : 'possible';
}

/** The modal phrases of a sentence: each unnegated modal, the verb it governs, and the content words of its clause before it. */
export function modalPhrases(sentence: string): ModalPhrase[] {
  const out: ModalPhrase[] = [];
  for (const m of sentence.matchAll(MODAL)) {
    // "May" is the month
    if (m[0] === 'May') continue;
    const end = m.index + m[0].length;
    const after = sentence.slice(end).split(/[,;:.]/)[0]!.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (after[0] === 'not' || /n[’']t$/.test(after[0] ?? '')) continue;
    const verb = after.find((w) => !FILLER.has(w));
    if (!verb || verb.length < 3) continue;
    const clause = sentence.slice(0, m.index).split(/[,;:]|\s[-–—]\s/).pop() ?? '';
    const subject = new Set((clause.match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 2 && !STOP.has(w)));
    if (subject.size === 0) continue;
    out.push({ level: levelOf(m[1]!), verb, subject });
  }
  return out;
}

/** Two phrases say the same thing of the same subject: one verb, and a shared content word of the subject. */
export function samePhrase(a: ModalPhrase, b: ModalPhrase): boolean {
  return a.verb === b.verb && [...a.subject].some((w) => b.subject.has(w));
}
