/**
 * Content hash for exact deduplication: SHA-256 of the body after the normalisations that do not
 * change what a report says (Unicode compatibility forms, curly vs straight quotes, dash variants,
 * whitespace runs, letter case). The service and the public API use this one definition.
 */
import { createHash } from 'node:crypto';

export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function contentHash(text: string): string {
  return 'sha256:' + createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}
