/**
 * The `wiretrace` CLI: a thin layer over src/service. Each command lives in ./commands/; the HTTP front
 * end that `serve` and `demo` start is handed in (see src/program.ts, which runs this).
 * Failures print "error E_CODE: message" on stderr and exit non-zero.
 */
import { Command, CommanderError } from 'commander';
import { isWiretraceError } from '../errors.js';
import { commands } from './commands/index.js';
import type { FrontEnds } from './front-ends.js';

export function buildCli(frontEnds: FrontEnds): Command {
  const program = new Command();
  program
    .name('wiretrace')
    .description('Who said what, according to whom, about which event, and how that changed.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const register of commands) register(program, frontEnds);
  return program;
}

export async function runCli(argv: string[], frontEnds: FrontEnds): Promise<void> {
  quietOnClosedPipe();
  const program = buildCli(frontEnds);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = reportError(err);
  }
}

/**
 * `wiretrace … --json | head -1`: once the reader has gone, further writes fail with EPIPE. Like
 * other Unix tools, stop quietly then instead of crashing with a stack trace.
 */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

/** Prints an error for a person and returns the exit code to use. */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    // commander has already printed help or its own message
    return err.exitCode === 0 ? 0 : 2;
  }
  if (isWiretraceError(err)) {
    console.error(`error ${err.code}: ${err.message}`);
    return err.code === 'E_USAGE' ? 2 : 1;
  }
  console.error(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return 1;
}
