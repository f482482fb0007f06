import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEvents } from './pipeline.js';
import { lexiconEvents } from './testing/event-at.js';

const P = 'events inherited:';

/** Text, the referring noun, and the lemma it should inherit (null: no event on it). */
const ROWS: readonly { text: string; word: string; lemma: string | null }[] = [
  { text: 'The two countries signed an agreement on cocoa prices. The deal sets a floor.', word: 'deal', lemma: 'agree' },
  { text: 'Health workers began a vaccination campaign on Monday. The campaign was praised by donors.', word: 'campaign', lemma: 'campaign' },
  // negatives: nothing earlier it can name, or only a verb ("agreed to") before it
  { text: 'The deal sets a floor.', word: 'deal', lemma: null },
  { text: 'The party opened its election campaign on Monday.', word: 'campaign', lemma: null },
  { text: 'The firms agreed on Monday. The deal sets a floor.', word: 'deal', lemma: null },
];

/**
 * General nouns that refer back ("the decision", "the move", "the step", "the measure"): the nearest earlier event of a
 * kind each can name, verb or noun, joined to its cluster; `lemma` null where the noun is no event.
 */
const GENERAL: readonly { text: string; word: string; lemma: string | null }[] = [
  { text: 'The central bank cut its key interest rate by 25 basis points on Tuesday. The decision was unanimous.', word: 'decision', lemma: 'cut' },
  { text: 'The central bank raised its benchmark interest rate to 5.75% on Wednesday. Economists had expected the move.', word: 'move', lemma: 'raise' },
  { text: "The central bank raised its benchmark interest rate to 5.75% on Wednesday. The council's decision was taken by six votes to four.", word: 'decision', lemma: 'raise' },
  { text: 'Tanzania banned imports of Kenyan eggs and poultry on Monday. Poultry farmers welcomed the move.', word: 'move', lemma: 'ban' },
  { text: 'The United States imposed sanctions on three Iranian banks on Friday. Tehran called the decision illegal.', word: 'decision', lemma: 'sanction' },
  // the latest sentence's own event, before the nouns it governs: the court's ruling, not the ban it upheld
  { text: 'A court in Munich upheld the ban on diesel cars on Tuesday. The decision can be appealed.', word: 'decision', lemma: 'rule' },
  // negatives: not referring (indefinite, a modifier between, its own content after), or nothing earlier it can name
  { text: 'The central bank cut its key interest rate by 25 basis points on Tuesday. A decision on further cuts is expected in June.', word: 'decision', lemma: null },
  { text: 'The central bank cut its key interest rate by 25 basis points on Tuesday. The next step is unclear.', word: 'step', lemma: null },
  { text: 'The central bank cut its key interest rate by 25 basis points on Tuesday. The decision to publish the minutes was welcomed.', word: 'decision', lemma: null },
  { text: 'The two leaders met in Geneva on Monday. The decision was welcomed.', word: 'decision', lemma: null },
  { text: 'The mayor said the move was a mistake.', word: 'move', lemma: null },
];

for (const [r, general] of [...ROWS.map((x) => [x, false] as const), ...GENERAL.map((x) => [x, true] as const)]) {
  test(`${P}${general ? ' general noun:' : ''} ${r.text}`, () => {
    const doc = annotateEvents(r.text, { published: '2025-03-01' });
    const events = lexiconEvents(doc);
    const ev = events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end) === r.word);
    assert.equal(ev?.lemma ?? null, r.lemma);
    // a general noun joins the cluster of the event it refers back to
    if (ev && general) assert.ok(events.some((e) => e !== ev && e.cluster === ev.cluster && e.lemma === ev.lemma));
  });
}

/**
 * A general noun is a mention of its antecedent only: it carries no status, phase, time or arguments of its own, so what
 * its sentence says ("is expected to be challenged", "welcomed", "the council's") cannot move the event or make a finding;
 * the antecedent keeps its own status. `status` is the antecedent's (undefined: none; null: the noun is no event).
 */
const MENTION_ONLY: readonly { text: string; word: string; antecedent: string; status: string | null | undefined }[] = [
  { text: 'The central bank cut its key interest rate by 25 basis points on Tuesday. The decision is expected to be challenged in court next month.', word: 'decision', antecedent: 'cut', status: 'occurred' },
  { text: 'Tanzania banned imports of Kenyan eggs and poultry on Monday. Farmers will welcome the move next week.', word: 'move', antecedent: 'banned', status: undefined },
  { text: "The central bank raised its benchmark interest rate to 5.75% on Wednesday. The council's decision was taken by six votes to four.", word: 'decision', antecedent: 'raised', status: 'occurred' },
  // negatives: "the decision to resign" names its own content (the resignation is read from "resign"); "a decision is
  // expected" with nothing earlier names nothing
  { text: 'The minister resigned on Wednesday. The decision to resign surprised his party.', word: 'decision', antecedent: 'resigned', status: null },
  { text: 'A decision is expected by the end of the quarter.', word: 'decision', antecedent: 'expected', status: null },
];

for (const r of MENTION_ONLY) {
  test(`${P} mention only: ${r.text}`, () => {
    const doc = annotateEvents(r.text, { published: '2025-03-01' });
    const events = lexiconEvents(doc);
    const at = (w: string) => events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end) === w);
    const noun = at(r.word);
    if (r.status === null) {
      assert.equal(noun, undefined);
      return;
    }
    const ante = at(r.antecedent);
    assert.ok(noun && ante);
    assert.equal(noun.cluster, ante.cluster);
    // no status, time, phase or participants of its own; the antecedent keeps its own
    assert.equal(noun.status, undefined);
    assert.equal(noun.modality, 'asserted');
    assert.equal(noun.time, undefined);
    assert.equal(noun.source, undefined);
    assert.equal(ante.status, r.status);
  });
}
