/** Country names, official names, codes and "the North" share one key. Gold: pairs of reports (key-pairs.ts). */
import { keyPattern } from '../key-pairs.js';

export const pattern = keyPattern('entity-key-gpe', 'country names, official names, codes and "the North" share one key');
