/** Reading `--name value` pairs from an eval task's arguments (one copy for every task). */
import { WiretraceError } from '../errors.js';

/** The value after `name`, or undefined when the flag is absent (or last). */
export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The value after `name`, or undefined when the flag is absent; a flag given without a value is E_USAGE. */
export function requiredArgValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('--')) throw new WiretraceError('E_USAGE', `${name} needs a value`);
  return v;
}
