/**
 * `quantities`: every number a report states as an amount (counts, money, percentages, measures),
 * with its bound, unit, the event it is about, the time it is "as of", the attribution and claim that
 * assert it, and revisions ("rose to 110, up from 94"). Runs after events: it reads every earlier
 * layer and changes none. One pass per sentence over its text (read.ts; the reading the events layer made
 * for its counted events, through readSentenceQuantities), then attachment through span
 * indexes (attach.ts): linear in the text. Vague counts and bounds are documented in docs/quantities.md.
 */
import { layer, type Doc } from '../../doc/doc.js';
import type { Quantity } from '../../doc/schemas/quantities.js';
import { sentenceViews } from '../text/token-view.js';
import { defineAnnotator } from '../versioned.js';
import { Attachments, comparedPartner, differencePartner, reviseAndFill, tallyPartner } from './attach.js';
import { blockedBy, readSentenceQuantities } from './read.js';

/** "30 people, including 6 children": a part named after its whole. */
const INCLUDING = /^\s*,\s+including\s+$/i;

export function annotateQuantities(doc: Doc): Quantity[] {
  const text = doc.text;
  const timexes = layer(doc, 'timexes');
  // numbers inside a time expression ("May 20", "two days", "10 a.m.") or a name ("G7") are not amounts
  const blocked = blockedBy(timexes, layer(doc, 'mentions'), text);
  const attach = new Attachments(layer(doc, 'events'), timexes, layer(doc, 'attributions'), layer(doc, 'claims'), blocked);
  const out: Quantity[] = [];
  for (const sentence of sentenceViews(doc)) {
    const read = readSentenceQuantities(text, sentence.start, sentence.end, blocked);
    if (!read.length) continue;
    const filled = reviseAndFill(text, sentence.start, read);
    const base = out.length;
    const aw = attach.amounts(sentence, read);
    const found = read.map((_, k) => attach.attach(sentence, read, k, aw));
    const events = found.map((f) => f.event);
    // an earlier figure is about what its revision is about ("23 people died in the blast, up from 18"), unless its
    // own verb follows it ("compared with the 30 detained at the previous march": the detentions)
    filled.forEach((f, k) => {
      if (f.revises !== null && found[f.revises]!.how !== 'participle') events[f.revises] = events[k]!;
    });
    // a part named after ", including" is about what its whole is about ("Around 30 people, including 6 children, were
    // treated"), unless it counts events of its own ("rose to 1,204, including 37 deaths")
    read.forEach((q, k) => {
      const own = events[k];
      const inside = own !== null && own !== undefined && own.trigger.start >= q.start && own.trigger.end <= q.end;
      if (k > 0 && !inside && q.unitKind === 'count' && INCLUDING.test(text.slice(read[k - 1]!.end, q.start))) events[k] = events[k - 1]!;
    });
    // the bare side of a tally is about what its counted side is about ("312 votes to 190")
    read.forEach((_, k) => {
      const partner = tallyPartner(text, read, k);
      if (partner !== null && filled[k]!.revises === null && filled[partner]!.revises === null) events[k] = events[partner]!;
    });
    // "won 52.4% of the vote against 44.1% for Ibsen": the second figure of a comparison is about what the first is about
    read.forEach((_, k) => {
      const partner = comparedPartner(text, read, k);
      if (partner !== null) events[k] = events[partner]!;
    });
    // "61,402 votes, about 4,000 more than her nearest rival": a bare difference is about what its figure is about
    read.forEach((_, k) => {
      const partner = differencePartner(text, read, k);
      if (partner !== null) events[k] = events[partner]!;
    });
    read.forEach((q, k) => {
      const event = events[k]!;
      const { unit, unitKind, revises } = filled[k]!;
      out.push({
        id: `q${base + k + 1}`,
        start: q.start,
        end: q.end,
        value: q.value,
        low: q.low,
        high: q.high,
        bound: q.bound,
        unitKind,
        unit,
        ...(q.per ? { per: q.per } : {}),
        head: q.head,
        ...(q.tally ? { tally: q.tally } : {}),
        event: event?.id ?? null,
        cluster: event?.cluster ?? null,
        asOf: attach.asOf(q, sentence),
        ...attach.claim(q, event),
        ...(revises !== null ? { revisionOf: `q${base + revises + 1}` } : {}),
        rule: q.rule,
      });
    });
  }
  return out;
}

export const quantitiesAnnotator = defineAnnotator<'quantities'>({
  name: 'quantities',
  // 1.1: model names between a number and its noun ("12 Airbus A320 jets"), a part of a counted whole ("87 of the 150 seats"), basis points.
  // 1.1.1: a year-like four-digit number is left out only as a count, so "1900 km" is a measure
  // 1.2: a quantity's event is the verb or event noun governing it in its clause (govern.ts), before the nearest trigger
  // 1.3.0: with no governing event, the nearest typed event before the nearest counted one (events 1.5 adds counted events)
  // 1.4.0: an amount before its event noun, or before one more noun ("a $400 million deal", "a 3% pay rise"); a phrase hung on a
  // comma (", worth", ", bringing the toll to"); a verb that moves a counter noun is light ("the toll from the crash climbed to 27");
  // listed subjects share their verb, and so do a part and its whole ("8 of the 12 agreements had been ratified"); an earlier
  // figure takes its revision's event, and "up from an earlier figure of 18" is a revision
  // 1.5.0: a plain noun before the counted one ("35 business leaders", "two more bodies"); of the triggers inside a mention, the
  // counted noun's own ("17 cooperation agreements": the agreements)
  // 1.6.0: a vote's tally ("a 5-2 vote", "voted 6–1 against") is one record with its votes for and against (`tally`)
  // 1.7.0: the bare side of a tally shares its counted side's event ("312 votes to 190"); one side of a vote ("and 8
  // against", "204 voting against it"), a part of a group ("three of the injured"), a bare object coordinated after a
  // counted amount ("infected 1,340 people and killed 27") are read
  // 1.8.0: (govern.ts) an amount in ", with … ," goes to its subject's verb ("the plane, with 148 people on board, landed"); the
  // whole a part is picked from is not its event ("three of the injured were airlifted"); a change measured with "by" is the
  // verb's, not its object noun's ("raises the minimum wage by 12%"); with events 1.13's counted events
  // 1.9.0: a bare earlier figure after "up/down from the", "compared with (the)", and "the N that/who …" after a count, are read;
  // a comma-led ", up from" / ", compared with" links the revision across the clause ("60 companies had registered …, up from the 40")
  // 1.10.0: an attribution holds a quantity whose number and noun lie in its content, the qualifier before may not ("where more
  // than [60 companies are expected]": a passive cue's content cut at the number)
  // 1.11.0: a subject set off from "is worth" by a phrase between commas ("the deal, the largest of …, is worth"); an amount
  // subject with no governor passes on its own event; a counter noun's count of no event is about none ("the number of
  // confirmed cases rose to 1,204"), and a counter reaches its verb over 12 words; a cue's function word does not end the
  // scan ("passed with 54%"); an earlier figure with its own verb right after it keeps it ("the 30 detained at …"); a bare
  // toll counts deaths, a crowd people, "voted 58 to 41" votes (both read)
  // 1.12.0: an amount whose own verb is no event is about none, not the nearest trigger ("camps housing 18,000 people", "which
  // operates 140 aircraft", "5,000 people are still living in tents", "has cost airlines €200 million"); a figure after
  // "to" is its clause's change verb's ("doubled the fine for speeding to 500 euros"); "staged" is light ("staged a strike");
  // what a subject amount measures is none of its events ("300 tonnes of aid would be flown": the flying); "15 of whom were
  // charged" reads past the pronoun; "11 of them", "cut another 1,000", "the 100,000 needed to" are read
  // 1.13.0: an amount that is its own verb's object ("a bridge that carries 40,000 vehicles a day was closed") is no subject of a
  // later verb; "is only 15% contained": the participle after the amount is its verb; a participle right after a subject
  // modifies it ("trucks carrying aid crossed": the crossing); "and" lists amounts only with no verb group between
  // ("9,000 hectares and is only 15% contained"); "88 of 150 seats" and "a target of 50" are read
  // 1.14.0: "by" after a change verb and its bare object is the change's ("cut spending by 4 billion dollars"); "go/went" and
  // "numbering" are light ("went on strike": the strike); a predicate amount after a copula is about none ("was 92%
  // effective"); "the protesters, numbering about 5,000" counts protesters; lari, dram, manat, som, hryvnia
  // 1.15.0: an amount in a second verb phrase, the object of a verb of its own after "and" ("damaged 1,000 buildings and cut
  // water supplies to 80,000 residents", "killing 9 people and taking 30 others hostage"), is not the first phrase's: no list
  // of amounts across such a verb (govern.ts `listed`), no nearest trigger for it (`inSecondConjunct`)
  // 1.16.0: "two dozen", "3 dozen" (12 each) and "half a million"; a currency sign before a range's second number
  // when the first has one ("between $3 billion and $4 billion"); compounds of irregular plurals as counted nouns
  // ("43 schoolchildren", "12 fishermen"); "the number of" with two modifiers ("confirmed cholera cases")
  // 1.16.1: "the number of people evacuated has risen": a participle after the counted noun is no modifier and an
  // auxiliary no counted plural (1.16.0 read "has" as the thing counted)
  // 1.17.0 (h-quant3): a fraction of one unit ("a quarter of a percentage point", "half a mile"); a fraction of a group is no count
  // ("two-thirds of the staff"); a tally after a verb of a decision and up to four words ("passed the senate 61-38"); the
  // bare object of a verb of casualty is read and counts people unless the sentence counted others ("Quake kills 40");
  // "casualties numbered 40" counts casualties; a house number before a street is none ("42 Marsh Lane"); a noun in -s
  // that is no plural modifies the counted noun ("2,315 new measles cases"); a subject reaches its verb past ", including
  // …," and the part named there shares its whole's event ("Around 30 people, including 6 children, were treated")
  // 1.17.0 (h-story7): a part of its owner's own things counts those things ("recalled 120,000 of its electric sport-utility vehicles":
  // vehicles, up to four words of the noun phrase); a whole with a number of its own ("3 of its 4 reactors") is as before
  // 1.18.0: the two 1.17.0 branches above together
  // 1.19.0 (h-quant): a hyphenated number word the NER read as a name or took into a nationality is read ("Fifty-four migrants
  // drowned", "Thirty-five Turkish nationals"); a name in -s before a plural noun modifies it ("four Reuters journalists")
  // 1.20.0 (h-quant): a share after "with" is the verb's, not its object noun's ("won the mayoral race with 48.6% of the vote")
  // 1.21.0 (h-quant): a measure, sum or share after "of" in a phrase after a preposition measures its noun, and where that noun
  // is no event the amount is about none ("on a turnout of 48%", "just below the 1997 record of 9.6 metres"; govern.ts)
  // 1.21.1 (h-quant): "protesters numbering in the tens of thousands" counts protesters (attach.ts NUMBERING)
  // 1.22.0 (h-quant): a bare number after "crowd of" or "attendance of" is read ("drew a crowd of 82,000": people)
  // 1.23.0 (h-quant): a collective noun before a plural modifies it ("8,000 police officers": officers; "30 crew members")
  // 1.24.0: a bare figure revised by (or revising) a sum or a measure is one of those ("a profit of 640 million dollars, up from
  // 512 million": USD); a light verb the events layer keeps only as a counted occurrence is light ("the recall covers 85,000
  // vehicles"; cover, comprise)
  // 1.24.1 (h-blind3): no rule changed; a tally's counts attach to the vote events 1.34 reads for a bill passed ("The law,
  // passed by 52 votes to 19")
  // 1.24.2: no rule changed; the events it attaches to are clustered as events 1.59.0 does
  // 1.25.0 (h-qty, batch 9 of blind dev gold): reading: percent ranges ("between 2.5% and 3%"), zloty, forint, koruna, krona, baht,
  // ringgit, rupiah, leu, taka, birr; "revised up to 6.1%" (a particle, no bound); no age limit ("children under five"); a
  // possessive before a small number word ("the plant's two reactors"); an adjective standing for people as the head ("left
  // 4,000 homeless"); "6,000 more than last year" and "from a peak of 410,000" (a revision). Units: before "toll" only a
  // casualty noun is counted ("Quake toll": deaths), "a crowd estimated at 15,000" (people), a bare new level of a subject's
  // change ("admissions … doubled … to 3,140"). Events: a count heading the source of a saying is about none ("Two senior
  // officials briefed on the talks said"); a passive of hearsay before "to" is crossed ("are feared to have drowned"); "the
  // 176 needed" and "Grevena, a town of 9,000 people," are about none; the second figure of a comparison ("52.4% … against
  // 44.1%") shares the first's event
  // 1.26.0 (h-qty, batch 10's first score): a multiplier is no amount ("roughly eight times its earnings"); a bare figure after
  // a verb of estimate or claim, ending its clause, is another figure of the sentence's count ("organisers claimed 30,000");
  // a measure of a dimension ("1.8 kilometres long") is about none
  // 1.27.0 (h-qty2): a light verb with an event of its own ("were taken to hospital", "took 41.2% of the vote") is no
  // light verb for the amount's clause (govern.ts lightWithEvent, shared with events/counted.ts)
  // 1.28.0 (h-qty3, batch 12 of blind dev gold): reading: ranges of abbreviated sums ("between £40m and £55m", "$30m-$40m"),
  // "range from £45 to £210" (a range, not a revision), a fraction after a qualifier ("roughly two-thirds": no count), "75
  // bitcoin" (counted in the singular); a bare level after ", rising to" takes the sum's unit ("a fee of 35 million euros,
  // rising to 42 million"). Events: a bare difference after a comma ("61,402 votes, about 4,000 more than her rival") and a
  // rival's share ("…, ahead of Ida Strand with 33.5%") share their figure's event; an event noun after a determiner that
  // modifies a plain noun is not the amount's ("turnout in the strike ballot was 71 percent": none, was the strike)
  // 1.29.0 (hquant, dev batch 13): temperatures ("46.2°C", "45C") and measures attached to their digits ("212mm"); no amount in
  // a ratio ("one in four adults") or a dotted clock time ("at 10.30 on December 12"); "N short of" a threshold and a part of an
  // owner's whole ("41 of the state's 3,300 schools") read. Events: a past or gerund verb of no event before the amount, a
  // limit's level ("capped withdrawals at 2,000 hryvnias") and an amount in an "according to" phrase are about none; a past
  // verb ends an "of" complement ("30 centimetres of snow fell"); "stay/remain" pass to their state ("will stay shut"); a
  // comma phrase hangs past a cause ("shut because of the smog, affecting …": shut); a dimension after "at a" is no event's
  semver: '1.29.0',
  requires: ['tokens', 'sentences', 'mentions', 'timexes', 'attributions', 'events', 'claims'],
  produces: ['quantities'],
  run(doc: Doc) {
    return { quantities: annotateQuantities(doc) };
  },
});
