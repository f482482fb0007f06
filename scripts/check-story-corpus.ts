/**
 * `node --import tsx scripts/check-story-corpus.ts [--write]`: checks corpus/stories/gold.json against the
 * schema (src/eval/stories/gold.ts), the report texts and their sources, and prints the corpus's counts;
 * exits 1 when anything is wrong. The checks: every report's text is the text extracted from its source and
 * agrees with its manifest entry; every quote resolves to one span; every status is for an event its report
 * mentions; every story has enough reports. See test/story-corpus/corpus.ts.
 * --write first (re)writes corpus/stories/reports/ from the sources, as ingest would extract them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isWiretraceError } from '../src/errors.js';
import { checkCorpus, CORPUS_DIR, reportTexts, ROOT, type CorpusCounts } from '../test/story-corpus/corpus.js';

function formatTally(t: Readonly<Record<string, number>>): string {
  return Object.entries(t)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

function printCounts(c: CorpusCounts): void {
  console.log(`stories   ${c.stories}`);
  console.log(`reports   ${c.reports} (dev ${c.reportsBySplit.dev}, test ${c.reportsBySplit.test}; from html ${c.htmlSources}; undated source ${c.undatedSources}; ${formatTally(c.reportsByLanguage)})`);
  console.log(`events    ${c.events} (mentions ${c.mentions})`);
  console.log(`statuses  ${c.statuses} (${formatTally(c.statusesByValue)}; in another story's report ${c.crossStoryStatuses})`);
  console.log(`findings  ${c.findings} (${formatTally(c.findingsByKind)})`);
}

try {
  if (process.argv.includes('--write')) {
    // Exactly the extracted text, with no newline added: the scorer matches quotes against the file's bytes.
    const texts = await reportTexts();
    for (const { report, text } of texts) {
      const path = join(ROOT, CORPUS_DIR, report);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    console.log(`wrote ${texts.length} report texts under ${CORPUS_DIR}/reports/`);
  }
  const { problems, counts } = await checkCorpus();
  if (counts) printCounts(counts);
  for (const p of problems) console.log(`problem   ${p.where}: ${p.message}`);
  console.log(problems.length ? `${problems.length} problem(s)` : 'story corpus: clean');
  if (problems.length) process.exitCode = 1;
} catch (err) {
  if (!isWiretraceError(err)) throw err;
  console.error(`error ${err.code}: ${err.message}`);
  process.exitCode = 1;
}
