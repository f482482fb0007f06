/**
 * The `wiretrace` CLI: a thin layer over the library. Each command lives in ./commands/.
 * Failures print "error E_CODE: message" on stderr and exit non-zero.
 */
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { isWiretraceError } from '../errors.js';
import { commands } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('wiretrace')
    .description('Who said what, according to whom, about which event, and how that changed.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const register of commands) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  quietOnClosedPipe();
  const program = buildProgram();
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

// Run directly (`node --import tsx src/cli/main.ts ...`, as the CLI tests do); bin/wiretrace.js calls main() itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv);
