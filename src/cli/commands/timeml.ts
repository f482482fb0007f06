/**
 * `wiretrace timeml FILE.TE3input... [--out DIR]`: tags time expressions and events in TempEval-3 input files and
 * writes TimeML with TIMEX3 and EVENT tags (see src/service/timeml.ts). Without --out the TimeML goes to stdout.
 */
import type { Command } from 'commander';
import { timemlForFile, writeTimemlFile } from '../../service/timeml.js';

export function register(program: Command): void {
  program
    .command('timeml')
    .description('tag TIMEX3 expressions and EVENTs in TempEval-3 .TE3input files and write TimeML')
    .argument('<files...>', 'TempEval-3 input files (.TE3input or .tml)')
    .option('--out <dir>', 'write <name>.tml files here instead of printing to stdout')
    .action((files: string[], opts: { out?: string }) => {
      for (const file of files) {
        if (opts.out) console.error(`wrote ${writeTimemlFile(file, opts.out)}`);
        else process.stdout.write(timemlForFile(file));
      }
    });
}
