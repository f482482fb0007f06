import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../../../doc/doc.js';
import { textAnnotator } from '../../text/index.js';
import { clauseUnits, parseUnit } from '../extract.js';
import { buildView } from '../../text/token-view.js';
import { CUE_PARSERS } from './index.js';
import { VERB_GATES, VERB_RULES } from './reporting-verb.js';
import { isParticiple } from './learned-verb.js';
import { reachesSentenceEnd } from './verb-sources.js';

const P = 'attribution parsers:';

/** Each candidate the parsers propose, before refiners: [rule, cue, source, content | content]. */
function propose(text: string): (string | null)[][] {
  const l = textAnnotator.run(createDoc(text));
  const v = buildView(text, l.tokens, l.sentences);
  const s = (r: { s: number; e: number } | null): string | null => (r ? text.slice(v.start[r.s]!, v.end[r.e]!) : null);
  return clauseUnits(v)
    .flatMap((u) => parseUnit(v, u))
    .map((c) => [c.rule, s(c.cue), s(c.source), c.content.map(s).join(' | ')]);
}

/** One row per rule tag a parser proposes: the rule, the cue, the source and the content. */
const POSITIVE: ReadonlyArray<{ readonly text: string; readonly want: readonly (string | null)[] }> = [
  { text: 'According to the ministry, three ships left.', want: ['according-to', 'According to', 'the ministry', 'three ships left'] },
  { text: 'The president will travel, as reported by the broadcaster.', want: ['as-reported-by', 'as reported by', 'the broadcaster', 'The president will travel'] },
  { text: 'Ships left the port, as per the agency.', want: ['as-per', 'as per', 'the agency', 'Ships left the port'] },
  { text: "Graham: Trump's rhetoric is destroying the party", want: ['colon', ':', 'Graham', "Trump's rhetoric is destroying the party"] },
  // a name set off by a dash, or after "from", before a colon and a quote mid-line (single marks paired here)
  { text: 'TOO EARLY - Mark Blumenthal and Jon Cohen: \u201cThe polls were not wrong, just early.\u201d Then more.', want: ['colon-quote', ':', 'Mark Blumenthal and Jon Cohen', '\u201cThe polls were not wrong, just early.\u201d'] },
  { text: "A lesson from Loretta Lynch: 'Be the voice that people hear.'", want: ['colon-quote', ':', 'Loretta Lynch', "'Be the voice that people hear.'"] },
  { text: '"WALLACE: Let\'s start with the economy tonight."', want: ['speaker-turn', ':', 'WALLACE', 'Let\'s start with the economy tonight."'] },
  // a turn runs over its sentence ends and the quotes inside it to its paragraph's end
  { text: '"PENCE: Well, he thinks this is \u201cShark Tank.\u201d But this is America. It is serious.\n\nThe end.', want: ['speaker-turn', ':', 'PENCE', 'Well, he thinks this is \u201cShark Tank.\u201d But this is America. It is serious'] },
  { text: '"WALLACE: Let\'s start with the economy. Why would he do that?\n\n"PENCE: Well, look.', want: ['speaker-turn', ':', 'WALLACE', 'Let\'s start with the economy. Why would he do that?'] },
  { text: 'Mr. Quiros was accused of using the money for a condominium.', want: ['passive-learned', 'was accused of', null, 'Mr. Quiros | using the money for a condominium'] },
  { text: 'Pence was also dubbed the debate winner on social media.', want: ['learned-passive-learned', 'was also dubbed', null, 'Pence | the debate winner on social media'] },
  { text: '\u201cHe represents our greatest shame.\u201d \u2015 Sonya Herridge', want: ['dash-after-quote', '\u2015', 'Sonya Herridge', '\u201cHe represents our greatest shame.\u201d'] },
  { text: 'In a CBS News poll, 50 percent back the plan.', want: ['in-poll', 'In', 'a CBS News poll', '50 percent back the plan'] },
  { text: 'Clinton has a wide lead in the latest CNN poll.', want: ['in-poll', 'in', 'the latest CNN poll', 'Clinton has a wide lead'] },
  // "recall" with a plain object reports a memory, unless it is counted or owned (a product recall: see NEGATIVE)
  { text: 'Clinton recalled her days as secretary of state.', want: ['indirect', 'recalled', 'Clinton', 'her days as secretary of state'] },
  { text: 'The senator reportedly owns a boat.', want: ['hearsay', 'reportedly', null, 'The senator | owns a boat'] },
  { text: "Peskov's statement that the talks failed surprised many.", want: ['noun-that', 'statement', 'Peskov', 'that the talks failed surprised many'] },
  { text: "Trump's intention to run is clear.", want: ['noun-intention', 'intention', 'Trump', 'to run is clear'] },
  { text: "Trump's criticism of the plan was sharp.", want: ['noun-prep', 'criticism of', 'Trump', 'the plan'] },
  // a verb form after a determiner before "that" is a cue noun ("his claim that"); a verb that performs the act the
  // noun names joins the cue, and its subject speaks
  { text: 'She questioned his claim that the vote was rigged.', want: ['noun-that', 'claim', 'his', 'that the vote was rigged'] },
  { text: 'He reiterated his claim that the vote was rigged.', want: ['noun-that', 'reiterated his claim', 'He', 'that the vote was rigged'] },
  { text: 'The envoy also made the suggestion that talks resume.', want: ['noun-that', 'also made the suggestion', 'The envoy', 'that talks resume'] },
  { text: 'Democrats have made the case that the deal is weak.', want: ['noun-that', 'have made the case', 'Democrats', 'that the deal is weak'] },
  // the owner before "'s" is the name or the phrase from its determiner, not the clause before it
  { text: "The friendly audience cheered Clinton's attacks on Trump.", want: ['noun-prep', 'attacks on', 'Clinton', 'Trump'] },
  { text: "He wanted to address the judge's concern that he was not contrite.", want: ['noun-that', 'concern', 'the judge', 'that he was not contrite'] },
  // the reporting-verb rules, one each; a base form after a possessive is a noun whose owner speaks
  { text: "PolitiFact checked Donald Trump\u2019s claim that shootings rose.", want: ['indirect', 'claim', 'Donald Trump', 'that shootings rose'] },
  { text: 'Criticizing Sanders, she praised the plan.', want: ['fronted-participle', 'Criticizing', 'she', 'Sanders'] },
  { text: '\u201cWe will win,\u201d Peskov said.', want: ['quote-cue', 'said', 'Peskov', '\u201cWe will win,\u201d'] },
  { text: 'Peskov said: \u201cWe will win the vote.\u201d', want: ['cue-quote', 'said:', 'Peskov', '\u201cWe will win the vote.\u201d'] },
  // particles PolNeAR keeps in the cue: "made (it) clear", "put it"
  { text: 'The minister made it clear that talks would resume.', want: ['learned-indirect', 'made it clear', 'The minister', 'that talks would resume'] },
  { text: 'As one analyst put it, the deal is dead.', want: ['learned-indirect', 'put it', 'one analyst', 'the deal is dead'] },
  // a colon cue introduces the quote after it, not the one before it
  { text: '\u201cThe count was slow.\u201d Smith continued: \u201cNobody has shown otherwise.\u201d', want: ['cue-quote', 'continued:', 'Smith', '\u201cNobody has shown otherwise.\u201d'] },
  { text: 'The talks went well, Peskov said.', want: ['trailing-cue', 'said', 'Peskov', 'The talks went well'] },
  // a capitalised coordinator that opens the sentence stays in a trailing tag's content; a lower-case one (a line
  // that continues another) does not
  { text: 'But the new plan is still tilted toward the rich, she said.', want: ['trailing-cue', 'said', 'she', 'But the new plan is still tilted toward the rich'] },
  { text: 'and the talks went well, Peskov said.', want: ['trailing-cue', 'said', 'Peskov', 'the talks went well'] },
  // a telling verb's short recipient closes a trailing tag: the words before the source are the content
  { text: 'The fire was started deliberately, a police source told the Ledger.', want: ['trailing-cue', 'told', 'a police source', 'The fire was started deliberately'] },
  { text: 'The talks had stalled, the minister told reporters in Lisbon on Monday.', want: ['trailing-cue', 'told', 'the minister', 'The talks had stalled'] },
  // negative: a recipient followed by a "that" clause is no closing tag, and "said" takes no recipient
  { text: 'The talks had stalled, the minister told him that it was over.', want: ['indirect', 'told', 'the minister', 'that it was over'] },
  { text: 'He told the Ledger that the fire was started deliberately.', want: ['indirect', 'told', 'He', 'that the fire was started deliberately'] },
  // a short place or time tail after the verb closes the tag too; a clause after the tail does not
  { text: 'He denies the charges, his lawyer said outside the court.', want: ['trailing-cue', 'said', 'his lawyer', 'He denies the charges'] },
  { text: 'The vote was delayed, the agency reported on Saturday, citing officials.', want: ['trailing-cue', 'reported', 'the agency', 'The vote was delayed'] },
  { text: 'The vote was delayed, the agency said after the meeting that it would appeal.', want: ['indirect', 'said', 'the agency', 'that it would appeal'] },
  { text: 'Sanders is expected to win the state.', want: ['passive-expected', 'is expected', null, 'Sanders | to win the state'] },
  // an infinitive's "to" is the content's, after a verb that takes one; a preposition stays in the cue
  { text: 'Christie appeared to end his bid.', want: ['raising', 'appeared', null, 'Christie | to end his bid'] },
  { text: 'The spokesman declined to comment on the report.', want: ['indirect', 'declined', 'The spokesman', 'to comment on the report'] },
  { text: 'The senator has refused to release the letter.', want: ['indirect', 'has refused', 'The senator', 'to release the letter'] },
  { text: 'The minister responded to the letter.', want: ['indirect', 'responded to', 'The minister', 'the letter'] },
  { text: 'Sanders was asked about the plan.', want: ['passive-asked', 'was asked about', null, 'the plan'] },
  { text: 'The move was first reported by MSNBC.', want: ['passive-by', 'was first reported by', 'MSNBC', 'The move'] },
  { text: 'It was reported that the ships left.', want: ['passive-that', 'was reported', null, 'that the ships left'] },
  { text: 'Peskov said the talks went well.', want: ['indirect', 'said', 'Peskov', 'the talks went well'] },
  { text: 'She is thinking about it.', want: ['participle', 'is thinking about', 'She', 'it'] },
  // a weak form reports when its subject is a pronoun
  { text: 'He notes the plan failed.', want: ['indirect', 'notes', 'He', 'the plan failed'] },
  // mid-sentence tags keep both halves; a party tag in brackets stays in the source
  { text: 'Climate change, Mr. Obama says, is the greatest threat.', want: ['trailing-cue', 'says', 'Mr. Obama', 'Climate change | is the greatest threat'] },
  // a tag set inside the sentence may close with a short time or place tail before its comma
  { text: 'The truth, the senator said then, was that Trump had attacked him.', want: ['trailing-cue', 'said', 'the senator', 'The truth | was that Trump had attacked him'] },
  { text: 'These employees, Stumpf explained earlier in the hearing, were well paid.', want: ['trailing-cue', 'explained earlier', 'Stumpf', 'These employees | were well paid'] },
  // a time phrase after the tag dates the saying: nothing resumes
  { text: 'Kazakhstan expects a visit soon, his spokesman said on Monday, a day after state media reported that the leader was ready.', want: ['trailing-cue', 'said', 'his spokesman', 'Kazakhstan expects a visit soon'] },
  { text: 'The plan failed, she said, two weeks before the vote.', want: ['trailing-cue', 'said', 'she', 'The plan failed'] },
  // the resumed half keeps a report nested in it, and stops at the clause boundary before a report of its own
  { text: 'Too often, Mr. Clarke said, the debate is infected with what he called tribalism.', want: ['trailing-cue', 'said', 'Mr. Clarke', 'Too often | the debate is infected with what he called tribalism'] },
  { text: 'Back home, Mr. Clarke said, he decided to take aim at emissions.', want: ['trailing-cue', 'said', 'Mr. Clarke', 'Back home | he decided to take aim at emissions'] },
  { text: 'Acts of protest, Mr. Obama said, are acts of patriotism, as Eric Garner said before he died.', want: ['trailing-cue', 'said', 'Mr. Obama', 'Acts of protest | are acts of patriotism'] },
  { text: 'The deal, she said, is done, and Trump added that it was good.', want: ['trailing-cue', 'said', 'she', 'The deal | is done'] },
  // nothing before the other report's boundary: the first half alone
  { text: 'The deal is done, she said, and Trump added that it was good.', want: ['trailing-cue', 'said', 'she', 'The deal is done'] },
  { text: '"We will win," Rep. John Mica (R-Fla.) said.', want: ['quote-cue', 'said', 'Rep. John Mica (R-Fla.)', '"We will win,"'] },
  { text: '"I love Larry," he said, but "he is wrong on energy."', want: ['quote-cue', 'said', 'he', '"I love Larry," | "he is wrong on energy."'] },
  // a quote that opens mid-sentence takes the words before it, unless another cue stands among them
  { text: 'With thousands of systems, \u201cthere is no single point of failure,\u201d Johnson said.', want: ['quote-cue', 'said', 'Johnson', 'With thousands of systems, \u201cthere is no single point of failure,\u201d'] },
  { text: 'Jones said the plan failed and \u201cwe will appeal,\u201d he added.', want: ['quote-cue', 'added', 'he', '\u201cwe will appeal,\u201d'] },
  // a split quote resumes after a short phrase that follows the tag, unless that phrase reports on its own
  { text: '\u201cThey have every incentive,\u201d he said of Trump and Ryan, \u201cbecause they need one another.\u201d', want: ['quote-cue', 'said of', 'he', '\u201cThey have every incentive,\u201d | \u201cbecause they need one another.\u201d'] },
  { text: '\u201cWe will win,\u201d he said, adding, \u201cwe are ready.\u201d', want: ['quote-cue', 'said', 'he', '\u201cWe will win,\u201d'] },
  // an aside after the tag ("smiling") is not the quote resumed
  { text: '"We will win," he said, smiling.', want: ['quote-cue', 'said', 'he', '"We will win,"'] },
  // the learned detector: a cue outside the lexicon, and a weak form it admits in context
  { text: 'Sanders railed against the trade deal.', want: ['learned-indirect', 'railed against', 'Sanders', 'the trade deal'] },
  { text: 'Pence plans to release his returns soon.', want: ['indirect', 'plans', 'Pence', 'to release his returns soon'] },
  // estimates and valuations: whoever sets the figure is the source, what it measures and the figure the content
  { text: 'The fund valued the stake at about $3bn.', want: ['valuation', 'valued', 'The fund', 'the stake at about $3bn'] },
  { text: 'The talks yielded nine accords that the two governments valued at 400 million euros.', want: ['valuation', 'valued', 'the two governments', 'at 400 million euros'] },
  { text: 'The rescue service put the death toll at 27, up from 19 on Monday.', want: ['valuation', 'put', 'The rescue service', 'the death toll at 27, up from 19 on Monday'] },
  { text: 'Organisers placed the size of the crowd at more than 5,000.', want: ['valuation', 'placed', 'Organisers', 'the size of the crowd at more than 5,000'] },
  { text: 'The central bank pegged inflation at 4 percent.', want: ['valuation', 'pegged', 'The central bank', 'inflation at 4 percent'] },
  { text: 'The harbour, valued at $90m by the port authority, reopened.', want: ['valuation', 'valued', 'the port authority', 'at $90m'] },
  // prepositions PolNeAR keeps in the cue, also after a noun the verb takes ("expressed support for"), and not other ones
  { text: 'Senators expressed support for the bill.', want: ['indirect', 'expressed support for', 'Senators', 'the bill'] },
  { text: 'Voters expressed support in large numbers.', want: ['indirect', 'expressed support', 'Voters', 'in large numbers'] },
  { text: 'She argued for a higher tax.', want: ['indirect', 'argued for', 'She', 'a higher tax'] },
  { text: 'He is hoping for a quick deal.', want: ['participle', 'is hoping for', 'He', 'a quick deal'] },
  // a comparative quantity and a preposition before a quantifier stay inside the source; "more than" before a clause does not
  { text: 'More than six in 10 voters said the economy was weak.', want: ['indirect', 'said', 'More than six in 10 voters', 'the economy was weak'] },
  { text: 'Less than a third agreed that the plan works.', want: ['indirect', 'agreed', 'Less than a third', 'that the plan works'] },
  { text: 'Critics in both parties said the bill was rushed.', want: ['indirect', 'said', 'Critics in both parties', 'the bill was rushed'] },
  { text: 'Deficits grew more than the budget office had predicted.', want: ['clause-final', 'had predicted', 'the budget office', 'Deficits grew more'] },
  // a reaction received: whoever reacts (after "from", "among", "of" support) speaks, what draws it is the content
  { text: 'The proposal has drawn harsh criticism from fellow Republicans.', want: ['reception', 'has drawn harsh criticism', 'fellow Republicans', 'The proposal'] },
  { text: 'Trump earned the support of nearly four in 10 likely voters.', want: ['reception', 'earned the support', 'nearly four in 10 likely voters', 'Trump'] },
  { text: 'Mrs. Clinton enjoyed tremendous support from black voters.', want: ['reception', 'enjoyed tremendous support', 'black voters', 'Mrs. Clinton'] },
  { text: 'The clip has faced ridicule online.', want: ['reception', 'has faced ridicule', null, 'The clip'] },
  { text: 'The senator has faced sharp criticism for failing to act.', want: ['reception', 'has faced sharp criticism', null, 'The senator | for failing to act'] },
  { text: 'He has faced criticism from rivals that his campaign is divisive.', want: ['reception', 'has faced criticism', 'rivals', 'that his campaign is divisive'] },
  // "criticism of" names its target, not who criticises
  { text: 'The plan drew criticism of its cost.', want: ['reception', 'drew criticism', null, 'The plan'] },
  { text: 'The plan quickly drew praise from donors, who called it bold.', want: ['reception', 'quickly drew praise', 'donors', 'The plan'] },
  { text: 'Insurers estimated the losses at $12m.', want: ['indirect', 'estimated', 'Insurers', 'the losses at $12m'] },
  // a cue that closes its clause: an agentless passive reports its subject; after "as"/"than" the main clause is the
  // content, after a relative the noun it hangs on
  { text: 'Symbolic gestures were announced.', want: ['passive-final', 'were announced', null, 'Symbolic gestures'] },
  { text: "Mr. Trump's defeat won't derail his campaign, as some have speculated.", want: ['clause-final', 'have speculated', 'some', "Mr. Trump's defeat won't derail his campaign"] },
  { text: 'The deficit would be larger than the budget office had predicted.', want: ['clause-final', 'had predicted', 'the budget office', 'The deficit would be larger'] },
  { text: 'It was a charge that Mrs. Clinton has always denied.', want: ['clause-final', 'has always denied', 'Mrs. Clinton', 'a charge'] },
  // a learned word after "be" that is no participle is an adjective: the subject holds the attitude
  // the words between "be" and a learned word are the predicate's; the subject before "be" speaks
  { text: 'Democratic voters were more divided on the question of trade.', want: ['learned-indirect', 'were more divided', 'Democratic voters', 'on the question of trade'] },
  // negative: a pronoun after "be" is a subject of its own, and speaks
  { text: 'The problem is they railed against the plan.', want: ['learned-indirect', 'railed against', 'they', 'the plan'] },
  { text: 'Viguerie is upbeat about Cruz\u2019s chances of winning in November.', want: ['learned-predicative', 'is upbeat about', 'Viguerie', 'Cruz\u2019s chances of winning in November'] },
  // sources: a capitalised modal after a name is the name's ("Theresa May said"), not before a base form ("May Say");
  // "including" opens no participle clause; "many of whom"
  { text: 'British Prime Minister Theresa May said the country would leave.', want: ['indirect', 'said', 'British Prime Minister Theresa May', 'the country would leave'] },
  { text: 'Trump May Say No To Debate', want: ['indirect', 'May Say', 'Trump', 'No To Debate'] },
  { text: 'Officials may say more.', want: ['indirect', 'may say', 'Officials', 'more'] },
  { text: 'Other major unions, including the Teamsters, said they back Clinton.', want: ['indirect', 'said', 'Other major unions, including the Teamsters,', 'they back Clinton'] },
  { text: 'Trump, speaking to a veterans group, said the military is depleted.', want: ['indirect', 'said', 'Trump', 'the military is depleted'] },
  // a year between the subject and the cue is when it spoke, not who
  { text: 'A group of doctors in 2015 reported that the drug failed.', want: ['indirect', 'reported', 'A group of doctors', 'that the drug failed'] },
  { text: 'He met the protesters, many of whom said they were angry.', want: ['indirect', 'said', 'many of whom', 'they were angry'] },
  { text: 'The ministry reckons the repair bill at $5m.', want: ['indirect', 'reckons', 'The ministry', 'the repair bill at $5m'] },
  // a tag sentence after a quote that ends its own sentence may close with a participle clause or a short tail
  { text: '“Who would have believed it?” Trump said, looking out on the cheering crowd.', want: ['quote-cue', 'said', 'Trump', '“Who would have believed it?”'] },
  { text: '“We will win.” Trump said on Monday.', want: ['quote-cue', 'said', 'Trump', '“We will win.”'] },
  // a tag that interrupts a sentence going on in a quote: the words before the tag are the speaker's too
  { text: 'When the deal came, Mr. Barrett said, "we were floored."', want: ['cue-quote', 'said', 'Mr. Barrett', 'When the deal came | "we were floored."'] },
  { text: "It was, the president said, ''a stone where people waited.''", want: ['cue-quote', 'said', 'the president', "It was | ''a stone where people waited.''"] },
  // not before a quote that opens its own sentence, nor after a colon
  { text: 'In Ohio, he said: "We will win."', want: ['cue-quote', 'said:', 'he', '"We will win."'] },
  { text: 'In Ohio, he said, "We will win."', want: ['cue-quote', 'said', 'he', '"We will win."'] },
  // a credited line that opens with a quote mark is one quote, whatever the marks inside it paired with
  { text: 'No one wants a man who calls them \u201ccriminals\u201d and says it is \u201cthe root of all evil.\u201d \u2015 Ana Lopez', want: ['dash-after-quote', '\u2015', 'Ana Lopez', '\u201cthe root of all evil.\u201d'] },
  { text: '\u201cNo one wants a man who calls them \u201ccriminals\u201d and says it is \u201cthe root of all evil.\u201d \u2015 Ana Lopez', want: ['dash-after-quote', '\u2015', 'Ana Lopez', '\u201cNo one wants a man who calls them \u201ccriminals\u201d and says it is \u201cthe root of all evil.\u201d'] },
  // a preposition inside the speaker's appositive, closed by its comma before the cue
  { text: "''Their strategy is clear,'' Michael McFaul, a senior fellow at the Hoover Institution, said of RT.", want: ['quote-cue', 'said of', 'Michael McFaul, a senior fellow at the Hoover Institution,', "''Their strategy is clear,''"] },
  // the phrase before a split quote's second half may hold a place's comma
  { text: '\u201cHe will be fair,\u201d Trump said during a rally in Kenansville, N.C., \u201cbut people are watching.\u201d', want: ['quote-cue', 'said', 'Trump', '\u201cHe will be fair,\u201d | \u201cbut people are watching.\u201d'] },
  { text: '\u201cHe will be fair,\u201d Trump said in Paris, France, adding, \u201cwe will see.\u201d', want: ['quote-cue', 'said', 'Trump', '\u201cHe will be fair,\u201d'] },
  // a name and two appositives between a quote and its cue, each closed by its comma
  { text: '“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said.', want: ['quote-cue', 'said', 'Scott Pruitt, the attorney general of Oklahoma, one of the states suing,', '“It is an invasion,”'] },
  // a tag's noun phrase may hold a preposition when it has no verb in it ("a narrator in the ad asks")
  { text: '\u201cSo why did he not pay?\u201d a narrator in the Clinton ad asks.', want: ['quote-cue', 'asks', 'a narrator in the Clinton ad', '\u201cSo why did he not pay?\u201d'] },
  { text: '\u201cIt is clear,\u201d the fellow at the institute said.', want: ['quote-cue', 'said', 'the fellow at the institute', '\u201cIt is clear,\u201d'] },
  // a quoted phrase the sentence goes on after is part of the reported clause; a quote closed by its comma or stop is not
  { text: 'The police reported \u201c2,521 shooting incidents\u201d in the city between January and September.', want: ['cue-quote', 'reported', 'The police', '\u201c2,521 shooting incidents\u201d in the city between January and September'] },
  { text: 'He said \u201cwe will win,\u201d and left.', want: ['cue-quote', 'said', 'He', '\u201cwe will win,\u201d'] },
  // a relative "that" inside a closing appositive opened by a determiner is the appositive's
  { text: 'The stations were removed, said Jeffrey N. Trimble, a senior official with the board that oversees them.', want: ['trailing-cue', 'said', 'Jeffrey N. Trimble, a senior official with the board that oversees them', 'The stations were removed'] },
  // a quote opening after a telling verb's recipient goes on with the clause: no trailing tag; a short quoted name closes one
  { text: 'Heading into the debate, Sanders told MSNBC\u2019s \u201cMorning Joe\u201d that nobody would question her.', want: ['indirect', 'told', 'Sanders', 'MSNBC\u2019s \u201cMorning Joe\u201d that nobody would question her'] },
  { text: 'The fire was started deliberately, a police source told the \u201cLedger.\u201d', want: ['trailing-cue', 'told', 'a police source', 'The fire was started deliberately'] },
  // an opening quote after the cue goes on with the clause: no trailing tag of the adjunct before the speaker
  { text: 'On Dec. 7 on MSNBC, Clinton said "local forces" must lead the way.', want: ['indirect', 'said', 'Clinton', '"local forces" must lead the way'] },
  // words that only set the scene before the speaker are no trailing tag's content: the report follows the cue
  { text: 'In the meantime, Obama told the group to pipe down.', want: ['indirect', 'told', 'Obama', 'the group to pipe down'] },
  { text: 'In the early 1990s, she said, when she was earning $24,000 a year, a boss invited her to lunch.', want: ['indirect', 'said', 'she', 'when she was earning $24,000 a year, a boss invited her to lunch'] },
  { text: 'In May the talks failed, Peskov said on Monday.', want: ['trailing-cue', 'said', 'Peskov', 'In May the talks failed'] },
  // a quote after a determiner names a thing when a speaker stands between it and a cue whose clause goes on
  { text: 'Bemoaning the "phony system," Trump accused Holt of being a Democrat.', want: ['indirect', 'accused', 'Trump', 'Holt of being a Democrat'] },
  { text: 'It was the "worst deal," Trump said.', want: ['quote-cue', 'said', 'Trump', 'It was the "worst deal,"'] },
  { text: 'This is a "raw time," said David Axelrod, a longtime ally.', want: ['quote-cue', 'said', 'David Axelrod, a longtime ally', 'This is a "raw time,"'] },
  // "'s" after "he", "she" or "who" before a participle is "has": an active report, not a passive
  { text: "He's said he would run.", want: ['indirect', "'s said", 'He', 'he would run'] },
  { text: 'Clinton is the one who\u2019s called for big tax hikes.', want: ['indirect', '\u2019s called for', 'who', 'big tax hikes'] },
  // an object-sense verb ("learn", "recall") reports a "that" clause after an adjunct as well
  { text: 'Republicans learned again during the debate that Trump will not change.', want: ['indirect', 'learned again', 'Republicans', 'that Trump will not change'] },
  // the part of the day after a day in the cue's tail is the cue's, not the content
  { text: 'The campaign announced Monday morning it would release the records.', want: ['indirect', 'announced Monday morning', 'The campaign', 'it would release the records'] },
  { text: 'The campaign announced Monday the morning shift would end.', want: ['indirect', 'announced Monday', 'The campaign', 'the morning shift would end'] },
  // a colon closing its paragraph introduces the next paragraph, all of it
  { text: 'Limbaugh added:\n\nAnd this reeks of fear. She cannot win.\n\nThe show ended.', want: ['indirect', 'added:', 'Limbaugh', 'And this reeks of fear. She cannot win'] },
  // a subject of coordinated phrases that opens its clause is whole; a clause before "and" is not part of it
  { text: 'The Clinton campaign and DNC did not respond to the letter.', want: ['indirect', 'did not respond to', 'The Clinton campaign and DNC', 'the letter'] },
  { text: 'The family, protesters and civic leaders said the video must be released.', want: ['indirect', 'said', 'The family, protesters and civic leaders', 'the video must be released'] },
  { text: 'The talks ended and officials said the deal was dead.', want: ['indirect', 'said', 'officials', 'the deal was dead'] },
  { text: 'Prices rose, and officials said the deal was dead.', want: ['indirect', 'said', 'officials', 'the deal was dead'] },
  // a weak or attitude form after "and" in the form of the clause's cue before it shares that cue's speaker
  { text: 'He proposes doing away with the mandate, and plans to reduce the cost of insurance.', want: ['indirect', 'plans', 'He', 'to reduce the cost of insurance'] },
  { text: 'Trump took to Twitter to accuse Clinton of lying and encourage Americans to watch the tape.', want: ['indirect', 'encourage', 'Trump', 'Americans to watch the tape'] },
  { text: 'Anderson agreed with McLenny and seemed to think the outreach was phony.', want: ['indirect', 'seemed', 'Anderson', 'to think the outreach was phony'] },
  // a split quote goes on after "and" or "but" past the tag's tail, and after an adverb that follows the coordinator
  { text: 'Oz is \u201csmart as hell,\u201d Mosko wrote in an email to Rich Eisen, and \u201cfull of it.\u201d', want: ['quote-cue', 'wrote in an email', 'Mosko', 'Oz is \u201csmart as hell,\u201d | \u201cfull of it.\u201d'] },
  { text: 'Mills "got an immunity agreement," Jordan said, and still "got to sit in on the interview."', want: ['quote-cue', 'said', 'Jordan', 'Mills "got an immunity agreement," | still "got to sit in on the interview."'] },
  // a subject that opens its clause with a restrictive postmodifier (relative, participle, preposition) is the source whole
  { text: 'A 2014 study that appeared in the British Medical Journal found that research did not support it.', want: ['indirect', 'found', 'A 2014 study that appeared in the British Medical Journal', 'that research did not support it'] },
  { text: 'The section of the debate devoted to racial issues revealed a gulf.', want: ['indirect', 'revealed', 'The section of the debate devoted to racial issues', 'a gulf'] },
  { text: 'Central European leaders who have been opponents of taking in migrants have embraced the idea.', want: ['learned-indirect', 'have embraced', 'Central European leaders who have been opponents of taking in migrants', 'the idea'] },
  // a participle after a comma speaks for its clause's subject, found past a fronted phrase and a sentence adverb, or
  // opened by a number
  { text: 'On Thursday, however, Trump spoke to a gathering of leaders, promising to lift regulations.', want: ['participle', 'promising', 'Trump', 'to lift regulations'] },
  { text: 'In a column before the debate, two Democratic speechwriters implored her to bring it back, arguing that it agitated Trump.', want: ['participle', 'arguing', 'two Democratic speechwriters', 'that it agitated Trump'] },
  { text: 'Last week, several environmental groups granted Mr. Clarke an extension, saying his capital was low.', want: ['participle', 'saying', 'several environmental groups', 'his capital was low'] },
  // "spoke of" keeps its particle, and an -ly adverb may stand between a verb and its particle
  { text: 'She spoke of her father.', want: ['indirect', 'spoke of', 'She', 'her father'] },
  { text: 'Mr. Obama spoke emotionally of a stone block on exhibit.', want: ['indirect', 'spoke emotionally of', 'Mr. Obama', 'a stone block on exhibit'] },
  { text: 'He talked openly about his illness.', want: ['indirect', 'talked openly about', 'He', 'his illness'] },
  // the word that governs an infinitive cue joins it, once a rule has decided; a source that ran into it ends before it
  { text: 'The Republican nominee continues to insist that he wants to release his taxes.', want: ['indirect', 'continues to insist', 'The Republican nominee', 'that he wants to release his taxes'] },
  { text: 'Donald Trump needs to tell the truth.', want: ['indirect', 'needs to tell', 'Donald Trump', 'the truth'] },
  { text: 'She was quick to say that the plan failed.', want: ['indirect', 'quick to say', 'She', 'that the plan failed'] },
  // a passive of feeling: the subject holds the attitude, the agent is what it is about
  { text: 'Business leaders and others have been unsettled by the protests.', want: ['learned-passive-feeling', 'have been unsettled by', 'Business leaders and others', 'the protests'] },
  // negative: any other passive with "by" credits the agent
  { text: 'The plan was criticized by Democrats.', want: ['passive-by', 'was criticized by', 'Democrats', 'The plan'] },
  // a "that" after a tag that interrupts its clause goes on with the clause
  { text: 'The air pollution had become so bad, Mr. Obama noted, that the most-visited page was the air monitor.', want: ['trailing-cue', 'noted', 'Mr. Obama', 'The air pollution had become so bad | that the most-visited page was the air monitor'] },
  // negative: "that day" is a time phrase, "who" a clause about the speaker
  { text: 'The talks failed, he said, that day.', want: ['trailing-cue', 'said', 'he', 'The talks failed'] },
  { text: 'The talks failed, the minister said, who spoke in Moscow.', want: ['trailing-cue', 'said', 'the minister', 'The talks failed'] },
  // an active verb of feeling with an object credits the object, who holds the feeling, and reports its subject
  { text: 'That worries environmentalists.', want: ['active-feeling', 'worries', 'environmentalists', 'That'] },
  { text: 'What worries the smartest people on the left is that McConnell wins.', want: ['active-feeling', 'worries', 'the smartest people on the left', 'What'] },
  // negative: "worried that", "worries about" report as before
  { text: 'She worried that the plan would fail.', want: ['indirect', 'worried', 'She', 'that the plan would fail'] },
  { text: 'He worries about the cost.', want: ['indirect', 'worries about', 'He', 'the cost'] },
  // a quote set off after a short adjunct with "in" or "on" that opens the sentence names what the adjunct names
  { text: "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested looking at your statement.", want: ['indirect', 'suggested', 'Mr. McKinley', 'looking at your statement'] },
  // negative: a tag that closes the sentence reports the quote after such an adjunct
  { text: 'In his book, "It is over," Trump said.', want: ['quote-cue', 'said', 'Trump', 'In his book, "It is over,"'] },
  // "without saying" after another verb still reports
  { text: 'He left without saying that taxes will rise.', want: ['participle', 'saying', 'He', 'that taxes will rise'] },
  // a speaker right after "what" reports what "what" stands for: "what" joins the content
  { text: 'That was what Liz Wahl said when she resigned from the network.', want: ['indirect', 'said', 'Liz Wahl', 'what | when she resigned from the network'] },
  { text: 'It was what the senators said was economic gerrymandering.', want: ['indirect', 'said', 'the senators', 'what | was economic gerrymandering'] },
  // negative: a "what" that does not stand right before the speaker
  { text: 'She knew what to do; Liz Wahl said she would resign.', want: ['indirect', 'said', 'Liz Wahl', 'she would resign'] },
  // a quoted title in an adjunct before the speaker is not what the tag reports
  { text: 'On CBS\u2019s \u201cFace the Nation,\u201d Ryan said the protests demand more listening.', want: ['indirect', 'said', 'Ryan', 'the protests demand more listening'] },
  { text: 'In \u201cMake Your Kid a Millionaire,\u201d McKinley suggested saving early.', want: ['indirect', 'suggested', 'McKinley', 'saving early'] },
  // negative: a tag that closes the sentence reports the quote, whatever stands before it
  { text: 'The deal is dead on \u201cday one,\u201d Ryan said.', want: ['quote-cue', 'said', 'Ryan', 'The deal is dead on \u201cday one,\u201d'] },
  // nor one after a comma: the words before it lead into the quote
  { text: 'As for the deal, \u201cit is dead,\u201d Ryan said on Monday.', want: ['quote-cue', 'said', 'Ryan', 'As for the deal, \u201cit is dead,\u201d'] },
];

/** Forms a parser claims but must not turn into a candidate. */
const NEGATIVE: ReadonlyArray<{ readonly name: string; readonly text: string }> = [
  { name: 'gate after-determiner: "the said document"', text: 'The said document was filed.' },
  { name: 'gate after-number: "758 pledged delegates"', text: 'The team won 758 pledged delegates.' },
  { name: 'gate say-idiom: "needless to say"', text: 'Needless to say, the plan failed.' },
  { name: 'gate say-idiom: "goes without saying"', text: 'It goes without saying that taxes will rise.' },
  // "The team notes the plan failed" does report: the learned detector admits it, and judges this context not a report
  { name: 'weak form with a noun subject and no structure', text: 'The musician notes every chord in a ledger.' },
  { name: 'learned veto: a lexicon form that names, not reports', text: 'They hiked along a stream called Miracle Run.' },
  { name: 'a learned cue needs a speaker that is not a verb form', text: 'The move raised concerns among its allies.' },
  { name: 'a cue noun without an owner', text: 'The statement that the talks failed surprised many.' },
  { name: 'a colon with no paragraph after it', text: 'Limbaugh added:' },
  { name: '"it is clear": no one makes it clear', text: 'It is clear that he lost.' },
  { name: 'a noun-preposition cue without an owner', text: 'The criticism of the plan was sharp.' },
  { name: 'a form that is both verb and cue noun belongs to the verb parser ("support for")', text: "Trump's support for the wall is firm." },
  { name: 'a verb form after a possessive determiner, with no "that" after it ("her support for")', text: 'Her support for the wall is firm.' },
  { name: '"opposition to" is seldom a cue (6 of 21 on PolNeAR train)', text: 'His opposition to the deal is firm.' },
  { name: '"supposedly" is seldom a hearsay cue (1 of 7 on PolNeAR train)', text: 'The ship was supposedly sunk in May.' },
  { name: 'a cue noun after a determiner and a verb that does not perform it', text: 'The court heard the claim that the vote was rigged.' },
  { name: 'a hearsay adverb before a reporting verb leaves the cue to the verb', text: 'Bloomberg is reportedly considering a run for office.' },
  { name: '"in" without a poll noun', text: 'Ships left in the morning.' },
  { name: '"in the polls": the polls in general say nothing', text: 'Despite his low standing in the polls, he won the debate.' },
  { name: '"than in other polls": a comparison, no poll that says anything', text: 'Clinton did better than in other polls.' },
  { name: '"recalled" with an owned object is a product recall', text: 'The company recalled its older vans over faulty brakes.' },
  { name: '"known as" gives a name', text: 'Clinton earned her latest win in the string of contests known as Super Tuesday.' },
  { name: 'a learned noun right after a modifier read as its speaker', text: 'Yesterday the ruling ended needless speculation that the deal had collapsed.' },
  { name: 'an agentless passive the detector does not take for a report', text: 'The bridge was finished in May.' },
  { name: 'an agentless passive of a word outside the detector', text: 'The money was used for a condominium.' },
  { name: 'a colon after a rubric, not a speaker', text: 'The Latest: ships left the port on Monday' },
  { name: 'a name before a colon and a quote with no dash or "from" before it', text: 'He met Jones at the Senate: \u201cWe spoke at length about it.\u201d' },
  { name: 'a dash and a name before a colon with no quote after it', text: 'It ended - Mark Jones: the polls were not wrong.' },
  { name: '"put" without a figure: a place, not an estimate', text: 'She put the book on the table.' },
  { name: '"put" of something that is no measure', text: 'They put the boxes at 40 Main Street.' },
  { name: 'a passive valuation without an agent', text: 'The house is valued at $300,000.' },
  { name: 'a receiving verb without a reaction noun', text: 'The team won the game on Sunday.' },
  { name: '"the face of": a noun, not a verb of receiving', text: 'He stood firm in the face of opposition.' },
  { name: 'a reaction noun behind a preposition is no object', text: 'He earned no reprieve with his complaints.' },
  { name: 'a passive valuation without a figure', text: 'The house is valued for tax.' },
  { name: '"placed at the scene": a place, not a figure', text: 'Two witnesses placed him at the scene.' },
  { name: '"value" as a noun before its "of" phrase', text: 'The plan caps the tax value of deductions at 28 percent.' },
  { name: '"value" as a noun after a determiner', text: 'The value at 40 percent was low.' },
  { name: 'a figure that is a clock time', text: 'The board put the vote at 3 p.m.' },
  { name: 'a cue that closes its clause with no "as", "than" or relative before its speaker', text: 'He denied.' },
  { name: '"recalled" with a plain object and a relative "that" after an adjunct', text: 'The company recalled 45,000 cars during the spring that had faulty brakes.' },
  { name: '"learned of" with an adjunct and no clause', text: 'When Kessler first learned of the fault in May that year, he left.' },
  { name: 'a passive with more after it than the stop', text: 'The plan was announced in May.' },
  { name: '"It\'s called" is a passive naming, not a report', text: "It's called the Plan." },
];

for (const c of POSITIVE) {
  test(`${P} ${c.want[0]}: ${c.text}`, () => {
    const got = propose(c.text);
    assert.ok(got.some((g) => JSON.stringify(g) === JSON.stringify(c.want)), `${JSON.stringify(got)} has no ${JSON.stringify(c.want)}`);
  });
}

for (const c of NEGATIVE) {
  test(`${P} (negative) ${c.name}`, () => assert.deepEqual(propose(c.text), []));
}

test(`${P} a parser claims only tokens among the words it opens with (proposeAt asks it about no others)`, () => {
  const dir = join(import.meta.dirname, '../../../../examples');
  const texts = [...POSITIVE.map((c) => c.text), ...NEGATIVE.map((c) => c.text)];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(join(dir, f), 'utf8'));
  let claimed = 0;
  for (const text of texts) {
    const l = textAnnotator.run(createDoc(text));
    const v = buildView(text, l.tokens, l.sentences);
    for (const unit of clauseUnits(v)) {
      for (let i = unit.first; i <= unit.last; i++) {
        for (const p of CUE_PARSERS) {
          if (!p.claims(v, i, unit)) continue;
          claimed++;
          assert.ok(new Set(p.opens).has(v.low[i]!), `${p.name} claims "${v.low[i]}", which is not among its opening words`);
        }
      }
    }
  }
  assert.ok(claimed > 100, `only ${claimed} claims seen`);
});

test(`${P} a "that" after a reporting verb is no relative: "said that Clinton denied." makes no clause-final candidate`, () => {
  const got = propose('He said that Clinton denied.');
  assert.ok(!got.some((g) => g[0] === 'clause-final'), JSON.stringify(got));
  assert.ok(got.some((g) => g[0] === 'indirect' && g[1] === 'said'), JSON.stringify(got));
});

test(`${P} participles and adjectives after "be"`, () => {
  for (const w of ['accused', 'known', 'shown', 'sworn', 'told', 'thought', 'dubbed']) assert.equal(isParticiple(w), true, w);
  for (const w of ['upbeat', 'critical', 'skeptical', 'open', 'outspoken', 'quick', 'eager']) assert.equal(isParticiple(w), false, w);
});

test(`${P} a closing quote mark after a word ends its sentence; an opening one does not`, () => {
  const at = (text: string, word: string): boolean => {
    const l = textAnnotator.run(createDoc(text));
    const v = buildView(text, l.tokens, l.sentences);
    const i = v.low.indexOf(word);
    return reachesSentenceEnd(v, i, v.n - 1);
  };
  assert.equal(at('He wrote: \u201cPrices rose, the minister said\u201d in May.', 'said'), true);
  assert.equal(at('Clinton said \u201clocal forces\u201d must lead.', 'said'), false);
});

test(`${P} a form after "and" shares the cue's speaker only in the cue's own form, and not as a name`, () => {
  const cues = (text: string): (string | null)[] => propose(text).map((g) => g[1]!);
  // "wants" is in the reported clause ("he would cut taxes and wants …"), not coordinated with "said"
  assert.deepEqual(cues('Trump said he would cut taxes and wants to build a wall.'), ['said']);
  // a capitalised form mid-clause is a name's ("and Planned Parenthood")
  assert.deepEqual(cues('He criticized the clinics and Planned Parenthood for the fees.'), ['criticized']);
  // with no "and" before it the attitude inside the content stays nested
  assert.deepEqual(cues('He proposes doing away with the mandate, which voters want to keep.'), ['proposes']);
});

test(`${P} a quote after the tag's coordinator resumes the content only when nothing but an adverb stands before it`, () => {
  const contents = (text: string): (string | null)[] => propose(text).map((g) => g[3]!);
  assert.deepEqual(contents('"We will win," he said, and then left the "room."'), ['"We will win,"']);
  assert.deepEqual(contents('"We will win," he said on Monday, and they cheered "loudly."'), ['"We will win,"']);
});

test(`${P} the words before a subject's phrase join it only when they read as one noun phrase with it`, () => {
  const sources = (text: string): (string | null)[] => propose(text).map((g) => g[2] ?? null);
  // a subordinator: the words before are a clause of their own
  assert.deepEqual(sources('Mass atrocities continue in the region as China and Russia support the government.'), ['China and Russia']);
  // an adverb and a verb form before the preposition
  assert.deepEqual(sources('Democrats also persisted in arguments that the panel said the plan failed.'), ['the panel']);
  // a verb after a name
  assert.ok(!sources('Patriot handed over its debts to a company run by a man named Tom Clarke.').some((s) => s?.startsWith('Patriot')));
  // a coordinator
  assert.deepEqual(sources('The talks in Geneva ended and officials said the deal was dead.'), ['officials']);
  // the phrase is the subject of a relative clause the cue is the verb of
  assert.deepEqual(sources('The scandal that The Boston Globe reported shocked the city.'), ['The Boston Globe']);
});

test(`${P} a participle after a comma is no inverted tag, and a number of time units is no subject`, () => {
  assert.ok(!propose('Last week, the groups granted an extension, saying his capital was low.').some((g) => g[0] === 'trailing-cue'));
  assert.deepEqual(propose('After the vote, three months passed without a deal, prompting critics to say it would fail.').map((g) => g[2]), [null]);
});

test(`${P} an adverb after the verb joins the cue only before a particle of the verb`, () => {
  assert.deepEqual(propose('She spoke openly with reporters about the deal.').map((g) => g[1]), ['spoke']);
});

test(`${P} a noun before an infinitive cue is the governing verb's object, not part of the cue`, () => {
  assert.ok(propose('He asked reporters to say what they saw.').some((g) => g[1] === 'to say'));
  assert.ok(propose('The board met with donors to discuss the plan.').every((g) => g[1] !== 'donors to discuss'));
});

test(`${P} one lower-case word after an inverted cue is its object, not a speaker; a plural or a pronoun speaks`, () => {
  assert.ok(!propose('One after another, mining companies, including Patriot, declared bankruptcy.').some((g) => g[0] === 'trailing-cue'));
  assert.deepEqual(propose('The talks failed, said officials.'), [['trailing-cue', 'said', 'officials', 'The talks failed']]);
  assert.deepEqual(propose('The talks failed, said he.'), [['trailing-cue', 'said', 'he', 'The talks failed']]);
});

test(`${P} a noun "worries" before a preposition is no verb of feeling with an object`, () => {
  assert.ok(!propose('The crisis swept Europe, fueling worries from Paris to Prague that the union was a burden.').some((g) => g[0] === 'active-feeling'));
});

test(`${P} parsers, verb gates and verb rules each have one name`, () => {
  for (const list of [CUE_PARSERS, VERB_GATES, VERB_RULES]) {
    const names = list.map((x) => x.name);
    assert.equal(new Set(names).size, names.length, names.join(' '));
  }
});

test(`${P} a heading after a quoted paragraph is no tag of the quote; a tag sentence in the quote's paragraph is`, () => {
  const cues = (text: string): (string | null)[] => propose(text).map((g) => g[1]!);
  // "Plan" is a reporting verb's form, and the heading is only a short sentence after a closing quote
  assert.deepEqual(cues('"We will see what happens."\n\nA Reclamation Plan.'), []);
  assert.deepEqual(cues('"We will see what happens." Trump said.'), ['said']);
  // an appositive left open before the cue ("X, the attorney general, one of them said") is no tag
  assert.ok(!propose('“It is an invasion,” Scott Pruitt, the attorney general, one of them said.').some((g) => g[0] === 'quote-cue'));
  // a tail that runs on to "that" closes no interrupting tag
  assert.ok(!propose('The plan, he said on Monday that it failed.').some((g) => g[0] === 'trailing-cue'));
  // a preposition with no appositive comma ends the tag's name where a verb or participle stands in it
  assert.ok(!propose('\u201cAnybody but Trump,\u201d a website linked to a group called the party.').some((g) => g[0] === 'quote-cue'));
  assert.ok(!propose('\u201cIt is clear,\u201d Trump said in disbelief at the rally.').some((g) => g[0] === 'quote-cue' && g[1] !== 'said'));
  assert.ok(!propose('\u201cIt is clear,\u201d as reported in the paper, the fellow said.').some((g) => g[0] === 'quote-cue' && g[2]?.includes('reported')));
  // an appositive with no determiner does not take a relative "that" into the source
  assert.ok(!propose('The stations were removed, said Trimble, chairman of the board that oversees them.').some((g) => g[2]?.includes('that')));
  // a scare-quoted word after the recipient is no quoted name closing the tag
  assert.ok(!propose('In the sketch, the actor asked white actors to act \u201cwhiter.\u201d').some((g) => g[0] === 'trailing-cue'));
  // a sentence that goes on after its cue is no tag of the quote before it
  assert.deepEqual(propose('"We will see what happens." Trump said the plan failed.').map((g) => g[0]), ['indirect']);
});
