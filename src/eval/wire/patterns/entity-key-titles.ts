/** Honorifics and titles stay out of person keys ("Mr. Nurlanov", "Foreign Minister …"). Gold: pairs of reports (key-pairs.ts). */
import { keyPattern } from '../key-pairs.js';

export const pattern = keyPattern('entity-key-titles', 'honorifics and titles stay out of person keys ("Mr. Nurlanov", "Foreign Minister …")');
