import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadSenseTable } from './senses.js';

const table = loadSenseTable();

test('events/tagger/senses: inflected forms read their lemma\'s supersenses, per part of speech', () => {
  const cases: { word: string; pos: 'verb' | 'noun' | 'adj'; has: string }[] = [
    { word: 'said', pos: 'verb', has: 'communication' }, // irregular past, through the exception list
    { word: 'believed', pos: 'verb', has: 'cognition' },
    { word: 'saw', pos: 'verb', has: 'perception' },
    { word: 'elections', pos: 'noun', has: 'act' },
    { word: 'earthquake', pos: 'noun', has: 'event' },
    { word: 'invincible', pos: 'adj', has: 'all' },
  ];
  for (const c of cases) assert.ok(table.senses(c.word)[c.pos].includes(c.has), `${c.word} ${c.pos}.${c.has}: ${JSON.stringify(table.senses(c.word))}`);
});

test('events/tagger/senses: function words, cased names, numbers and object keys have none', () => {
  for (const w of ['the', 'of', 'Obama', '1998', '$', '__proto__', 'hasOwnProperty', '']) {
    assert.deepEqual(table.senses(w), { verb: [], noun: [], adj: [] }, w);
  }
  // a noun that names a thing has no event supersense
  assert.ok(!table.senses('table').noun.includes('event'));
  assert.ok(!table.senses('committee').noun.includes('act'));
});
