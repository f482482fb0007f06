/**
 * `--published` as the commands take it: absent means "read it from the input", but a value that
 * was given must be a date. An empty one (`--published ''`, often an unset shell variable) is refused
 * rather than quietly ignored, and a bad one fails before anything is read or written.
 */
import { WiretraceError } from '../errors.js';
import { validatePublished } from '../service/parse.js';

export function checkPublishedOption(value: string | undefined): void {
  if (value !== undefined && value.trim() === '') {
    throw new WiretraceError('E_DATE_INVALID', '--published is empty: give a date (e.g. 2024-06-16) or leave the option out');
  }
  validatePublished(value);
}
