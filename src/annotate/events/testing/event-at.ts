/**
 * For the events layer's table tests: the event whose trigger starts at a word of a sentence written for the test.
 */
import assert from 'node:assert/strict';
import { annotateEvents } from '../pipeline.js';
import type { Event } from '../../../doc/schemas/events.js';
import type { Doc } from '../../../doc/doc.js';
import { isHappening } from '../happenings.js';

/** The lexicon's (and the counted) events of a document: the tagger's happenings have tests of their own (happenings.test.ts). */
export function lexiconEvents(doc: Pick<Doc, 'layers'>): Event[] {
  return (doc.layers.events ?? []).filter((e) => !isHappening(e));
}

/** The lexicon's event whose trigger starts at the first whole-word `word` in `text`, annotated as published on `published`. */
export function eventAt(text: string, word: string, published: string): Event | undefined {
  const at = new RegExp(`\\b${word}\\b`).exec(text);
  assert.ok(at, `"${word}" not in: ${text}`);
  return lexiconEvents(annotateEvents(text, { published })).find((e) => e.trigger.start === at.index);
}
