import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prohibited } from './prohibition.js';

test('link/prohibition: a ban or a refused permission names the event as its object', () => {
  const cases: ReadonlyArray<{ text: string; trigger: string; want: boolean }> = [
    { text: 'Several thousand protesters defied a ban and marched against power cuts.', trigger: 'marched', want: false },
    { text: 'Police banned and then dispersed the march.', trigger: 'march', want: false },
    { text: 'Ugandan police on Friday barred next week\'s march by nurses to Parliament.', trigger: 'march', want: true },
    { text: '"No procession will be permitted on that route on the 18th," the police spokesman said.', trigger: 'procession', want: true },
    { text: 'The march was banned by police on Tuesday.', trigger: 'march', want: true },
    { text: 'The authorities banned the rally planned for Saturday.', trigger: 'rally', want: true },
    { text: 'The High Court struck down the police ban on Thursday\'s nurses\' march.', trigger: 'march', want: true },
    { text: 'The city refused permission for the protest.', trigger: 'protest', want: true },
    { text: 'Police said they would not allow the demonstration.', trigger: 'demonstration', want: true },
    { text: 'Police said the march would not be allowed.', trigger: 'march', want: true },
    { text: 'The rally has been prohibited under emergency rules.', trigger: 'rally', want: true },
    // negatives: the event itself told, permission given, a denial, a bar that is no verb
    { text: 'The march was allowed to go ahead on Tuesday.', trigger: 'march', want: false },
    { text: 'The march, which police had banned, went ahead on Thursday.', trigger: 'march', want: false },
    { text: 'Nurses marched through Kampala on Thursday despite the ban.', trigger: 'marched', want: false },
    { text: 'The government denied that the summit would take place.', trigger: 'summit', want: false },
    { text: 'The summit will not take place, the ministry said.', trigger: 'summit', want: false },
    { text: 'A procession will be permitted on the shortened route.', trigger: 'procession', want: false },
    { text: 'They met at a bar where the meeting had been arranged.', trigger: 'meeting', want: false },
    { text: 'Police banned cars from the centre before the march on Sunday.', trigger: 'march', want: false },
  ];
  for (const c of cases) assert.equal(prohibited(c.text, c.trigger), c.want, c.text);
});
