/**
 * For the events layer's table tests: the event whose trigger starts at a word of a sentence written for the test.
 */
import assert from 'node:assert/strict';
import { annotateEvents } from '../pipeline.js';
import type { Event } from '../../../doc/schemas/events.js';

/** The event whose trigger starts at the first whole-word `word` in `text`, annotated as published on `published`. */
export function eventAt(text: string, word: string, published: string): Event | undefined {
  const at = new RegExp(`\\b${word}\\b`).exec(text);
  assert.ok(at, `"${word}" not in: ${text}`);
  return (annotateEvents(text, { published }).layers.events ?? []).find((e) => e.trigger.start === at.index);
}
