/**
 * `node --import tsx scripts/profile-pipeline.ts [rounds] [out.cpuprofile]`: annotates the bench's
 * news-length articles (every layer) `rounds` times (default 8) after two warm-up rounds, prints MB per
 * CPU second, and with an output path writes a V8 CPU profile of the measured rounds only (model
 * loading and JIT warm-up left out), to open in Chrome DevTools or read with any .cpuprofile tool.
 * On a shared machine, compare two trees by running this alternately in each, back to back.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { createDoc } from '../src/doc/doc.js';
import { defaultPipeline } from '../src/annotate/default-pipeline.js';
import { newsLengthTexts } from '../src/bench/corpus.js';

const rounds = Number(process.argv[2] ?? 8);
const out = process.argv[3];
const news = newsLengthTexts();
const pipeline = defaultPipeline();
const meta = { published: '2024-01-22' };
for (let r = 0; r < 2; r++) for (const body of news) pipeline.run(createDoc(body, meta));
const session = new Session();
if (out) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
let chars = 0;
for (let r = 0; r < rounds; r++) {
  for (const body of news) {
    pipeline.run(createDoc(body, meta));
    chars += body.length;
  }
}
const cpu = process.cpuUsage(cpu0);
if (out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
  session.disconnect();
}
const secs = (cpu.user + cpu.system) / 1e6;
console.log(
  `${news.length} articles x ${rounds}: ${(chars / secs / 1e6).toFixed(3)} MB/CPU-s, ${((news.length * rounds) / secs).toFixed(1)} articles/CPU-s (load average ${loadavg()[0]!.toFixed(1)})`,
);
