/** Transliteration and spelling variants of a name share a key (Sergei / Sergey / Serhiy). Gold: pairs of reports (key-pairs.ts). */
import { keyPattern } from '../key-pairs.js';

export const pattern = keyPattern('entity-key-variants', 'transliteration and spelling variants of a name share a key (Sergei / Sergey / Serhiy)');
