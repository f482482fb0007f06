/** An agency keeps one key whatever its descriptors ("the state news agency Xinhua"). Gold: pairs of reports (key-pairs.ts). */
import { keyPattern } from '../key-pairs.js';

export const pattern = keyPattern('entity-key-agency', 'an agency keeps one key whatever its descriptors ("the state news agency Xinhua")');
