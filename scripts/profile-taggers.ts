/**
 * `node --import tsx scripts/profile-taggers.ts`: the NER tagger (tagDocument) and the TimeML event
 * tagger (every token of every sentence) alone on the bench's news-length articles, split on white space
 * and punctuation, 8 rounds after two warm-up rounds, in tokens per CPU second. Compare two trees by
 * running it alternately in each.
 */
import { newsLengthTexts } from '../src/bench/corpus.js';
import { loadTagger } from '../src/annotate/entities/model.js';
import { loadEventTagger } from '../src/annotate/events/tagger/model.js';
const docs = newsLengthTexts().map((t) => t.split(/(?<=[.!?])\s+/).map((s) => s.split(/\s+|(?=[,.;:!?"])/).filter(Boolean)));
const sents = newsLengthTexts().flatMap((t) => t.split(/(?<=[.!?])\s+/));
const ner = loadTagger();
const ev = loadEventTagger();
const cpu = (f: () => void): number => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1e6; };
let tokens = 0;
for (const d of docs) for (const s of d) tokens += s.length;
for (let r = 0; r < 2; r++) { for (const d of docs) ner.tagDocument(d); for (const s of sents) ev.tag(s); }
const a = cpu(() => { for (let r = 0; r < 8; r++) for (const d of docs) ner.tagDocument(d); });
const b = cpu(() => { for (let r = 0; r < 8; r++) for (const s of sents) ev.tag(s); });
console.log(`NER ${((8 * tokens) / a / 1000).toFixed(0)} k tokens/CPU-s, event tagger (every token) ${((8 * tokens) / b / 1000).toFixed(0)} k tokens/CPU-s`);
