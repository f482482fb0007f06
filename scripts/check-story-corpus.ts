/**
 * `node --import tsx scripts/check-story-corpus.ts`: checks corpus/stories/gold.json against the reports
 * (every file exists and is in its manifest, every quote and piece of evidence occurs exactly once in its
 * report's extracted text, every status and drift kind is allowed, every story has enough reports and
 * sits in one split) and prints the corpus's counts. Exits 1 when anything is wrong.
 */
import { isWiretraceError } from '../src/errors.js';
import { checkCorpus, type CorpusCounts } from '../test/story-corpus/corpus.js';

function formatTally(t: Readonly<Record<string, number>>): string {
  return Object.entries(t)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

function printCounts(c: CorpusCounts): void {
  console.log(`stories   ${c.stories}`);
  console.log(`reports   ${c.reports} (dev ${c.reportsBySplit.dev}, test ${c.reportsBySplit.test}; html ${c.htmlReports}; undated ${c.undatedReports}; ${formatTally(c.reportsByLanguage)})`);
  console.log(`events    ${c.events}`);
  console.log(`statuses  ${c.statuses} (${formatTally(c.statusesByValue)}; in another story's report ${c.crossStoryStatuses})`);
  console.log(`findings  ${c.findings} (${formatTally(c.findingsByKind)})`);
}

try {
  const { problems, counts } = await checkCorpus();
  printCounts(counts);
  for (const p of problems) console.log(`problem   ${p.where}: ${p.message}`);
  console.log(problems.length ? `${problems.length} problem(s)` : 'story corpus: clean');
  if (problems.length) process.exitCode = 1;
} catch (err) {
  if (!isWiretraceError(err)) throw err;
  console.error(`error ${err.code}: ${err.message}`);
  process.exitCode = 1;
}
