/**
 * Resolve: candidates become attribution records. Token ranges become offsets; the source is linked to the
 * entity layer when the NER has run (and stays a plain span when it has not); the kind (direct, indirect,
 * mixed), the stance and the cue's lemma are read off the tokens.
 */
import type { Attribution, AttributionSource, Stance } from '../../doc/schemas/attribution.js';
import type { AttributionCandidate, TokRange } from './candidate.js';
import { CUE_VERBS, DETERMINERS, HEDGE_MARKERS, PRONOUNS, RELATIVES } from './lexicon.js';
import type { Gender } from './gender.js';
import type { MentionLookup } from './mention-lookup.js';
import type { TokenView } from '../text/token-view.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const PUNCTUATION = /^\p{P}$/u;

/** How many content tokens are searched for hedge/intention markers ("conveyed his readiness to …"). */
const HEDGE_WINDOW = 4;

/** How far back a pronoun looks: person mentions walked, and paragraphs a speaker stays current. */
const PRONOUN_PERSONS = 40;
const SPEAKER_PARAGRAPHS = 2;

/** What resolving sources needs besides the tokens: the entity layer's mentions and its people's genders. */
export interface SourceContext {
  readonly mentions: MentionLookup;
  readonly genders: ReadonlyMap<string, Gender>;
}

/** A person who has spoken so far, and the paragraph the cue was in. */
interface Speaker {
  readonly entity: string;
  readonly paragraph: number;
}

/** One record per candidate, ids a1, a2, … in candidate order. */
export function toRecords(v: TokenView, cands: readonly AttributionCandidate[], ctx: SourceContext): Attribution[] {
  const cueTokens = new Set<number>();
  for (const d of cands) for (let k = d.cue.s; k <= d.cue.e; k++) cueTokens.add(k);
  const speakers: Speaker[] = [];
  return cands.map((d, idx) => {
    const rec = toRecord(v, d, idx, ctx, cueTokens, speakers);
    const entity = rec.source?.entity;
    if (entity && ctx.genders.has(entity)) speakers.push({ entity, paragraph: v.paragraphOf(d.cue.s) });
    return rec;
  });
}

/** A relay's record (relays.ts) is relayed by the record whose cue is its host's. */
export function withRelayHosts(v: TokenView, cands: readonly AttributionCandidate[], records: Attribution[]): Attribution[] {
  const byCue = new Map(records.map((r) => [r.cue.start, r.id]));
  return records.map((r, k) => {
    const host = cands[k]!.host;
    const via = host ? byCue.get(v.start[host.s]!) : undefined;
    return via && via !== r.id ? { ...r, via } : r;
  });
}

function toRecord(
  v: TokenView,
  d: AttributionCandidate,
  idx: number,
  ctx: SourceContext,
  cueTokens: ReadonlySet<number>,
  speakers: readonly Speaker[],
): Attribution {
  const span = (r: TokRange): { start: number; end: number } => ({ start: v.start[r.s]!, end: v.end[r.e]! });
  const content = d.content.map(span);
  const rec: Attribution = {
    id: `a${idx + 1}`,
    source: d.source ? linkSource(v, d, span(d.source), ctx, speakers) : null,
    cue: span(d.cue),
    content,
    kind: kindOf(v, d),
    stance: stanceOf(v, d, cueTokens),
    lemma: lemmaOf(v, d),
    rule: d.rule,
  };
  return rec;
}

function lemmaOf(v: TokenView, d: AttributionCandidate): string {
  for (let k = d.cue.e; k >= d.cue.s; k--) {
    const e = CUE_VERBS.get(v.low[k]!);
    if (e) return e.lemma;
  }
  if (d.rule === 'according-to') return 'according to';
  if (d.rule === 'as-per') return 'as per';
  return v.low[d.cue.e]!;
}

/** direct: the content is quotes only; mixed: it contains a quote; indirect: no quotes. */
function kindOf(v: TokenView, d: AttributionCandidate): Attribution['kind'] {
  let quoted = 0;
  let total = 0;
  for (const c of d.content) {
    for (let k = c.s; k <= c.e; k++) {
      total++;
      if (v.quote[k] !== -1) quoted++;
    }
  }
  if (quoted === 0) return 'indirect';
  return quoted === total ? 'direct' : 'mixed';
}

/**
 * The cue's class, made hedged when a neutral report carries an intention or hedge at its head
 * ("conveyed his readiness", "specified he was “willing”"). A hedging verb that is itself the cue of a
 * nested attribution ("mentioned that Russia anticipates") keeps its stance to that inner attribution.
 */
function stanceOf(v: TokenView, d: AttributionCandidate, cueTokens: ReadonlySet<number>): Stance {
  let stance = d.stance;
  for (let k = d.cue.s; k <= d.cue.e; k++) {
    const e = CUE_VERBS.get(v.low[k]!);
    if (e) stance = e.stance;
  }
  if (stance !== 'neutral') return stance;
  const first = d.content[0];
  if (!first) return stance;
  for (let k = first.s, seen = 0; k <= first.e && seen < HEDGE_WINDOW; k++) {
    const w = v.low[k]!;
    if (HEDGE_MARKERS.has(w) && !(cueTokens.has(k) && CUE_VERBS.has(w))) return 'hedged';
    if (w !== "'s" && !DETERMINERS.has(w) && !PUNCTUATION.test(w)) seen++;
  }
  return stance;
}

/**
 * Links a source to the entity layer: the person named in it (the last one: "Kremlin spokesman Dmitry
 * Peskov"), else the organization, else the first place ("Moscow and Pyongyang"); a pronoun takes the
 * nearest person mentioned before it. A source is nominal when it is a description rather than a name
 * ("the report", "KCNA's initial report", "Both nations"), whether or not it mentions an entity.
 */
function linkSource(
  v: TokenView,
  d: AttributionCandidate,
  src: { start: number; end: number },
  ctx: SourceContext,
  speakers: readonly Speaker[],
): AttributionSource {
  const mentions = ctx.mentions;
  const out: { start: number; end: number; entity?: string; nominal?: boolean; antecedent?: { start: number; end: number } } = { ...src };
  const anteRange = d.antecedent;
  if (anteRange) out.antecedent = { start: v.start[anteRange.s]!, end: v.end[anteRange.e]! };
  const range = anteRange ?? d.source!;
  const target = anteRange ? out.antecedent! : src;
  if (mentions.size) {
    // a nominal organisation ("the company", "the German carmaker") counts: the entities layer joined it to the
    // organisation it describes; a nominal person ("the Russian president") stays a description
    const inside = mentions.inside(target.start, headEnd(v, range, target.end)).filter((m) => (!m.nominal || m.type === 'ORG') && m.type !== 'MISC');
    const pick =
      inside.filter((m) => m.type === 'PER').pop() ??
      inside.filter((m) => m.type === 'ORG').pop() ??
      inside[0];
    if (pick) out.entity = pick.entity;
    else if (PRONOUNS.has(v.low[range.s]!) && range.s === range.e) {
      const gender = PRONOUN_GENDER.get(v.low[range.s]!);
      const referent = mentions.covering(target.start, target.end)?.entity ??
        (v.low[range.s] === 'it'
          ? orgNearBefore(v, mentions, target.start, range.s)
          : gender
            ? pronounPerson(ctx, gender, target.start, v.paragraphOf(range.s), speakers)
            : mentions.personBefore(target.start)?.entity);
      if (referent) out.entity = referent;
    }
  }
  if (isNominal(v, range)) out.nominal = true;
  return out;
}

/** How many sentences back "it said" looks for the organisation it stands for. */
const IT_SENTENCES = 2;

/** "it said": the organisation mentioned last before the pronoun, in this sentence or the two before; never a person. */
function orgNearBefore(v: TokenView, mentions: MentionLookup, pos: number, tok: number): string | undefined {
  const org = mentions.orgBefore(pos);
  if (!org) return undefined;
  const from = v.sentences[v.sent[tok]! - IT_SENTENCES]?.start ?? 0;
  return org.start >= from ? org.entity : undefined;
}

/**
 * Where a source's head phrase ends: before a comma that opens a relative clause or an appositive ("The
 * carmaker, which employs 14,000 people in the Stuttgart region, said"), so that a name inside the clause is
 * not taken for the speaker.
 */
function headEnd(v: TokenView, r: { s: number; e: number }, end: number): number {
  for (let k = r.s + 1; k < r.e; k++) if (v.low[k] === ',' && RELATIVES.has(v.low[k + 1]!)) return v.start[k]!;
  return end;
}

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/**
 * "he said" / "she added": the last speaker of that gender (of this or the previous paragraphs), else the
 * nearest person of that gender before the pronoun, else the nearest person whose gender is unknown; never
 * a person of the other gender.
 */
function pronounPerson(ctx: SourceContext, gender: Gender, pos: number, paragraph: number, speakers: readonly Speaker[]): string | undefined {
  for (let k = speakers.length - 1; k >= 0 && paragraph - speakers[k]!.paragraph <= SPEAKER_PARAGRAPHS; k--) {
    if (ctx.genders.get(speakers[k]!.entity) === gender) return speakers[k]!.entity;
  }
  let unknown: string | undefined;
  for (const m of ctx.mentions.personsBefore(pos, PRONOUN_PERSONS)) {
    const g = ctx.genders.get(m.entity);
    if (g === gender) return m.entity;
    if (g === undefined) unknown ??= m.entity;
  }
  return unknown;
}

const QUANTIFIERS = new Set('both many some several most few all other others each either neither various'.split(' '));

function isNominal(v: TokenView, r: { s: number; e: number }): boolean {
  const first = v.low[r.s]!;
  if (r.s === r.e && PRONOUNS.has(first)) return false;
  // A name at the head ("The Human Rights Campaign", "North Korea's news agency KCNA") is not nominal.
  let last = r.e;
  while (last > r.s && !/^[\p{L}\p{N}]/u.test(v.low[last]!)) last--;
  const h = v.text.charCodeAt(v.start[last]!);
  if (h >= 65 && h <= 90) return false;
  for (let k = r.s; k < r.e; k++) if (v.low[k] === "'s" || v.low[k] === "'") return true;
  if (DETERMINERS.has(first) || QUANTIFIERS.has(first)) return true;
  const c = v.text.charCodeAt(v.start[r.s]!);
  return !(c >= 65 && c <= 90) && !/^\d/.test(first);
}
