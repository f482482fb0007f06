import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendedDenial, isBareDenial, premiseOfReport, reportedBefore, reportedDenialsOther } from './anaphoric-denial.js';

const P = 'link/anaphoric-denial:';

test(`${P} a sentence that denies only "it", "this" or "the report" is a bare denial, in English and the reports' other languages`, () => {
  const cases: ReadonlyArray<{ s: string; want: boolean }> = [
    { s: 'Kessler denied it.', want: true },
    // reports named by a plural pronoun ("Messages on social media claimed … The government dismissed them.")
    { s: 'The government dismissed them.', want: true },
    { s: 'The government dismissed them as pure speculation and said the funeral was on Saturday.', want: false },
    { s: 'The ministry flatly denied the report on Wednesday.', want: true },
    { s: 'Police have dismissed the claims.', want: true },
    { s: 'The company has since rejected the newspaper report.', want: true },
    { s: 'The union denied that.', want: true },
    // negatives: a denial with content of its own, a denial of something named, no denial
    { s: 'Kessler denied that any driver had died.', want: false },
    { s: 'The ministry denied reports that the visit had been postponed.', want: false },
    { s: 'He denied the charges.', want: false },
    { s: 'Kessler said it would cooperate fully.', want: false },
    { s: 'The spokesman, who was asked about the report by several journalists at a briefing in the capital on Tuesday, denied it.', want: false },
    // in the reports' other languages
    { s: 'El Instituto Geofísico lo desmintió.', want: true },
    { s: "L'exploitant a démenti vendredi matin.", want: true },
    { s: 'Das Ministerium dementierte das am Mittwoch.', want: true },
    { s: 'Die Polizei wies das zurück.', want: true },
    { s: 'Die Reederei wies den Bericht entschieden zurück.', want: true },
    { s: 'Die Polizei wies die Vorwürfe der Gewerkschaft zurück.', want: false },
    { s: 'La Audiencia Nacional desmintió el martes que el promotor haya quedado en libertad.', want: false },
    { s: 'Le club a démenti toute vente au-delà de la capacité du stade, selon son président.', want: false },
    { s: 'Le club a démenti toute vente.', want: false },
  ];
  for (const c of cases) assert.equal(isBareDenial(c.s), c.want, c.s);
});

test(`${P} an event told after "reported that", "said that" or "according to" is someone's claim`, () => {
  const cases: ReadonlyArray<{ s: string; word: string; want: boolean }> = [
    { s: 'On Tuesday a regional daily reported that a driver had died.', word: 'died', want: true },
    { s: 'According to the radio station, the union leader was arrested.', word: 'arrested', want: true },
    { s: 'The broadcaster said on Wednesday that cracks had been found.', word: 'found', want: true },
    { s: 'A driver died when his car caught fire.', word: 'died', want: false },
    { s: 'The driver died, the daily reported.', word: 'died', want: false },
    { s: 'La radio a affirmé que la fuite avait été colmatée.', word: 'colmatée', want: true },
    { s: 'En redes sociales circularon mensajes que hablaban de una gran erupción.', word: 'erupción', want: true },
    { s: 'Die Zeitung berichtete, dass der Fahrer festgenommen wurde.', word: 'festgenommen', want: true },
    { s: 'La fuite a été colmatée jeudi.', word: 'colmatée', want: false },
    { s: "The pilots' union said an engine on another aircraft had caught fire in August.", word: 'caught', want: true },
    { s: 'Une radio locale a affirmé lundi matin que M. Mirindi avait été libéré.', word: 'libéré', want: true },
    { s: 'Die Zeitung hatte berichtet, der Kapitän sei festgenommen worden.', word: 'festgenommen', want: true },
    { s: 'The minister said nothing, and the engine caught fire.', word: 'caught', want: false },
    { s: 'The minister said goodbye before the engine caught fire.', word: 'caught', want: false },
  ];
  for (const c of cases) assert.equal(reportedBefore(c.s, c.s.indexOf(c.word)), c.want, c.s);
});

test(`${P} a happening named as the premise of what is reported ("resigned over the disaster") is not what a bare denial after it denies`, () => {
  const sentence = 'A radio station reported on Wednesday that the minister had resigned over the disaster at the stadium.';
  const cases: ReadonlyArray<{ word: string; want: boolean }> = [
    { word: 'disaster', want: true },
    { word: 'resigned', want: false },
  ];
  for (const c of cases) assert.equal(premiseOfReport(sentence, sentence.indexOf(c.word)), c.want, c.word);
  const after = 'A daily reported that a driver had died after the fire.';
  assert.equal(premiseOfReport(after, after.indexOf('fire')), true, 'after the fire');
  assert.equal(premiseOfReport(after, after.indexOf('died')), false, 'negative: the death is what is reported');
  const before = "The union said an engine had caught fire in August, weeks before Monday's incident.";
  assert.equal(premiseOfReport(before, before.indexOf('incident')), true, "before Monday's incident");
  assert.equal(premiseOfReport(before, before.indexOf('caught')), false, 'negative: the fire is what is reported');
});

test('link/anaphoric-denial: a denial appended after a comma denies the claim before it', () => {
  const cases: ReadonlyArray<{ text: string; word: string; want: boolean }> = [
    { text: "An official said the sprinkler system had been switched off for months, an allegation the hospital has rejected.", word: 'switched', want: true },
    { text: "The report does not address the fire service's claim that the sprinklers had been switched off, which the hospital has denied.", word: 'switched', want: true },
    { text: 'Police said two men were arrested, a claim the family disputed.', word: 'arrested', want: true },
    // negatives
    { text: 'The hospital rejected the allegation, and the sprinklers were switched off on Monday.', word: 'switched', want: false },
    { text: 'The sprinklers were switched off, which the hospital said was routine.', word: 'switched', want: false },
  ];
  for (const c of cases) assert.equal(appendedDenial(c.text, c.text.indexOf(c.word)), c.want, c.text);
});

test(`${P} in another language, a claim on record and the denial after it: a quotation after a colon, or after a bare denial`, () => {
  /** Sentences split at each full stop followed by a space (enough for these cases). */
  const split = (text: string): Array<{ start: number; end: number }> => {
    const out: Array<{ start: number; end: number }> = [];
    let start = 0;
    for (const m of text.matchAll(/[.»"“”] (?=\S)/g)) {
      out.push({ start, end: m.index + 1 });
      start = m.index + 2;
    }
    out.push({ start, end: text.length });
    return out;
  };
  const read = (text: string): Array<[string, string]> =>
    reportedDenialsOther(text, split(text)).map((r) => [text.slice(r.claim.start, r.claim.end).trim(), text.slice(r.denial.start, r.denial.end).trim()]);
  const cases: ReadonlyArray<{ text: string; want: Array<[string, string]> }> = [
    { text: "Une radio locale a affirmé lundi que le maire avait été remis en liberté. Le parquet a démenti : « Il n'a pas été libéré. »",
      want: [['le maire avait été remis en liberté.', "« Il n'a pas été libéré."]] },
    { text: 'Die Zeitung hatte berichtet, der Kapitän sei festgenommen worden. Die Polizei wies das zurück. „Der Kapitän wurde nicht festgenommen", sagte ein Sprecher.',
      want: [['der Kapitän sei festgenommen worden.', '„Der Kapitän wurde nicht festgenommen", sagte ein Sprecher.']] },
    { text: 'Un quotidiano aveva scritto che il farmaco era stato respinto. L\'agenzia ha smentito. "Non c\'è stato alcun rigetto", ha detto la portavoce.',
      want: [['il farmaco era stato respinto.', '"Non c\'è stato alcun rigetto", ha detto la portavoce.']] },
    // negatives: a report not denied, and a denial with its own object and no quotation
    { text: 'La radio a affirmé que la fuite avait été colmatée. Les plongeurs ont travaillé toute la nuit.', want: [] },
    { text: 'Selon les premiers éléments, 52 000 billets auraient été vendus. Le club a démenti toute vente au-delà de la capacité.', want: [] },
  ];
  for (const c of cases) assert.deepEqual(read(c.text), c.want, c.text);
});
