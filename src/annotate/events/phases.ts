/**
 * Phases of the event families that are not scheduled like visits: incidents, legal processes,
 * strikes, rate decisions and elections. Each family is a typed state table: its phases in the order
 * of the family's life (rank), and the cues that move an event to a phase. A mention's phase comes
 * from, in order: a cue in its clause (the first matching row), the trigger's own subtype, then its
 * status (status.ts decides it as for scheduled events: cue, time, tense). Negated, hypothetical and
 * questioned mentions have no phase. Documented in docs/events.md.
 */
import { FAMILY_PHASES, phaseRank, type EventFamily as Family, type EventStatus, type Modality, type Phase } from '../../doc/schemas/events.js';
import { seqAt } from './modality.js';
import type { SentenceView } from '../text/token-view.js';

export { FAMILY_PHASES, phaseRank, type Phase };

/** A cue: a word sequence within `reach` words of the trigger (either side) that sets a phase. */
interface PhaseCue {
  readonly seq: readonly string[];
  readonly reach: number;
  readonly phase: Phase;
  /** Only for these trigger subtypes. */
  readonly subtypes?: readonly string[];
}

const cues = (phrases: string, reach: number, phase: Phase, subtypes?: readonly string[]): PhaseCue[] =>
  phrases.split('|').map((p) => ({ seq: p.split(' '), reach, phase, ...(subtypes ? { subtypes } : {}) }));

const CUES: Readonly<Record<Family, readonly PhaseCue[]>> = {
  incident: [
    ...cues('lifted|lifts|cancelled|canceled|withdrawn|downgraded|rescinded', 6, 'warning-lifted', ['warning']),
    // a search or a rescue called off (a fire is not ended by "the trial was suspended after a fire")
    ...cues('called off|suspended|abandoned|ended|halted|scaled back|calls off', 8, 'search-called-off', ['search', 'rescued', 'recovery', 'missing']),
    ...cues('recovery|recover|recovering|recovered|retrieve|retrieved|retrieving', 6, 'recovery'),
    ...cues('under way|underway|continuing|continued|continue|ongoing|searching|scouring|combing|search for|searched for', 6, 'rescue-under-way'),
  ],
  // "on bail pending trial": the trial is still ahead, whatever the sentence's tense
  // "the court ordered a retrial", "ordered a new trial": the trial ordered is ahead too
  // "faces a court-martial", "will face trial" (events 1.100.0): a trial someone faces is ahead
  legal: [...cues('pending|awaiting|awaits|await|ahead of|faces|face|facing', 2, 'charged', ['trial']), ...cues('for trial|for retrial', 0, 'charged', ['trial']), ...cues('ordered|orders|ordering', 3, 'charged', ['trial'])],
  strike: [
    ...cues('called off|suspended|cancelled|canceled|postponed|scrapped|averted|calls off', 5, 'called-off'),
    ...cues('threatened|threatens|threaten|threatening|threat', 3, 'threatened'),
    ...cues('on strike|entered its|enters its|continued|continuing|continues|under way|underway|ongoing|walked off|walked out', 4, 'under-way'),
    ...cues('called|calls|announced|announces|set for|scheduled|planned|vote for|voted for', 4, 'called'),
  ],
  rate: [],
  // a takeover's words around its trigger: "agreed to buy", "completed its acquisition", "walked away from the deal"
  deal: [
    ...cues('blocked|prohibited|vetoed|barred', 5, 'blocked'),
    ...cues('abandoned|dropped|scrapped|called off|walked away|pulled out|withdrew|collapsed|fell through', 5, 'abandoned'),
    ...cues('completed|completes|closed|finalised|finalized', 3, 'completed'),
    ...cues('agreed|agrees|signed|struck|has agreed|reached', 3, 'agreed'),
    ...cues('bid|offer|approach|approached|talks|considering|weighing|exploring', 4, 'bid'),
  ],
  approval: [
    ...cues('blocked|refused|rejected|denied|vetoed', 4, 'blocked', ['approve']),
    ...cues('review|reviewing|investigation|investigating|study|studying|probe|examining|in-depth', 6, 'under-review'),
    // "the approval was likely but not certain": a copula's past tense, an approval still to come
    ...cues('sought|seeks|seeking|applied|asked for|awaiting|awaits|needs|requires|subject to|pending|likely|unlikely|probable|possible|expected', 3, 'sought'),
  ],
  campaign: [
    // a tariff lifted or removed has ended ("Those tariffs were lifted in 2020", "removed its duties on cars")
    ...cues('lifted|lifts|removed|removes|levantó|levantaron|levantados|eliminó|eliminaron', 5, 'ended', ['tariff', 'counter-tariff']),
    // an emergency lifted has ended ("Sindh lifted the heat emergency on Saturday")
    ...cues('lifted|lifts', 5, 'ended', ['emergency']),
    ...cues('ended|ends|finished|completed|concluded|closed|wrapped up', 5, 'ended'),
    ...cues('began|begins|begun|started|starts|under way|underway|continued|continues|continuing|ongoing|launched|opened', 5, 'under-way'),
    // "ordered a full recount", "called for a new campaign": asked for, still ahead whatever the tense
    ...cues('ordered|orders|order|requested|demanded|sought|called for|calls for|asked for|ask for', 3, 'planned'),
  ],
  // "declared the outbreak over", "the outbreak has grown to 100 cases", "since that outbreak ended"
  outbreak: [
    ...cues('over|ended|ends|lasted|end of', 8, 'declared-over'),
    ...cues('contained|under control|slowing|slowed|waning|easing|eased', 8, 'contained'),
    ...cues('grown|grew|grows|growing|spread|spreads|spreading|rose|rising|risen|worsening|surge|surged|climbed', 6, 'spreading'),
  ],
  election: [
    ...cues('called|calls|call|scheduled|set for|due', 4, 'scheduled'),
    ...cues('won|wins|winning|results|result|elected|re-elected|victory|defeated|majority|percent|per cent|landslide', 6, 'results'),
  ],
};

/** The phase a trigger subtype names by itself, by status: "arrested" is the arrest, "sentenced" the sentence. */
const LEGAL_BY_SUBTYPE: Readonly<Record<string, { readonly done: Phase; readonly ahead?: Phase }>> = {
  arrest: { done: 'arrested' },
  detain: { done: 'arrested' },
  extradite: { done: 'arrested', ahead: 'arrested' },
  charge: { done: 'charged', ahead: 'arrested' },
  // "has agreed to plead guilty", "under a plea deal, … will testify" (events 1.100.0): a plea still ahead answers charges
  // already laid
  plea: { done: 'charged', ahead: 'charged' },
  trial: { done: 'on-trial', ahead: 'charged' },
  convict: { done: 'convicted', ahead: 'on-trial' },
  acquit: { done: 'acquitted', ahead: 'on-trial' },
  sentence: { done: 'sentenced', ahead: 'convicted' },
  appeal: { done: 'appealed', ahead: 'sentenced' },
  release: { done: 'released' },
};

export interface PhaseInput {
  readonly family: Family;
  readonly subtype: string;
  readonly modality: Modality;
  readonly status?: EventStatus;
  readonly view: SentenceView;
  /** The trigger's word index in the sentence. */
  readonly wi: number;
}

export interface PhaseReading {
  readonly phase: Phase;
  /** The cue's words (absent when the subtype or the status decided). */
  readonly cue?: { readonly start: number; readonly end: number };
}

/**
 * Per family, its cues by first word (indices in list order) and how far before and after the trigger a cue's first
 * word may stand: a cue whose first word stands nowhere in that window cannot match, and is not tried.
 */
const CUE_INDEX: ReadonlyMap<Family, { readonly byFirst: ReadonlyMap<string, readonly number[]>; readonly before: number; readonly after: number }> = new Map(
  (Object.keys(CUES) as Family[]).map((family) => {
    const byFirst = new Map<string, number[]>();
    let before = 0;
    let after = 0;
    CUES[family].forEach((c, k) => {
      const list = byFirst.get(c.seq[0]!);
      if (list) list.push(k);
      else byFirst.set(c.seq[0]!, [k]);
      before = Math.max(before, c.reach + c.seq.length - 1);
      after = Math.max(after, c.reach);
    });
    return [family, { byFirst, before, after }] as const;
  }),
);

/** The indices (ascending) of the family's cues whose first word stands in reach of word `wi`. */
function cuesInReach(p: PhaseInput): number[] {
  const index = CUE_INDEX.get(p.family)!;
  const words = p.view.words;
  const found: number[] = [];
  for (let at = Math.max(0, p.wi - index.before); at <= Math.min(words.length - 1, p.wi + index.after); at++) {
    const ks = index.byFirst.get(words[at]!.lower);
    if (ks) for (const k of ks) if (!found.includes(k)) found.push(k);
  }
  return found.sort((a, b) => a - b);
}

function findCue(p: PhaseInput): PhaseReading | undefined {
  // the cues in list order, as before, but only those whose first word is in reach
  const list = CUES[p.family];
  for (const k of cuesInReach(p)) {
    const c = list[k]!;
    if (c.subtypes && !c.subtypes.includes(p.subtype)) continue;
    for (let at = p.wi - c.reach - c.seq.length + 1; at <= p.wi + c.reach; at++) {
      if (at === p.wi && c.seq.length === 1) continue;
      if (seqAt(p.view, at, c.seq)) {
        const last = p.view.words[at + c.seq.length - 1]!;
        return { phase: c.phase, cue: { start: p.view.words[at]!.start, end: last.end } };
      }
    }
  }
  return undefined;
}

/** Forms that name the outcome of an election. */
const ELECTED = new Set(['elected', 're-elected']);
const DONE = new Set<EventStatus | undefined>(['occurred', 'in-progress']);
const AHEAD = new Set<EventStatus | undefined>(['anticipated', 'scheduled', 'invited']);

/** The phase by subtype and status when no cue decides. */
function byStatus(p: PhaseInput): Phase | undefined {
  const done = DONE.has(p.status);
  const ahead = AHEAD.has(p.status);
  switch (p.family) {
    case 'incident':
      if (p.subtype === 'warning') return done ? 'warning-issued' : undefined;
      if (p.subtype === 'recovery') return done ? 'recovery' : undefined;
      // a search is the rescue going on, whatever its tense; a rescue in progress is too
      if (p.subtype === 'search') return done ? 'rescue-under-way' : undefined;
      if (p.status === 'in-progress' && p.subtype === 'rescued') return 'rescue-under-way';
      return done ? 'struck' : undefined;
    case 'legal': {
      const row = LEGAL_BY_SUBTYPE[p.subtype];
      if (!row) return undefined;
      if (done) return row.done;
      return ahead ? row.ahead : undefined;
    }
    case 'strike':
      if (p.status === 'in-progress') return 'under-way';
      if (p.status === 'occurred') return 'held';
      if (p.status === 'cancelled') return 'called-off';
      return ahead ? 'called' : undefined;
    case 'rate':
      if (p.status === 'occurred' || p.status === 'in-progress') return 'decided';
      return ahead ? 'expected' : undefined;
    case 'deal':
      // "has agreed to buy" is a past agreement whose purchase is still ahead: the cue says agreed
      if (done) return 'completed';
      return ahead ? 'bid' : undefined;
    case 'approval':
      if (done) return p.subtype === 'block' ? 'blocked' : 'approved';
      return ahead ? 'sought' : undefined;
    case 'campaign':
      if (done) return 'under-way';
      return ahead ? 'planned' : undefined;
    case 'outbreak':
      return done ? 'declared' : undefined;
    case 'election':
      // a body's vote that has happened has its result; so has "was elected"
      if (done && (p.subtype === 'vote' || ELECTED.has(p.view.words[p.wi]!.lower))) return 'results';
      if (done) return 'held';
      return ahead ? 'scheduled' : undefined;
  }
}

/**
 * A step already taken that a sentence about a later step names as a noun (events 1.82.0): "will stand trial in September
 * on corruption charges" (the charges are laid), "the appeal will be heard in the spring", "will hear the appeal" (the
 * appeal is lodged), and one told by an -ing form after "after" ("after pleading guilty"). The later step's future is
 * not theirs.
 */
const WORDS_HEARD: ReadonlySet<string> = new Set(['hear', 'hears', 'heard', 'hearing']);
const ON: ReadonlySet<string> = new Set(['on']);
const AFTER: ReadonlySet<string> = new Set(['after']);
/** Court steps named by a noun in -ing: "will be released after sentencing next week" is still ahead. */
const ING_NOUNS: ReadonlySet<string> = new Set(['sentencing', 'hearing', 'ruling']);
function standingStep(p: PhaseInput): boolean {
  const w = p.view.words;
  const word = w[p.wi]!.lower;
  // "will be sentenced next week after pleading guilty", "after being convicted", "after admitting fraud" (events 1.95.0):
  // a step told by an -ing form right after "after" was taken before the later step ("after his trial" was not)
  if (AFTER.has(w[p.wi - 1]?.lower ?? '') && word.endsWith('ing') && !ING_NOUNS.has(word)) return true;
  if (AFTER.has(w[p.wi - 2]?.lower ?? '') && (w[p.wi - 1]?.lower ?? '').endsWith('ing')) return true;
  if (p.subtype === 'charge') return (word === 'charges' || word === 'charge') && wordNear(p, ON, 3, 0);
  if (p.subtype === 'appeal') return (word === 'appeal' || word === 'appeals') && wordNear(p, WORDS_HEARD, 4, 4);
  return false;
}

/** A word of `set` within `before` words before the trigger or `after` words after it (a module function, not a named arrow inside: under tsx, esbuild's keepNames wraps one in a `__name` call each time it is made). */
function wordNear(p: PhaseInput, set: ReadonlySet<string>, before: number, after: number): boolean {
  const w = p.view.words;
  for (let i = Math.max(0, p.wi - before); i <= Math.min(w.length - 1, p.wi + after); i++) if (i !== p.wi && set.has(w[i]!.lower)) return true;
  return false;
}

/** Phases of what is still ahead: a cue for one reads whatever the tense ("a bid for", "needs approval"). */
const AHEAD_PHASES: ReadonlySet<Phase> = new Set<Phase>(['threatened', 'called', 'scheduled', 'bid', 'sought', 'under-review', 'planned']);

/**
 * The phase of one mention in its family's life. Cues win over status: "the strike was called off"
 * is called off, "the search for survivors was suspended" ends the rescue.
 */
export function decidePhase(p: PhaseInput): PhaseReading | undefined {
  if (p.modality === 'negated' || p.modality === 'hypothetical' || p.modality === 'questioned') return undefined;
  const cue = findCue(p);
  // a cue for an outcome reads only on what has happened ("will be elected" has no result yet)
  if (cue && (DONE.has(p.status) || p.status === 'cancelled' || AHEAD_PHASES.has(cue.phase) || p.family === 'incident' || p.family === 'outbreak')) return cue;
  if (p.family === 'legal' && AHEAD.has(p.status) && standingStep(p)) {
    const row = LEGAL_BY_SUBTYPE[p.subtype];
    if (row) return { phase: row.done };
  }
  const phase = byStatus(p);
  return phase ? { phase } : undefined;
}

/** Families whose asserted mentions with no tense ("killing 12", "cut its rate") are reports of what happened. */
const PAST_BY_DEFAULT = new Set<Family>(['incident', 'legal', 'rate', 'election', 'outbreak']);

/** The status a family event gets when cue, time and tense said nothing (status.ts decides first). */
export function familyDefaultStatus(family: Family, modality: Modality): EventStatus | undefined {
  return modality === 'asserted' && PAST_BY_DEFAULT.has(family) ? 'occurred' : undefined;
}
