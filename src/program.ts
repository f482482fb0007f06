/**
 * The wiretrace program: the CLI with the HTTP front end plugged in. The CLI calls only the service;
 * this is the one place that joins it to src/web/. bin/wiretrace.js runs the compiled form; tests
 * and `node --import tsx src/program.ts …` run it from source.
 */
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import type { FrontEnds } from './cli/front-ends.js';
import { buildCli, runCli } from './cli/main.js';

const frontEnds: FrontEnds = {
  // loaded by `serve` and `demo` only, so other commands start without fastify
  http: { start: async (opts) => (await import('./web/http/listen.js')).listen(opts) },
};

export function buildProgram(): Command {
  return buildCli(frontEnds);
}

export function main(argv: string[]): Promise<void> {
  return runCli(argv, frontEnds);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv);
