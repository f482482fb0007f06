/**
 * Broad event detection, learned from TimeBank and AQUAINT (TempEval-3 Task B): which tokens of a
 * text are events in the TimeML sense, with their class. The model loads on first use; `wiretrace
 * timeml` and the te3events eval call it, and the events layer can use it for broad detection.
 */
import { loadEventTagger } from './model.js';
import { type TaggedEvent } from './tagger.js';

export { EVENT_CLASSES, type EventClass } from './classes.js';
export type { TaggedEvent } from './tagger.js';

/** TimeML events in a plain text, in text order. Throws E_MODEL when the model file is missing or corrupt. */
export function tagEvents(text: string): TaggedEvent[] {
  return loadEventTagger().tag(text);
}
