import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEvents } from './pipeline.js';
import { DOMAIN_LEMMAS } from './domains.js';
import { DOMAIN_FORMS, TRIGGER_FORMS } from './lexicon.js';
import { FAMILY_PHASES, phaseRank } from './phases.js';

const PUBLISHED = '2025-04-15';

/** A trigger word and what it must be read as; `type: null` means no event on that word. */
interface Row {
  readonly text: string;
  readonly word: string;
  readonly type: string | null;
  readonly phase?: string | null;
  /** The lemma the trigger is read as ("approved" a bill is a vote). */
  readonly lemma?: string;
}

const ROWS: readonly Row[] = [
  // a bill through a legislature: tabled, voted (approved, passed, rejected), in force; not a deal's approval, a
  // stance, a death, a count of ballots, a truce in force
  { text: 'The government tabled a bill in the assembly on Monday.', word: 'tabled', type: 'POLITICAL', lemma: 'table-bill' },
  { text: 'Officials gathered around the table on Monday.', word: 'table', type: null },
  // a tariff named by its rate or by what is done to it; lifted, it has ended; a bare "lowers tariffs", a person's duties,
  // customs duties as an office are none
  { text: 'Mexico announced tariffs of 25% on steel from Brazil.', word: 'tariffs', type: 'SANCTION', lemma: 'tariff' },
  { text: 'The duties could take effect next month.', word: 'duties', type: 'SANCTION' },
  { text: 'Brazil announced counter-tariffs on Mexican cars.', word: 'counter-tariffs', type: 'SANCTION', lemma: 'counter-tariff' },
  { text: 'Brazil imposed retaliatory tariffs on Mexican cars.', word: 'tariffs', type: 'SANCTION', lemma: 'counter-tariff' },
  { text: 'Brazil will respond with tariffs of its own on Mexican goods.', word: 'tariffs', type: 'SANCTION', lemma: 'counter-tariff' },
  { text: 'Mexico imposed tariffs of 25% on steel that it said was hurting its own mills.', word: 'tariffs', type: 'SANCTION', lemma: 'tariff' },
  { text: 'Those tariffs were lifted in 2020 after a year of talks.', word: 'tariffs', type: 'SANCTION', phase: 'ended' },
  { text: 'The trade deal lowers tariffs on cars.', word: 'tariffs', type: null },
  { text: 'She took up her duties as mayor in May.', word: 'duties', type: null },
  { text: 'The customs duties office was closed on Monday.', word: 'duties', type: null },
  { text: 'The assembly approved a data protection bill by 31 votes to 20.', word: 'approved', type: 'POLITICAL', lemma: 'vote' },
  { text: 'The bill needs 29 votes in the 57-seat assembly.', word: 'votes', type: null },
  { text: 'The government will need opposition votes to pass it.', word: 'votes', type: null },
  { text: 'The votes on the two bills were held on Tuesday.', word: 'votes', type: 'POLITICAL' },
  { text: 'Parliament impeached the president by 180 votes to 60.', word: 'votes', type: 'POLITICAL' },
  { text: 'The committee held the rate in a 5-2 vote.', word: 'vote', type: 'POLITICAL' },
  { text: 'Two weeks later lawmakers approved it 31-22.', word: 'approved', type: 'POLITICAL' },
  { text: 'The regulator approved the takeover on Friday.', word: 'approved', type: 'AGREE' },
  { text: 'Parliament approved the merger of the two banks.', word: 'approved', type: 'AGREE' },
  { text: 'The senate passed the bill on Thursday.', word: 'passed', type: 'POLITICAL', lemma: 'vote' },
  { text: 'The bill passed away quietly, the senator joked.', word: 'passed', type: null },
  { text: 'The march passed off without violence.', word: 'passed', type: null },
  { text: 'A similar bill was rejected in 2021.', word: 'rejected', type: 'POLITICAL', lemma: 'vote' },
  { text: 'The union rejected the offer on Monday.', word: 'rejected', type: 'REJECT' },
  { text: 'The law could take effect as early as January.', word: 'effect', type: 'POLITICAL' },
  { text: 'The law will come into force on January 1.', word: 'force', type: 'POLITICAL', lemma: 'in-force' },
  { text: 'The ceasefire came into force at midnight.', word: 'force', type: null },
  { text: 'The changes will take effect next month.', word: 'effect', type: null },
  // protest marches: not the month, not troops, not a funeral
  { text: 'The nurses called a march through central Kampala for Thursday.', word: 'march', type: 'PROTEST' },
  { text: 'Nurses in white uniforms marched through the city on Thursday.', word: 'marched', type: 'PROTEST' },
  { text: 'Police said no procession would be permitted on that route.', word: 'procession', type: 'PROTEST' },
  { text: 'The launch was set for March 18 at the earliest.', word: 'March', type: null },
  { text: 'March was the wettest month on record.', word: 'March', type: null },
  { text: 'Troops marched into the border town overnight.', word: 'marched', type: null },
  { text: 'A funeral procession wound through the village.', word: 'procession', type: null },
  // disasters
  { text: 'A strong earthquake hit the mountain town of Derrin on Saturday.', word: 'earthquake', type: 'DISASTER', phase: 'struck' },
  { text: 'Flooding cut off two districts of Amsel overnight.', word: 'Flooding', type: 'DISASTER' },
  { text: 'The minister faced a flood of questions from reporters.', word: 'flood', type: null },
  // a collapse: the noun after its determiner, near what falls in; not talks, markets or the verb
  { text: 'The death toll from the collapse of a copper mine rose to 14.', word: 'collapse', type: 'DISASTER', phase: 'struck' },
  { text: 'The collapse is the worst at a Zambian mine in a decade.', word: 'collapse', type: 'DISASTER', phase: 'struck' },
  { text: 'The collapse of the talks left the coalition without a budget.', word: 'collapse', type: null },
  { text: 'The collapse of the currency hit mine owners hard.', word: 'collapse', type: null },
  { text: 'The collapse of the empire took centuries.', word: 'collapse', type: null },
  { text: 'The roof of the mine could collapse at any time.', word: 'collapse', type: null },
  { text: 'Three miners died there in 2019 when a ventilation shaft caved in.', word: 'caved', type: 'DISASTER', phase: 'struck' },
  { text: 'The government caved in to the strikers within a week.', word: 'caved', type: null },
  { text: 'A cargo ship capsized near the harbour mouth at Pell.', word: 'capsized', type: 'DISASTER', phase: 'struck' },
  { text: 'Stocks crashed on Friday after the bank failed.', word: 'crashed', type: null },
  { text: 'A helicopter crashed into the hillside above Corva.', word: 'crashed', type: 'DISASTER' },
  { text: 'The flood warning for the Amsel river was withdrawn on Monday.', word: 'warning', type: 'DISASTER', phase: 'warning-lifted' },
  { text: 'Forecasters issued a storm warning for the islands.', word: 'warning', type: 'DISASTER', phase: 'warning-issued' },
  // a warning of a hazard, an alert issued, kept or lifted; an aftershock warning is no quake; a warning of sanctions none
  { text: 'The institute issued a warning of aftershocks for the coast.', word: 'warning', type: 'DISASTER', phase: 'warning-issued' },
  { text: 'The institute kept its alert for the provinces in force.', word: 'alert', type: 'DISASTER' },
  { text: 'The institute lifted its aftershock warning on Friday.', word: 'warning', type: 'DISASTER', phase: 'warning-lifted' },
  { text: 'The institute lifted its aftershock warning on Friday.', word: 'aftershock', type: null },
  { text: 'Forecasters issued an alert for heavy rain.', word: 'alert', type: 'DISASTER' },
  { text: 'The minister issued a warning of sanctions against Moscow.', word: 'warning', type: null },
  { text: 'Police were on alert for trouble at the match.', word: 'alert', type: null },
  // a storm's landfall is a moment of its own, forecast and then made (events 1.30.0; the story layer tracks it)
  { text: 'The storm made landfall near Pell shortly after midnight.', word: 'landfall', type: 'DISASTER', phase: 'struck' },
  { text: 'The cyclone is expected to make landfall late on Thursday.', word: 'landfall', type: 'DISASTER' },
  { text: 'The council came under fire for the new tax.', word: 'fire', type: null },
  { text: 'Police opened fire on the car at the checkpoint.', word: 'fire', type: 'ASSAULT' },
  // casualties
  { text: 'Four people died when the roof collapsed, officials said.', word: 'died', type: 'CASUALTY', phase: 'struck' },
  { text: 'The death toll rose to 31 on Tuesday.', word: 'toll', type: 'CASUALTY' },
  { text: 'The death toll rose to 31 on Tuesday.', word: 'death', type: null },
  { text: 'Drivers paid a toll on the new bridge.', word: 'toll', type: null },
  { text: 'The search for the two missing divers was suspended at dusk.', word: 'search', type: 'CASUALTY', phase: 'search-called-off' },
  { text: 'Crews are still searching for the crew of the trawler.', word: 'searching', type: 'CASUALTY', phase: 'rescue-under-way' },
  { text: 'The government approved a rescue package for the airline.', word: 'rescue', type: null },
  { text: 'The missing link in the supply chain was a single port.', word: 'missing', type: null },
  // legal process
  { text: 'Police arrested the driver at the scene.', word: 'arrested', type: 'LEGAL', phase: 'arrested' },
  { text: 'The manager, who was arrested on Wednesday, was charged on Friday with 14 counts of fraud.', word: 'charged', type: 'LEGAL', phase: 'charged' },
  { text: 'The museum charged visitors on Friday for entry.', word: 'charged', type: null },
  { text: 'The driver was charged with dangerous driving on Friday.', word: 'charged', type: 'LEGAL', phase: 'charged' },
  { text: 'Keep the radios charged during the expedition.', word: 'charged', type: null },
  { text: 'The official, who was charged in March, is in custody.', word: 'charged', type: 'LEGAL', phase: 'charged' },
  { text: 'The owner said customers were charged twice for the tickets.', word: 'charged', type: null },
  { text: 'A court in Holm acquitted the two guards.', word: 'acquitted', type: 'LEGAL', phase: 'acquitted' },
  { text: 'The officer was sentenced to three years in prison.', word: 'sentenced', type: 'LEGAL', phase: 'sentenced' },
  { text: 'The first sentence of the report was misleading.', word: 'sentence', type: null },
  { text: 'She tried to call her lawyer twice.', word: 'tried', type: null },
  { text: 'A clinical trial of the drug ended early.', word: 'trial', type: null },
  { text: 'A jury in Holm found the guard not guilty of theft.', word: 'guilty', type: 'LEGAL', phase: 'acquitted' },
  { text: 'The judge found Tebogo Raditladi guilty on Tuesday on 14 counts.', word: 'guilty', type: 'LEGAL', phase: 'convicted' },
  { text: 'He said he felt guilty about the delay.', word: 'guilty', type: null },
  { text: 'The guard pleaded not guilty on Monday.', word: 'guilty', type: 'LEGAL', phase: 'charged' },
  { text: 'The reporter was jailed last week.', word: 'jailed', type: 'LEGAL', phase: 'sentenced' },
  { text: 'A magistrate ordered the release of the two students.', word: 'release', type: 'LEGAL', phase: 'released' },
  { text: 'The driver was freed without charge on Sunday.', word: 'freed', type: 'LEGAL', phase: 'released' },
  { text: 'The driver was freed without charge on Sunday.', word: 'charge', type: null },
  // held people let go: a crew, fishermen, sailors; "freed" in the passive; not figures, an album, cash freed up
  { text: 'The minister said the crew would be freed within days.', word: 'freed', type: 'LEGAL' },
  { text: 'Senegal is negotiating for the release of 12 fishermen held in Bissau.', word: 'release', type: 'LEGAL' },
  { text: 'The men were freed at the port on Tuesday morning.', word: 'freed', type: 'LEGAL' },
  { text: 'The sale freed up cash for the new plant.', word: 'freed', type: null },
  { text: 'The crew landed hours after the navy released them, ending seven weeks of detention.', word: 'released', type: 'LEGAL' },
  { text: 'The label released them as singles in May.', word: 'released', type: null },
  { text: 'The crew released a new album in May.', word: 'released', type: null },
  { text: 'The ministry released figures on fishermen lost at sea.', word: 'released', type: null },
  { text: 'The court released its ruling on Friday.', word: 'released', type: null },
  { text: 'The judge released the documents to the press.', word: 'released', type: null },
  { text: 'The two men were remanded in custody.', word: 'remanded', type: 'LEGAL', phase: 'arrested' },
  { text: 'Police took the driver into custody.', word: 'custody', type: 'LEGAL', phase: 'arrested' },
  { text: 'The parents share custody of the child.', word: 'custody', type: null },
  { text: 'The state prosecuted the mayor for fraud.', word: 'prosecuted', type: 'LEGAL', phase: 'charged' },
  { text: 'The outgoing president pardoned the general.', word: 'pardoned', type: 'LEGAL', phase: 'released' },
  { text: 'Pardon me for asking.', word: 'Pardon', type: null },
  { text: 'Three judges threw out the appeal.', word: 'appeal', type: 'LEGAL' },
  { text: 'Riot police charged at the protesters.', word: 'charged', type: null },
  { text: 'The scheme will be tried out in the spring.', word: 'tried', type: null },
  // with an amount it is a counted occurrence (counted.ts), still no trial
  { text: 'The scheme will be tried out in two towns.', word: 'tried', type: 'OCCURRENCE' },
  { text: 'Visitors pay a fee for each visit.', word: 'visit', type: null },
  // more legal words: apprehended, arraigned, "charges against", "cleared of", bail granted,
  // caught or rounded up by those who arrest, a sentence appealed; and their other senses
  { text: 'Customs officers apprehended the courier at the airport.', word: 'apprehended', type: 'LEGAL', phase: 'arrested' },
  { text: 'The two guards were arraigned on Monday.', word: 'arraigned', type: 'LEGAL', phase: 'charged' },
  { text: 'Prosecutors withdrew the charges against the driver.', word: 'charges', type: 'LEGAL', phase: 'charged' },
  { text: 'The coach was cleared of doping allegations by a tribunal.', word: 'cleared', type: 'LEGAL', phase: 'acquitted' },
  { text: 'A jury cleared her of all charges.', word: 'cleared', type: 'LEGAL', phase: 'acquitted' },
  { text: 'The road was cleared of snow by morning.', word: 'cleared', type: null },
  { text: 'The regulator cleared the merger in May.', word: 'cleared', type: 'AGREE' },
  { text: 'A judge granted bail to the two students.', word: 'bail', type: 'LEGAL', phase: 'released' },
  { text: 'The students were refused bail.', word: 'bail', type: null },
  { text: 'Two robbers were caught by police near the station.', word: 'caught', type: 'LEGAL', phase: 'arrested' },
  { text: 'The warehouse caught fire on Sunday.', word: 'caught', type: null },
  { text: 'She caught the early flight to Holm.', word: 'caught', type: null },
  { text: 'Police rounded up 40 suspected smugglers.', word: 'rounded', type: 'LEGAL', phase: 'arrested' },
  { text: 'The figures were rounded up to the nearest million.', word: 'rounded', type: null },
  { text: 'The guard will appeal the sentence, his lawyer said.', word: 'sentence', type: 'LEGAL' },
  { text: 'The second sentence of the letter was deleted.', word: 'sentence', type: null },
  { text: 'The Dutch rider won the time trial.', word: 'trial', type: null },
  // a verdict, a hearing, a charge faced (events 1.30.0; 1.17.1 and 1.24.0 had read them and withdrawn them, docs/events.md)
  { text: 'The jury returned its verdict after two days.', word: 'verdict', type: 'LEGAL' },
  { text: 'The judge adjourned the hearing until May.', word: 'hearing', type: 'LEGAL' },
  { text: 'The captain will appear before a judge on November 6.', word: 'appear', type: 'LEGAL' },
  { text: 'Hearing the sirens, residents left their homes.', word: 'Hearing', type: null },
  { text: 'The minister will appear on television tonight.', word: 'appear', type: null },
  { text: 'It would appear that the plan has failed.', word: 'appear', type: null },
  { text: 'The captain faces a charge of illegal fishing.', word: 'charge', type: 'LEGAL', phase: 'charged' },
  { text: 'She was put in charge of the customs office.', word: 'charge', type: null },
  { text: 'She assumed charge of the police station.', word: 'charge', type: null },
  { text: 'The bank levies a charge of five euros.', word: 'charge', type: null },
  // held people: a detention (linked with "detained"); not talks or hearings held
  { text: 'Bissau held the crew of another trawler for seven weeks.', word: 'held', type: 'LEGAL', phase: 'arrested' },
  { text: 'The rebels held him hostage for a month.', word: 'held', type: 'LEGAL' },
  { text: 'The two leaders held talks on Monday.', word: 'held', type: null },
  // a court's ruling and what it undoes; a ban by an authority
  { text: 'The High Court struck down the police ban on the march.', word: 'struck', type: 'LEGAL' },
  { text: 'The High Court struck down the police ban on the march.', word: 'ban', type: 'COERCE' },
  { text: 'The court overturned a police ban on the procession.', word: 'overturned', type: 'LEGAL' },
  { text: 'The constitutional court ruled on Wednesday that the decree was unlawful.', word: 'ruled', type: 'LEGAL' },
  { text: "Police on Friday barred next week's march by nurses.", word: 'barred', type: 'COERCE' },
  { text: 'The bus overturned on the mountain road.', word: 'overturned', type: null },
  { text: 'The ruling party won the vote.', word: 'ruling', type: null },
  { text: 'Police ruled out foul play.', word: 'ruled', type: null },
  // events 1.54.0: the bare verb "rule" with a court before it; a sentence by its length or served; held without
  // trial; a penalty of death, a medicine's trial and a voters' verdict are no events of theirs
  { text: 'The appeals judge will rule on the request next week.', word: 'rule', type: 'LEGAL' },
  { text: 'The tribunal rules that the dismissal was unfair.', word: 'rules', type: 'LEGAL' },
  { text: 'The court could rule out a retrial.', word: 'rule', type: null },
  { text: 'Officials want to rule the region directly.', word: 'rule', type: null },
  { text: 'The court published new rules on evidence.', word: 'rules', type: null },
  { text: 'The smuggler began a 12-year sentence in March.', word: 'sentence', type: 'LEGAL', phase: 'sentenced' },
  { text: 'She has served most of her sentence in Harn.', word: 'sentence', type: 'LEGAL', phase: 'sentenced' },
  { text: 'A two-week sentence of the report was cut.', word: 'report', type: null },
  { text: 'His first sentence in the speech was about taxes.', word: 'sentence', type: null },
  { text: 'Two activists have been held without charge since March.', word: 'held', type: 'LEGAL', phase: 'arrested' },
  { text: 'The vote was held without incident.', word: 'held', type: null },
  { text: 'A military court sentenced three officers to death on Monday.', word: 'death', type: null },
  { text: 'The guard was stabbed to death in the yard.', word: 'death', type: 'CASUALTY' },
  { text: 'The trial of the cholera vaccine ended in May.', word: 'trial', type: null },
  { text: 'The trial of the two nurses ended in May.', word: 'trial', type: 'LEGAL' },
  { text: 'Investors gave their verdict on the merger on Monday.', word: 'verdict', type: null },
  { text: 'The jury is expected to reach a verdict on Monday.', word: 'verdict', type: 'LEGAL' },
  { text: 'The supreme court ordered a retrial of the case.', word: 'retrial', type: 'LEGAL', phase: 'charged' },
  { text: 'The regulator prohibited the merger.', word: 'prohibited', type: null },
  { text: 'He tested positive for a banned substance.', word: 'banned', type: null },
  // an inquiry's report handed over or due; never a news report or the reporting verb
  { text: 'The inquiry handed its report to the president on Tuesday.', word: 'report', type: 'LEGAL' },
  { text: 'The inquiry is due to report within three months.', word: 'report', type: 'LEGAL' },
  { text: 'The inquiry is to hand its findings to the president by early May.', word: 'findings', type: 'LEGAL' },
  { text: "The engineer's report later found only surface marks.", word: 'report', type: 'LEGAL' },
  { text: 'Two patients have died, according to the report.', word: 'report', type: null },
  { text: 'The ministry denied a newspaper report that a driver died.', word: 'report', type: null },
  { text: 'Officials will report the figures on Monday.', word: 'report', type: null },
  { text: 'Repairs will be made free of charge.', word: 'charge', type: null },
  // political life
  { text: 'Marta Lind was elected speaker of the assembly on Monday.', word: 'elected', type: 'POLITICAL', phase: 'results' },
  { text: 'The premier stepped down after the vote.', word: 'stepped', type: 'POLITICAL' },
  { text: 'Elected officials met the governor on Friday.', word: 'Elected', type: null },
  { text: 'The manager fired up his players at half-time.', word: 'fired', type: null },
  { text: 'The army fired rockets at the airfield.', word: 'fired', type: null },
  { text: 'Rebels fired mortar rounds at an army post.', word: 'fired', type: null },
  { text: 'Not a single shot has been fired by our side.', word: 'fired', type: null },
  { text: 'The company fired its chief executive on Monday.', word: 'fired', type: 'POLITICAL' },
  // economy
  { text: 'The central bank raised its policy rate by 25 basis points.', word: 'raised', type: 'ECONOMY', phase: 'decided' },
  { text: 'Analysts expect the bank to cut rates in June.', word: 'cut', type: 'ECONOMY', phase: 'expected' },
  { text: 'The rate of inflation fell to 3 percent.', word: 'rate', type: null },
  // a rate decision without "rate": the setter just before, no object after
  { text: 'The committee held in January in a split vote.', word: 'held', type: 'ECONOMY', phase: 'decided' },
  { text: 'The bank last cut in October 2024.', word: 'cut', type: 'ECONOMY', phase: 'decided' },
  { text: 'The committee held hearings on the budget.', word: 'held', type: null },
  { text: 'The bank kept in touch with its clients.', word: 'kept', type: null },
  { text: 'The river bank held firm.', word: 'held', type: null },
  { text: 'The bank cut 300 jobs in March.', word: 'cut', type: 'ECONOMY', phase: null },
  { text: 'He cut in line at the bank.', word: 'cut', type: null },
  // a labour settlement is an agreement; a deal of a quantity or a verb is not
  { text: 'The union called off the strike after reaching a pay deal on Tuesday.', word: 'deal', type: 'AGREE' },
  { text: 'There is no deal, the union said.', word: 'deal', type: 'AGREE' },
  { text: 'The operator reached a pay deal with the union late on Tuesday.', word: 'deal', type: 'AGREE' },
  { text: 'The ministry will deal with the complaints.', word: 'deal', type: null },
  { text: 'Nobody knew how to deal with no money left.', word: 'deal', type: null },
  { text: 'She spent a great deal of time abroad.', word: 'deal', type: null },
  { text: 'Wage growth raised the rate of inflation.', word: 'raised', type: null },
  { text: 'Bus drivers will strike on May 2.', word: 'strike', type: 'PROTEST', phase: 'called' },
  { text: 'The strike by bus drivers was suspended on Thursday.', word: 'strike', type: 'PROTEST', phase: 'called-off' },
  { text: 'The batter watched the third strike go by.', word: 'strike', type: null },
  { text: 'A missile strike hit the depot at night.', word: 'strike', type: 'ASSAULT' },
  { text: 'The bakery chain laid off 90 staff in March.', word: 'laid', type: 'ECONOMY' },
  { text: 'The army launched an offensive in the east.', word: 'launched', type: null },
  // launches into space: a satellite, an orbit or a liftoff make it one; a launch pad, a missile or an attack do not
  { text: 'The agency launched a weather satellite from the coast on Monday.', word: 'launched', type: 'ECONOMY' },
  { text: 'The probe will be launched into orbit next spring.', word: 'launched', type: 'ECONOMY' },
  { text: 'The launch was scrubbed an hour before dawn.', word: 'launch', type: 'ECONOMY' },
  { text: 'The rocket lifted off from the coast at dawn.', word: 'lifted', type: 'ECONOMY' },
  { text: 'Crowds watched the liftoff from the beach.', word: 'liftoff', type: 'ECONOMY' },
  { text: 'The crane lifted the crates onto the ship.', word: 'lifted', type: null },
  { text: 'Engineers inspected the launch pad overnight.', word: 'launch', type: null },
  { text: 'The army launched missiles at the port.', word: 'launched', type: null },
  { text: 'The launch window opens in March.', word: 'launch', type: null },
  // the rest of PLOVER
  { text: 'The two militias agreed a truce on Sunday.', word: 'truce', type: 'RETREAT' },
  { text: 'The union threatened a walkout over pensions.', word: 'threatened', type: 'THREATEN' },
  { text: 'Troops were deployed to the capital after the riots.', word: 'deployed', type: 'MOBILIZE' },
  { text: 'He had a heart attack in 2019.', word: 'attack', type: null },
  { text: 'A cyberattack shut down the terminal on Sunday.', word: 'cyberattack', type: 'ASSAULT' },
  { text: 'The operator was hit by a cyber-attack.', word: 'cyber-attack', type: 'ASSAULT' },
  // takeovers (deal), approvals, campaigns, outbreaks: families with phases
  // buying a firm is an acquisition (events 1.28.0), unphased: as a phased deal it had merged different buyouts by one
  // buyer in real news (ECB+); unphased, ECB+ dev CoNLL F1 is unchanged (77.44)
  { text: 'Varro Foods bought the rival chain Mellis in 2019.', word: 'bought', type: 'ECONOMY' },
  { text: 'Varro Foods completed its purchase of Mellis on Thursday.', word: 'purchase', type: 'ECONOMY' },
  { text: 'The families bought bread and rice at the market.', word: 'bought', type: null },
  { text: 'The delay bought the negotiators time.', word: 'bought', type: null },
  { text: 'Shares rose after the purchase price was set.', word: 'purchase', type: null },
  { text: 'The competition authority approved the merger on Friday.', word: 'approved', type: 'AGREE', phase: 'approved' },
  { text: 'Regulators cleared the takeover in December.', word: 'cleared', type: 'AGREE', phase: 'approved' },
  { text: 'The skies cleared over the valley by noon.', word: 'cleared', type: null },
  { text: 'Analysts said the regulator\'s approval was likely but not certain.', word: 'approval', type: 'AGREE', phase: 'sought' },
  { text: 'The watchdog blocked the deal last week.', word: 'blocked', type: 'REJECT', phase: 'blocked' },
  { text: 'A fallen tree blocked the road for an hour.', word: 'blocked', type: null },
  { text: 'A vaccination campaign began in the northern districts on Monday.', word: 'campaign', type: 'AID', phase: 'under-way' },
  { text: 'The vaccination campaign, which ended on May 5, reached 80,000 children.', word: 'campaign', type: 'AID', phase: 'ended' },
  { text: 'The election campaign officially opened on Tuesday.', word: 'campaign', type: null },
  { text: 'The campaign was dying down by the end of the week.', word: 'campaign', type: null },
  { text: 'The health ministry declared a measles outbreak in the district.', word: 'outbreak', type: 'DISASTER', phase: 'declared' },
  { text: 'The cholera outbreak has grown to more than 200 cases.', word: 'outbreak', type: 'DISASTER', phase: 'spreading' },
  { text: 'Officials declared the outbreak over on Friday.', word: 'outbreak', type: 'DISASTER', phase: 'declared-over' },
  { text: 'The outbreak of fighting forced families to flee.', word: 'outbreak', type: null },
  { text: 'The 2009 outbreak, which also started in Tarvo, lasted four months.', word: 'outbreak', type: 'DISASTER', phase: 'declared-over' },
  // investigations (campaign phases): the verb and noun alone; an inquiry or a probe with a word that opens or aims it
  { text: 'The regulator opened a formal investigation into the bank last week.', word: 'investigation', type: 'LEGAL', phase: 'under-way' },
  { text: 'Prosecutors are investigating the sale of the port.', word: 'investigating', type: 'LEGAL' },
  { text: 'The government ordered an independent inquiry into the purchase.', word: 'inquiry', type: 'LEGAL' },
  { text: 'Police launched a probe into the shooting.', word: 'probe', type: 'LEGAL' },
  { text: 'The investigation team flew to the site on Monday.', word: 'investigation', type: null },
  { text: 'The space probe sent back images of the moon.', word: 'probe', type: null },
  { text: 'The office answered inquiries about parking.', word: 'inquiries', type: null },
  // recalls of goods, not of memories or envoys
  { text: 'The carmaker recalled 120,000 vehicles over a faulty pump.', word: 'recalled', type: 'ECONOMY' },
  { text: 'The company widened its recall to 340,000 cars.', word: 'recall', type: 'ECONOMY' },
  { text: 'He could not recall the date of the meeting.', word: 'recall', type: null },
  { text: 'Tarsa recalled its ambassador for consultations.', word: 'recalled', type: null },
  { text: 'She recalled how the river flooded in 1963.', word: 'recalled', type: null },
  // openings of public works, not fire, talks, an inquiry or the adjective
  { text: 'The new bridge over the river will open to traffic in the coming weeks.', word: 'open', type: 'ECONOMY' },
  { text: 'The president opened the airport terminal on Saturday.', word: 'opened', type: 'ECONOMY' },
  { text: 'The ministry said the opening would be postponed.', word: 'opening', type: 'ECONOMY' },
  { text: 'The old bridge will stay open to cars.', word: 'open', type: null },
  { text: 'The road between the two towns is now open.', word: 'open', type: null },
  { text: 'Police opened an investigation into the bridge collapse.', word: 'opened', type: null },
  { text: 'Soldiers at the border crossing opened fire.', word: 'opened', type: null },
  // a service restored or resumed after an outage; not talks resumed, order restored, a minister's return
  { text: 'Normal operations would be restored within days, the company said.', word: 'restored', type: 'ECONOMY' },
  { text: 'Systems have been partly restored.', word: 'restored', type: 'ECONOMY' },
  { text: 'The terminal will resume full operations on Monday.', word: 'resume', type: 'ECONOMY' },
  { text: 'The port returned to full operations on Monday.', word: 'returned', type: 'ECONOMY' },
  // evacuees back home; not a traveller's return
  { text: 'Most of the 4,100 people evacuated returned home by the evening.', word: 'returned', type: 'CASUALTY' },
  { text: 'Residents will be allowed to return to their homes on Sunday.', word: 'return', type: 'CASUALTY' },
  { text: 'The president returned home from Moscow on Friday.', word: 'returned', type: null },
  { text: 'The restoration of power to the city took three days.', word: 'restoration', type: 'ECONOMY' },
  { text: 'The two sides agreed to resume talks next month.', word: 'resume', type: null },
  { text: 'Police restored order after the clashes.', word: 'restored', type: null },
  { text: 'The minister returned to Nairobi on Monday.', word: 'returned', type: null },
  { text: 'The museum restored the painting.', word: 'restored', type: null },
  // money paid; buying a firm with it; not tribute, a visit or attention
  { text: 'The company said it had not paid a ransom to the hackers.', word: 'paid', type: 'ECONOMY' },
  { text: 'Pwani repeated that it had paid no ransom.', word: 'paid', type: 'ECONOMY' },
  { text: 'The owner paid a fine of 20,000 euros.', word: 'paid', type: 'ECONOMY' },
  { text: 'The group paid 180 million euros for the Slovak chain in 2021.', word: 'paid', type: 'ECONOMY' },
  { text: 'Mourners paid tribute to the victims.', word: 'paid', type: null },
  { text: 'The president paid a visit to the troops.', word: 'paid', type: null },
  { text: 'Investors paid attention to the dollar.', word: 'paid', type: null },
  // goods put right after a recall; not a chairman replaced or a price fixed
  { text: 'Dealers will replace the pumps free of charge.', word: 'replace', type: 'ECONOMY' },
  { text: 'We will fix every car.', word: 'fix', type: 'ECONOMY' },
  { text: 'Owners will have their coolant pumps replaced by the end of March.', word: 'replaced', type: 'ECONOMY' },
  { text: 'She replaced him as chairman in May.', word: 'replaced', type: null },
  { text: 'The council fixed a date for the vote.', word: 'fixed', type: null },
  // a public work closed; not markets, a purchase closed or the adjective
  { text: 'The old bridge was closed to heavy lorries in 2019.', word: 'closed', type: 'ECONOMY' },
  { text: 'The eruption forced the closure of the airport.', word: 'closure', type: 'ECONOMY' },
  { text: 'Shares closed higher on Friday.', word: 'closed', type: null },
  { text: 'Hradec expects to close the purchase of the chain next year.', word: 'close', type: null },
  { text: 'The school is close to the bridge.', word: 'close', type: null },
  // a diplomatic row: envoys summoned and expelled; not a court's summons, an evacuation, or a meal ordered
  { text: 'Gabon summoned the ambassador of Equatorial Guinea on Monday.', word: 'summoned', type: 'PROTEST' },
  { text: 'The envoy was summoned to the foreign ministry.', word: 'summoned', type: 'PROTEST' },
  { text: 'The former ambassador was summoned to appear in court.', word: 'summoned', type: null },
  { text: 'He was summoned as a witness.', word: 'summoned', type: null },
  { text: 'The government ordered four of his diplomats to leave the country within 72 hours.', word: 'ordered', type: 'COERCE' },
  { text: 'Five diplomats had been ordered out of the country.', word: 'ordered', type: 'COERCE' },
  { text: 'The four diplomats were declared persona non grata.', word: 'declared', type: 'COERCE' },
  { text: 'Police ordered residents to leave their homes.', word: 'ordered', type: null },
  { text: 'The minister declared the bridge open.', word: 'declared', type: null },
  { text: 'The court ordered a new trial.', word: 'ordered', type: null },
  // people let go: "freed the 14 traders", "the release of our citizens"
  { text: 'Equatorial Guinea has freed the 14 Gabonese traders.', word: 'freed', type: 'LEGAL' },
  { text: 'The release of our citizens is a decision of the authorities alone.', word: 'release', type: 'LEGAL' },
  { text: 'Activists released a video of the march.', word: 'released', type: null },
  // a post filled by naming someone; not a name given, a name in a report, or a place named after someone
  { text: 'The president will name a new health minister in the coming days.', word: 'name', type: 'POLITICAL' },
  { text: 'The club named Smith as interim coach on Monday.', word: 'named', type: 'POLITICAL' },
  { text: 'She named her successor last week.', word: 'named', type: 'POLITICAL' },
  { text: 'A man named Ali was arrested.', word: 'named', type: null },
  { text: 'The report named the minister responsible for the delays.', word: 'named', type: null },
  { text: 'The club named a new stadium after its founder.', word: 'named', type: null },
  // a supply that fails; not a news blackout
  { text: 'A nationwide blackout cut electricity to almost all of the country on Tuesday.', word: 'blackout', type: 'DISASTER' },
  { text: 'The outage left 40,000 homes without power.', word: 'outage', type: 'DISASTER' },
  { text: 'The army imposed a media blackout on the region.', word: 'blackout', type: null },
  // a place open to people closed and reopened by an authority or its owner; not a door closed on talks or a sale's close
  { text: 'Authorities closed six beaches around the port until further notice.', word: 'closed', type: 'ECONOMY' },
  { text: 'The chain will shut 58 stores by the end of March.', word: 'shut', type: 'ECONOMY' },
  // the places may stand six words on, past an amount and its share ("close about 40 of its 212 stores")
  { text: 'The company plans to close about 40 of its 212 stores.', word: 'close', type: 'ECONOMY' },
  { text: 'The index will close the week near its record, traders said of the stores sector.', word: 'close', type: null },
  { text: "The country's consulate in the city reopened on Thursday.", word: 'reopened', type: 'ECONOMY' },
  { text: 'The minister closed the door on further talks.', word: 'closed', type: null },
  { text: 'The park is close to the station.', word: 'close', type: null },
  // a craft or a system put to use; not a service that speaks, a memorial or one pressed into use
  { text: 'The new satellite is expected to begin service in the middle of next year.', word: 'service', type: 'ECONOMY' },
  { text: 'The bridge entered service in 1962.', word: 'service', type: 'ECONOMY' },
  { text: 'The fire service said two crews were at the scene.', word: 'service', type: null },
  { text: 'A memorial service was held on Sunday.', word: 'service', type: null },
  { text: 'Old buses were pressed into service during the strike.', word: 'service', type: null },
  // a fine imposed is the sentence's step; a firm bought with its name and apposition between
  { text: 'A court convicted the captain last week and fined the company 40 million CFA francs.', word: 'fined', type: 'LEGAL', phase: 'sentenced' },
  { text: 'It bought Tatra Potraviny, a Slovak chain of 210 stores, in 2021.', word: 'bought', type: 'ECONOMY' },
  { text: 'He bought a new shirt and a tie for the wedding.', word: 'bought', type: null },
  // cracks in a structure, found or denied; not a crackdown or cracks in a coalition
  { text: "The engineer found cracks in two of the bridge's concrete piers.", word: 'cracks', type: 'DISASTER' },
  { text: 'The report found marks on two piers but no cracks of structural significance.', word: 'cracks', type: 'DISASTER' },
  { text: 'The police cracks down on street vendors every summer.', word: 'cracks', type: null },
  { text: 'The vote exposed cracks in the ruling coalition.', word: 'cracks', type: null },
  // a public work's load tests (campaign phases); not a patient's tests
  { text: 'Load tests on the new bridge began over the weekend.', word: 'tests', type: 'ECONOMY', phase: 'under-way' },
  { text: 'The hospital ran more tests on the patient.', word: 'tests', type: null },
  // buying a company, not shares or goods
  { text: 'Norden Mills bought a smaller flour maker in 2022.', word: 'bought', type: 'ECONOMY' },
  { text: 'Hradec plans to complete the purchase in the first quarter.', word: 'purchase', type: 'ECONOMY' },
  { text: 'Investors bought shares in the company on Monday.', word: 'bought', type: null },
  { text: 'She bought a new car last week.', word: 'bought', type: null },
  // quitting or vacating an office
  { text: 'His predecessor quit over the contract last year.', word: 'quit', type: 'POLITICAL' },
  { text: 'The mayor will vacate her office in May.', word: 'vacate', type: 'POLITICAL' },
  { text: 'He quit smoking in 2010.', word: 'quit', type: null },
  { text: 'She quit her job at the bakery.', word: 'quit', type: null },
  // water let out of a reservoir (campaign phases); not prisoners, figures or interest rates
  { text: 'Engineers began a controlled release of water from the reservoir on Friday.', word: 'release', type: 'ECONOMY', phase: 'under-way' },
  { text: 'The controlled release of water ended on Saturday night.', word: 'release', type: 'ECONOMY' },
  { text: 'Engineers would lower the reservoir by three metres.', word: 'lower', type: 'ECONOMY' },
  { text: 'The ministry released figures on water use on Monday.', word: 'released', type: null },
  { text: 'The central bank lowered its rate to 1.5 per cent.', word: 'lowered', type: 'ECONOMY', phase: 'decided' },
  // an alert lowered is the alert's (events 1.71.0), still no release of water
  { text: 'The agency lowered the alert level for the region.', word: 'lowered', type: 'DISASTER', lemma: 'warning' },
  // water over what holds it is a flood; not coffee poured or a crowd spilling over
  { text: "In 2005 floodwater poured over the dam's spillway.", word: 'poured', type: 'DISASTER' },
  { text: 'The river overflowed its banks near the town.', word: 'overflowed', type: 'DISASTER' },
  { text: 'She poured coffee over the table.', word: 'poured', type: null },
  { text: 'The crowd spilled over into the street.', word: 'spilled', type: null },
  // a structure gives way; not a side giving way to pressure
  { text: 'A local television station reported that part of the dam wall had given way.', word: 'given', type: 'DISASTER' },
  { text: 'The old roof gave way under the snow.', word: 'gave', type: 'DISASTER' },
  { text: 'The wall of silence gave way to protests.', word: 'gave', type: null },
  { text: 'The government gave way on the pension reform.', word: 'gave', type: null },
  // a dam or a levee breached collapses; a contract breached is a violation
  { text: 'The dam has not breached, the water administration said.', word: 'breached', type: 'DISASTER' },
  { text: 'Floodwater poured through a breach in the levee overnight.', word: 'breach', type: 'DISASTER' },
  { text: 'The company breached the contract in March.', word: 'breached', type: 'VIOLATE' },
  // repairs to a structure's damage; not fixed prices
  { text: "Repairs to the crack in the dam's wall will begin in June.", word: 'Repairs', type: 'ECONOMY' },
  { text: 'The repairs to his reputation took years.', word: 'repairs', type: null },
  // a cracked structure; not a code cracked
  { text: 'Water rose behind the cracked dam overnight.', word: 'cracked', type: 'DISASTER' },
  { text: 'Hackers cracked the password in minutes.', word: 'cracked', type: null },
  // aircraft grounded, inspected, back in service; flights cancelled; people hurt
  { text: 'The carrier grounded all 12 of its turboprops on Monday.', word: 'grounded', type: 'ECONOMY' },
  { text: 'The grounding forced the airline to cancel about 120 flights.', word: 'grounding', type: 'ECONOMY' },
  { text: 'The grounding forced the airline to cancel about 120 flights.', word: 'cancel', type: 'ECONOMY' },
  { text: 'Ground troops crossed the border at dawn.', word: 'Ground', type: null },
  { text: 'Rescuers on the ground said the plane had broken up.', word: 'ground', type: null },
  { text: 'Engineers began the inspections on Monday afternoon.', word: 'inspections', type: 'ECONOMY', phase: 'under-way' },
  { text: 'Every one of the 12 aircraft has been inspected.', word: 'inspected', type: 'ECONOMY' },
  { text: 'The documents are open for inspection.', word: 'inspection', type: null },
  { text: 'The aircraft could be back in service within days.', word: 'back', type: 'ECONOMY' },
  { text: 'The turboprops will not fly again before October.', word: 'fly', type: 'ECONOMY' },
  { text: 'The airline will return its turboprops to service on Monday.', word: 'return', type: 'ECONOMY' },
  { text: 'She came back in the evening.', word: 'back', type: null },
  { text: 'The minister will fly to Oslo on Monday.', word: 'fly', type: null },
  { text: 'The union said the strike was cancelled.', word: 'cancelled', type: null },
  { text: 'Five passengers were hurt in the evacuation.', word: 'hurt', type: 'CASUALTY' },
  { text: 'The strike hurt exports in May.', word: 'hurt', type: null },
  // people out of their homes: the evacuation in other words; not a commute, not any force (the learned tagger's generic
  // OCCURRENCE is all a storm forcing homes off the grid gets)
  { text: 'The blizzard left thousands of homes without power.', word: 'left', type: null },
  { text: 'Residents were told to leave their homes on Tuesday.', word: 'leave', type: 'CASUALTY' },
  { text: 'The fire forced about 900 people from their homes.', word: 'forced', type: 'CASUALTY' },
  { text: 'Some 12,400 people had fled their villages.', word: 'fled', type: 'CASUALTY' },
  { text: 'He left home at seven every morning.', word: 'left', type: null },
  { text: 'The storm forced hundreds of homes off the grid, without power for days.', word: 'forced', type: 'OCCURRENCE' },
  { text: 'The scandal forced the minister to apologise.', word: 'forced', type: null },
  // the return home after an evacuation, in other words
  { text: 'People could go back to their homes soon, she said.', word: 'go', type: 'CASUALTY' },
  { text: 'Residents will not be allowed home before the level falls.', word: 'allowed', type: 'CASUALTY' },
  { text: 'We will go back to the negotiating table.', word: 'go', type: null },
  { text: 'Visitors are allowed in until six.', word: 'allowed', type: null },
  // an extradition, not the hearing, request or treaty it names
  { text: 'The court approved his extradition to Peru on Tuesday.', word: 'extradition', type: 'LEGAL' },
  { text: 'An extradition hearing is expected in the coming weeks.', word: 'extradition', type: null },
  { text: 'The two countries signed an extradition treaty in 1987.', word: 'extradition', type: null },
  // people handed over from one holder to another; not power, a report, a command or hands
  { text: 'The fishermen will be handed over to officials at the port on Friday.', word: 'handed', type: 'LEGAL' },
  { text: 'Police handed over the suspect to the federal authorities.', word: 'handed', type: 'LEGAL' },
  { text: 'The handover will now take place early next week.', word: 'handover', type: 'LEGAL' },
  { text: 'The commission handed over its report to the president.', word: 'handed', type: null },
  { text: 'The general handed over command to his deputy in June.', word: 'handed', type: null },
  { text: 'The handover of power to the new cabinet was peaceful.', word: 'handover', type: null },
  { text: 'She held her hands over her ears.', word: 'hands', type: null },
  { text: 'He handed a letter to the guard.', word: 'handed', type: null },
  // a court's ruling on an appeal, not the court that hears it, and no other rejection or dismissal
  { text: 'Three judges threw out his appeal against the sentence.', word: 'threw', type: 'LEGAL' },
  { text: 'The appeals chamber rejected the appeal on Tuesday.', word: 'rejected', type: 'LEGAL' },
  { text: 'The High Court upheld the conviction last week.', word: 'upheld', type: 'LEGAL' },
  { text: 'The judge dismissed the petition as groundless.', word: 'dismissed', type: 'LEGAL' },
  { text: 'The appeals chamber rejected the appeal on Tuesday.', word: 'appeals', type: null },
  { text: 'The union rejected the offer on Monday.', word: 'rejected', type: 'REJECT' },
  { text: 'The customs service has dismissed the deputy director.', word: 'dismissed', type: null },
  { text: 'Residents threw out furniture ruined by the flood.', word: 'threw', type: null },
  // an appeal named by what is done to it
  { text: 'The chamber rejected Villaverde\'s appeal on July 7.', word: 'appeal', type: 'LEGAL' },
  { text: 'His lawyers lodged an appeal on Friday.', word: 'appeal', type: 'LEGAL' },
  { text: 'The old harbour has lost much of its appeal since the port closed.', word: 'appeal', type: null },
  // events 1.58.0: civil justice, police acts, court steps and penalties named by other words; figurative uses are none
  { text: 'The family has sued the port authority for negligence.', word: 'sued', type: 'LEGAL', lemma: 'sue' },
  { text: 'Worn down by the siege, the rebels sued for peace.', word: 'sued', type: 'REQUEST' },
  { text: 'Three cabin crew filed a lawsuit against the airline.', word: 'lawsuit', type: 'LEGAL' },
  { text: 'The group lodged a complaint with prosecutors over the dumping.', word: 'complaint', type: 'LEGAL' },
  { text: 'The hotel received a complaint from a guest about the noise.', word: 'complaint', type: null },
  { text: 'The carmaker will pay 90 million dollars to settle the claims.', word: 'settle', type: 'LEGAL' },
  { text: 'The two firms reached an out-of-court settlement in their patent dispute.', word: 'settlement', type: 'LEGAL' },
  { text: 'The family settled in Ravel after the war.', word: 'settled', type: null },
  { text: 'The settlement of 400 homes was built on the hill.', word: 'settlement', type: null },
  { text: 'The court issued an injunction halting the works.', word: 'injunction', type: 'LEGAL', lemma: 'rule' },
  { text: 'The regulator launched proceedings against the insurer.', word: 'proceedings', type: 'LEGAL' },
  { text: 'The regulator launched proceedings against the insurer.', word: 'launched', type: null },
  { text: 'The proceedings of the conference were published in May.', word: 'proceedings', type: null },
  { text: 'The lawyer was disbarred for misusing client funds.', word: 'disbarred', type: 'LEGAL' },
  { text: 'The medical council struck off the surgeon on Monday.', word: 'struck', type: 'LEGAL', lemma: 'disbar' },
  { text: 'The quake struck off the coast of Merrow.', word: 'struck', type: null },
  { text: 'Officers raided the headquarters of the firm on Tuesday.', word: 'raided', type: 'LEGAL', lemma: 'search' },
  { text: 'Investigators carried out dawn raids on eleven addresses.', word: 'raids', type: 'LEGAL' },
  { text: 'The city was hit by an air raid overnight.', word: 'raid', type: null },
  { text: 'Federal agents searched the senator\'s home on Thursday.', word: 'searched', type: 'LEGAL' },
  { text: 'Divers searched for survivors near the wreck.', word: 'searched', type: 'CASUALTY' },
  { text: 'Police in Hadrin picked up the suspect late on Friday.', word: 'picked', type: 'LEGAL', phase: 'arrested' },
  { text: 'The economy picked up in the second quarter.', word: 'picked', type: null },
  { text: 'The three men remain in custody.', word: 'custody', type: 'LEGAL', phase: 'arrested', lemma: 'detain' },
  { text: 'The court awarded her custody of the children.', word: 'custody', type: null },
  { text: 'Police are holding the driver of the lorry.', word: 'holding', type: 'LEGAL', phase: 'arrested' },
  { text: 'The law would let police hold suspects for 30 days.', word: 'hold', type: null },
  { text: 'The court ordered the release of the seven sailors held since March.', word: 'held', type: 'LEGAL', phase: 'arrested' },
  { text: 'The activists held banners outside the embassy.', word: 'held', type: null },
  { text: 'The writer left prison on Saturday.', word: 'left', type: 'LEGAL', phase: 'released', lemma: 'release' },
  { text: 'The writer left Ravel on Saturday.', word: 'left', type: null },
  { text: 'The Supreme Court will hear the appeal in March.', word: 'hear', type: 'LEGAL' },
  { text: 'Residents heard the news on the radio.', word: 'heard', type: null },
  { text: 'The former director will testify against his partners.', word: 'testify', type: 'LEGAL' },
  { text: 'The accountant admitted two counts of fraud.', word: 'admitted', type: 'LEGAL', phase: 'charged' },
  { text: 'The driver was admitted to hospital with burns.', word: 'admitted', type: null },
  { text: 'The defendant entered a plea of not guilty.', word: 'plea', type: 'LEGAL', phase: 'charged' },
  { text: 'He agreed to a plea deal with prosecutors.', word: 'plea', type: 'LEGAL' },
  { text: 'Her plea for calm was broadcast on television.', word: 'plea', type: 'REQUEST' },
  { text: 'The jury returned a not guilty verdict on Friday.', word: 'verdict', type: 'LEGAL', phase: 'acquitted' },
  { text: 'The jury returned a guilty verdict on Friday.', word: 'verdict', type: 'LEGAL', phase: 'convicted' },
  { text: 'The teenager was given two years\' probation.', word: 'probation', type: 'LEGAL', phase: 'sentenced' },
  { text: 'She spoke to her probation officer on Monday.', word: 'probation', type: null },
  { text: 'A military tribunal handed the colonel a 12-year jail term.', word: 'term', type: 'LEGAL', phase: 'sentenced' },
  { text: 'The president\'s term ends in May.', word: 'term', type: null },
  { text: 'The prisoner was released on parole in June.', word: 'parole', type: 'LEGAL' },
  { text: 'He was jailed for life without parole.', word: 'parole', type: null },
  { text: 'The governor commuted the death sentences of four inmates.', word: 'commuted', type: 'LEGAL' },
  { text: 'The governor commuted the death sentences of four inmates.', word: 'death', type: null },
  { text: 'Her daily commute to the city takes an hour.', word: 'commute', type: null },
  { text: 'Immigration officials issued a deportation order against the blogger.', word: 'deportation', type: 'LEGAL' },
  { text: 'A court in Lessing approved the extradition of the hacker.', word: 'approved', type: 'LEGAL', lemma: 'rule' },
  { text: 'A federal judge blocked the government\'s plan.', word: 'blocked', type: 'LEGAL', lemma: 'rule' },
  { text: 'Protesters blocked the road to the airport.', word: 'blocked', type: null },
  { text: 'The judges dismissed the case against him.', word: 'dismissed', type: 'LEGAL' },
  { text: 'Federal agents opened a bribery probe.', word: 'probe', type: 'LEGAL' },
  { text: 'Critics called the reform a case of arrested development.', word: 'arrested', type: null },
  { text: 'The new menu is meant to appeal to younger diners.', word: 'appeal', type: null },
  { text: 'He appealed to residents to stay indoors.', word: 'appealed', type: 'REQUEST' },
  { text: 'The trial was suspended after a fire broke out in the court building.', word: 'fire', type: 'DISASTER', phase: null },
  { text: 'Magistrates sent the case to a higher court for trial.', word: 'trial', type: 'LEGAL', phase: 'charged' },
  { text: 'The defendants are on trial for smuggling weapons.', word: 'trial', type: 'LEGAL', phase: 'on-trial' },
  // disasters named by other words; a figurative storm or avalanche is none
  { text: 'The heatwave is expected to peak on Friday.', word: 'heatwave', type: 'DISASTER' },
  { text: 'The cargo ship ran aground off the coast of Merrow.', word: 'aground', type: 'DISASTER', phase: 'struck' },
  { text: 'The derailment near Kessel killed two people.', word: 'derailment', type: 'DISASTER' },
  { text: 'The derailment of the peace talks angered both sides.', word: 'derailment', type: null },
  { text: 'The avalanche of emails overwhelmed the servers.', word: 'avalanche', type: null },
  { text: 'The minister weathered the storm over her expenses.', word: 'storm', type: null },
  // issues 12 and 18: words stories are told with, each in its news sense, with the other senses ruled out
  { text: 'He denies the charges, his lawyer said outside the court.', word: 'charges', type: 'LEGAL', lemma: 'charge' },
  { text: 'The commissioner said so, announcing the charges.', word: 'charges', type: 'LEGAL' },
  { text: 'The clinic charges patients for every visit.', word: 'charges', type: null },
  { text: 'The crew have been held since October 3.', word: 'held', type: 'LEGAL', lemma: 'detain' },
  { text: 'The traders were held for weeks without charge.', word: 'held', type: 'LEGAL', lemma: 'detain' },
  { text: 'The crew have been held up by bad weather.', word: 'held', type: null },
  { text: 'The two ministers held talks for weeks without a deal.', word: 'held', type: null },
  { text: 'The summit was held for two days in Geneva.', word: 'held', type: null },
  { text: 'An inquiry found that the anchor had dragged across the pipeline.', word: 'inquiry', type: 'LEGAL', lemma: 'investigate' },
  { text: 'The company could face a fine once an inquiry has established the cause.', word: 'inquiry', type: 'LEGAL' },
  { text: 'Thank you for your inquiry, which was answered.', word: 'inquiry', type: null },
  { text: 'The company could face a fine under the coastal protection law.', word: 'fine', type: 'LEGAL', lemma: 'sentence' },
  { text: 'The owner paid a fine imposed by a court last week.', word: 'fine', type: 'LEGAL' },
  { text: 'It was a fine day for a walk.', word: 'fine', type: null },
  { text: 'He walked a fine line between the two camps.', word: 'fine', type: null },
  { text: 'The speech paid a fine tribute to the nurses.', word: 'fine', type: null },
  { text: 'The judge passed sentence on Friday.', word: 'sentence', type: 'LEGAL' },
  { text: 'He will appeal against both the conviction and the sentence.', word: 'sentence', type: 'LEGAL' },
  { text: 'The sentence is the heaviest in a customs case since 2018.', word: 'sentence', type: 'LEGAL' },
  { text: 'He wrote the longest sentence in the book.', word: 'sentence', type: null },
  { text: 'She requested a meeting with the minister.', word: 'requested', type: null },
  { text: 'The union will ask the court to quash the police order.', word: 'order', type: 'COERCE', lemma: 'ban' },
  { text: 'The country suspended visa services for its neighbours on Friday.', word: 'suspended', type: 'SANCTION', lemma: 'visa-suspension' },
  { text: 'Its visa services there remain suspended.', word: 'suspended', type: 'SANCTION' },
  { text: 'The league suspended the player for visa fraud.', word: 'suspended', type: null },
  // rate moves named by their size or by the committee's vote; spending and pay cuts are none
  { text: 'Two members voted for a quarter-point cut.', word: 'cut', type: 'ECONOMY', lemma: 'cut' },
  { text: 'The committee voted 6-1 for the cut, with one member against.', word: 'cut', type: 'ECONOMY' },
  { text: 'The bank last eased in October, when it cut by a quarter point.', word: 'cut', type: 'ECONOMY' },
  { text: 'A reduction in interest rates is expected.', word: 'reduction', type: 'ECONOMY', lemma: 'cut' },
  { text: 'The committee approved the cut in funding for schools.', word: 'cut', type: null },
  { text: 'The government plans a reduction in spending.', word: 'reduction', type: null },
  { text: 'The firm cut by half its spending on advertising.', word: 'cut', type: null },
  // "a great deal of", "deal with" are no deal (a takeover before its regulator was tried and withdrawn: docs/events.md)
  { text: 'It took a great deal of effort to win approval.', word: 'deal', type: null },
  { text: 'We will deal with the approval later.', word: 'deal', type: null },
  // a recall by its reach or size; remembering is none
  { text: 'The carmaker widened the recall on Wednesday to a second model.', word: 'recall', type: 'ECONOMY', lemma: 'recall' },
  { text: "It is the maker's second large recall in five years.", word: 'recall', type: 'ECONOMY' },
  { text: 'I cannot recall large crowds like this.', word: 'recall', type: null },
  // a public work's opening named by its rite; a pastry ribbon and a memorial ceremony are none
  { text: 'The president is expected to cut the ribbon.', word: 'cut', type: 'ECONOMY', lemma: 'open' },
  { text: 'The president will open the bridge at a ceremony on the eastern bank.', word: 'ceremony', type: 'ECONOMY', lemma: 'open' },
  { text: 'The chef cut the ribbon of pastry into strips.', word: 'cut', type: null },
  { text: 'A memorial ceremony was held near the bridge.', word: 'ceremony', type: null },
  // a leak stopped and works repaired; a deal sealed and an area sealed off are none
  { text: 'Divers sealed the broken undersea pipeline on Thursday.', word: 'sealed', type: 'ECONOMY', lemma: 'repair' },
  { text: 'A transformer at the substation was repaired in March.', word: 'repaired', type: 'ECONOMY' },
  { text: 'The two leaders sealed the agreement with a handshake.', word: 'sealed', type: null },
  { text: 'Police sealed off the pipeline area.', word: 'sealed', type: null },
  // a space flight is a launch; an airliner's is none
  { text: 'The satellite will share the flight with six smaller satellites.', word: 'flight', type: 'ECONOMY', lemma: 'launch' },
  { text: 'The flight to Paris was delayed.', word: 'flight', type: null },
  { text: 'She climbed a flight of stairs to the office.', word: 'flight', type: null },
  // tariffs named by their start or what they cover; a person's duties are none
  { text: 'Steelmakers had cut shifts since the tariffs began.', word: 'tariffs', type: 'SANCTION', lemma: 'tariff' },
  { text: 'The duties cover some $2 billion of steel a year.', word: 'duties', type: 'SANCTION' },
  { text: 'Her duties cover the whole region.', word: 'duties', type: null },
  // markets and talks collapsing are no collapse (the participle "the collapsed mine" was tried and withdrawn: docs/events.md)
  { text: 'Share prices collapsed on Monday.', word: 'collapsed', type: null },
  { text: 'The collapsed talks left both sides angry.', word: 'collapsed', type: null },
  // an oil spill or leak, and its clean-up, read only where another sentence of the report names the oil's source or
  // the spill: one sentence alone ("a clean-up of the oil spill") is none, as are leaked documents and a leak site
  { text: 'A pipeline broke off the coast on Sunday. About 150 tonnes of crude had leaked by Monday.', word: 'leaked', type: 'DISASTER', lemma: 'spill' },
  { text: 'The tanker was loading at the terminal. About 30 tonnes of fuel oil spilled into the harbour.', word: 'spilled', type: 'DISASTER', lemma: 'spill' },
  { text: 'Crude oil poured from the broken pipeline. The leak had not been stopped by Monday.', word: 'leak', type: 'DISASTER', lemma: 'spill' },
  { text: 'About 30 tonnes of fuel oil spilled into the harbour.', word: 'spilled', type: null },
  { text: 'The leak had not been stopped by Monday.', word: 'leak', type: null },
  { text: 'The ship docked on Monday. A report said the leaked documents named the owners.', word: 'leaked', type: null },
  { text: 'The oil terminal was hit by hackers. The group posted the files on its leak site.', word: 'leak', type: null },
  { text: 'Oil spilled from a tanker on Sunday. Crews began a clean-up on Monday.', word: 'clean-up', type: 'AID', lemma: 'clean-up' },
  { text: 'Crews began the clean-up of the oil spill on Monday.', word: 'clean-up', type: null },
  { text: 'The storm passed on Sunday. Volunteers joined the clean-up of the park.', word: 'clean-up', type: null },
  // a filing for protection from creditors, read only where another sentence names the creditors or the insolvency
  { text: 'The chain owes its creditors C$410 million. It filed for creditor protection on Monday.', word: 'filed', type: 'ECONOMY', lemma: 'bankruptcy' },
  { text: 'The chain owes its creditors C$410 million. It sought court protection on Monday.', word: 'sought', type: 'ECONOMY', lemma: 'bankruptcy' },
  { text: 'The chain owes its creditors C$410 million. In 2015 it filed under the same law.', word: 'filed', type: 'ECONOMY', lemma: 'bankruptcy' },
  { text: 'The chain filed for creditor protection on Monday.', word: 'filed', type: null },
  { text: 'The chain owes its creditors C$410 million. The witness sought police protection.', word: 'sought', type: null },
  { text: 'The chain owes its creditors C$410 million. It filed a report with the court.', word: 'filed', type: null },
  // events 1.69.0 (issue 18): legal and economy senses read by context, with their other senses as negatives
  { text: 'The driver was bailed until next month pending further tests.', word: 'bailed', type: 'LEGAL', phase: 'released' },
  { text: 'The state bailed out the lender in 2009.', word: 'bailed', type: null },
  { text: 'The government bailed the bank out in 2009.', word: 'bailed', type: null },
  { text: 'Police remanded the suspect in custody until his trial in June.', word: 'remanded', type: 'LEGAL', phase: 'arrested' },
  { text: 'The judge remanded the man in custody until his next appearance on Friday.', word: 'appearance', type: 'LEGAL' },
  // a later time after "until" ends the remand, which has happened (refiners.ts endsState)
  { text: 'The two men were remanded in custody until their next court date on May 20.', word: 'remanded', type: 'LEGAL', phase: 'arrested' },
  { text: 'The striker made his first appearance for the club on Friday.', word: 'appearance', type: null },
  { text: 'Talks on the release of the envoy, who had been held since May, ended on Monday.', word: 'held', type: 'LEGAL' },
  { text: 'He was acquitted of theft but convicted on a reduced charge of handling stolen goods.', word: 'charge', type: 'LEGAL' },
  { text: 'Tenants were charged a fee for every late payment.', word: 'charged', type: null },
  { text: 'The gym charges a joining fee of 20 euros.', word: 'charges', type: null },
  { text: 'The banker is serving a seven-year term for fraud.', word: 'term', type: 'LEGAL', phase: 'sentenced' },
  { text: 'The governor is serving a four-year term as head of the region.', word: 'term', type: null },
  { text: 'Two miners were freed from the rubble after a day underground.', word: 'freed', type: 'CASUALTY' },
  { text: 'Two reporters were freed from prison on Monday.', word: 'freed', type: 'LEGAL', phase: 'released' },
  { text: 'The vaccine did well in a late-stage trial in Brazil.', word: 'trial', type: null },
  { text: 'Results of the trial involving older patients were published.', word: 'trial', type: null },
  { text: 'The festival, which has been held since 2010 in Riga, drew 9,000 people.', word: 'held', type: null },
  { text: 'The trial of the two volunteers accused of arson opened on Monday.', word: 'trial', type: 'LEGAL' },
  { text: 'The hit film, which follows a murder trial in Lisbon, opened this week.', word: 'trial', type: null },
  { text: 'The town has lost much of its appeal for visitors.', word: 'appeal', type: null },
  { text: 'The brand has broad appeal among young buyers.', word: 'appeal', type: null },
  { text: 'The mayor renewed her appeal for calm on Sunday.', word: 'appeal', type: 'REQUEST' },
  { text: 'Volunteers brought two rescued dogs to the shelter.', word: 'rescued', type: null },
  { text: 'Pupils were given detention for being late.', word: 'detention', type: null },
  { text: 'The editor walked free from court on Tuesday.', word: 'walked', type: 'LEGAL', phase: 'released' },
  { text: 'The officials denied accepting bribes from the contractor.', word: 'accepting', type: null },
  { text: 'Kim accepted the invitation on Monday.', word: 'accepted', type: 'AGREE' },
  { text: 'The insurer is shedding 1,200 jobs in Europe.', word: 'shedding', type: 'ECONOMY', lemma: 'layoff' },
  { text: 'The carmaker axed 300 positions at its plant.', word: 'axed', type: 'ECONOMY', lemma: 'layoff' },
  { text: 'The report shed light on the scheme.', word: 'shed', type: null },
  { text: 'Retailers slashed prices before the holidays.', word: 'slashed', type: null },
  { text: 'Orlen agreed to buy the Polish software developer Nexa for 200 million euros.', word: 'buy', type: 'ECONOMY', lemma: 'acquire' },
  { text: 'The paper mill closed in 2019.', word: 'closed', type: 'ECONOMY', lemma: 'close' },
  { text: 'The city closed two homeless shelters in May.', word: 'closed', type: 'ECONOMY' },
  { text: 'Vexa Pay raised 40 million euros from investors.', word: 'Pay', type: null },
  { text: 'The shipping group went bankrupt in 2016.', word: 'bankrupt', type: 'ECONOMY', lemma: 'bankruptcy' },
  { text: 'The bankrupt retailer closed its doors.', word: 'bankrupt', type: null },
  { text: 'The group completed the sale of its glass division to a rival.', word: 'sale', type: 'ECONOMY', lemma: 'acquire' },
  { text: 'The sale of the house took six months.', word: 'sale', type: null },
  { text: 'The app maker raised 300 million dollars in its initial public offering.', word: 'offering', type: 'ECONOMY', lemma: 'ipo' },
  { text: 'The church collected the offering on Sunday.', word: 'offering', type: null },
  // events 1.70.0 (sentences written for these rows): property given back or lent, not a person's return or a bank's loan
  { text: 'The British Museum returned 20 looted bronzes to Nigeria on Friday.', word: 'returned', type: 'ECONOMY', lemma: 'handover' },
  { text: 'The statue was returned to Greece last year.', word: 'returned', type: 'ECONOMY', lemma: 'handover' },
  { text: 'The minister returned to Kyiv on Monday.', word: 'returned', type: null },
  { text: 'He filed his tax return late.', word: 'return', type: null },
  { text: 'The museum handed the masks back to the community at a ceremony.', word: 'handed', type: 'ECONOMY', lemma: 'handover' },
  { text: 'The rebels handed power back to the civilian government.', word: 'handed', type: null },
  { text: 'The gallery gave the sculptures and 12 other objects to the national museum.', word: 'gave', type: 'ECONOMY', lemma: 'handover' },
  { text: 'She gave back to the community through her charity.', word: 'gave', type: null },
  { text: 'The walls gave way under the weight of the water.', word: 'gave', type: 'DISASTER', lemma: 'collapse' },
  { text: 'The Louvre lent the statue to a museum in Abu Dhabi.', word: 'lent', type: 'ECONOMY', lemma: 'loan' },
  { text: 'The bank lent the city a large sum.', word: 'lent', type: null },
  { text: 'The unions lent their support to the strike.', word: 'lent', type: null },
  // workings closed, job losses, notices, the cuts as a subject; not a finger cut, a firm's losses, one coach's job
  { text: 'The company will shut down the paper machine in April.', word: 'shut', type: 'ECONOMY', lemma: 'close' },
  { text: 'The company closed two furnaces at the steel works.', word: 'closed', type: 'ECONOMY', lemma: 'close' },
  { text: 'The families said they needed closure after the trial.', word: 'closure', type: null },
  { text: 'She cut her finger on the knife.', word: 'cut', type: null },
  { text: 'Officials said the job losses would hit the town hard.', word: 'losses', type: 'ECONOMY', lemma: 'cut' },
  { text: 'The firm reported heavy losses of its own.', word: 'losses', type: null },
  { text: 'About 300 people could lose their jobs.', word: 'lose', type: 'ECONOMY', lemma: 'cut' },
  { text: 'He lost his job as coach after the defeat.', word: 'lost', type: null },
  { text: 'The closure will cost 300 jobs.', word: 'cost', type: 'ECONOMY', lemma: 'cut' },
  { text: 'The bridge will cost a fortune.', word: 'cost', type: null },
  { text: 'The bakery issued redundancy notices to 40 staff.', word: 'notices', type: 'ECONOMY', lemma: 'notice' },
  { text: 'The road stays closed until further notice.', word: 'notice', type: null },
  // an evacuation by its verbs, a restart, the disaster; not a firm moving, dogs taken to shelters, a career restarted
  { text: 'Residents were moved out of the area overnight.', word: 'moved', type: 'CASUALTY', lemma: 'evacuate' },
  { text: 'The company moved out of its offices in 2019.', word: 'moved', type: null },
  { text: 'About 2,000 families were taken to shelters in the city centre.', word: 'taken', type: 'CASUALTY', lemma: 'evacuate' },
  { text: 'Stray dogs were taken to shelters in the city.', word: 'taken', type: null },
  { text: 'The company hopes to restart two of its production lines in the autumn.', word: 'restart', type: 'ECONOMY', lemma: 'restore' },
  { text: 'She restarted her career as a painter.', word: 'restarted', type: null },
  { text: 'The report blamed the company for the disaster.', word: 'disaster', type: 'DISASTER', lemma: 'disaster' },
  { text: 'The minister visited the disaster zone on Monday.', word: 'disaster', type: null },
  // a petition or challenge in court, voters rejecting by a share, the voting system; not a signed petition, a poll
  { text: 'The opposition will file a petition at the Supreme Court.', word: 'petition', type: 'LEGAL', lemma: 'petition' },
  { text: 'More than 10,000 people signed a petition against the road.', word: 'petition', type: null },
  { text: 'The party will challenge the result in court.', word: 'challenge', type: 'LEGAL', lemma: 'petition' },
  { text: 'The challenges facing the court system are huge.', word: 'challenges', type: null },
  { text: 'In 2012, 56 percent of voters rejected the merger of the two councils.', word: 'rejected', type: 'POLITICAL', lemma: 'vote' },
  { text: 'Most voters rejected the idea, the poll found.', word: 'rejected', type: 'REJECT' },
  { text: 'The reform would change the voting system.', word: 'voting', type: null },
  // events 1.71.0 (sentences written for these rows): rationing and its easing, a crowd crush, a service halted and
  // resumed, a power loss, an alert raised or lowered, people moved out of villages; and their look-alikes
  { text: 'The city will ration water from Monday.', word: 'ration', type: 'ECONOMY', lemma: 'ration' },
  { text: 'Each soldier received a daily ration of bread.', word: 'ration', type: null },
  { text: 'It was a rational decision by the board.', word: 'rational', type: null },
  { text: 'The council ended water rationing on Friday.', word: 'rationing', type: 'ECONOMY', lemma: 'ration' },
  { text: 'Residents face weekly water cuts from Monday.', word: 'cuts', type: 'ECONOMY', lemma: 'ration' },
  { text: 'The government announced spending cuts on Monday.', word: 'cuts', type: null },
  { text: 'Water restrictions stayed in force for a year.', word: 'restrictions', type: 'ECONOMY', lemma: 'ration' },
  { text: 'The country eased restrictions on imports of steel.', word: 'restrictions', type: null },
  { text: 'The council will ease water rationing from December 15.', word: 'ease', type: 'ECONOMY', lemma: 'ease' },
  { text: 'Tensions eased after the talks on Monday.', word: 'eased', type: null },
  { text: 'Four people were killed in a crush at the stadium entrance.', word: 'crush', type: 'DISASTER', lemma: 'crush' },
  { text: 'Two fans died in a stampede after the final.', word: 'stampede', type: 'DISASTER', lemma: 'crush' },
  { text: 'The army vowed to crush the rebellion in the north.', word: 'crush', type: null },
  { text: 'He admitted he had a crush on his teacher.', word: 'crush', type: null },
  { text: 'The rally set off a stampede of investors into gold.', word: 'stampede', type: null },
  { text: 'The minister said the findings of the inquiry would be published in May.', word: 'findings', type: 'LEGAL', lemma: 'inquiry-report' },
  { text: 'A storm suspended the ferry service on Tuesday.', word: 'suspended', type: 'ECONOMY', lemma: 'suspend' },
  { text: 'Sailings were halted on Monday as swells rose.', word: 'halted', type: 'ECONOMY', lemma: 'suspend' },
  { text: 'The army halted its advance on the city.', word: 'halted', type: null },
  { text: 'He was given a suspended sentence of six months.', word: 'suspended', type: null },
  { text: 'The operator expects to resume sailings on Thursday.', word: 'resume', type: 'ECONOMY', lemma: 'restore' },
  { text: 'The two sides agreed to resume talks next week.', word: 'resume', type: null },
  { text: 'Ferries will start crossing the strait again on Friday.', word: 'start', type: 'ECONOMY', lemma: 'restore' },
  { text: 'Migrants started crossing the border at night.', word: 'started', type: null },
  { text: 'The ferries will sail again on Saturday morning.', word: 'sail', type: 'ECONOMY', lemma: 'restore' },
  { text: 'She took up sailing at the age of ten.', word: 'sailing', type: null },
  { text: 'A post claimed the ship had lost power in mid-strait.', word: 'lost', type: 'DISASTER', lemma: 'power-loss' },
  { text: 'The party lost power in the 2019 election.', word: 'lost', type: null },
  { text: 'Ecuador raised the alert for the volcano to orange on Monday.', word: 'raised', type: 'DISASTER', lemma: 'warning' },
  { text: 'The union raised concerns about the plan.', word: 'raised', type: null },
  { text: 'The agency lowered the alert to yellow on Friday.', word: 'lowered', type: 'DISASTER', lemma: 'warning' },
  { text: 'The authorities began moving about 1,800 people out of villages on the slopes.', word: 'moving', type: 'CASUALTY', lemma: 'evacuate' },
  { text: 'The firm began moving its staff to a new office.', word: 'moving', type: null },
  { text: 'The crane lifted the box onto the lorry.', word: 'lifted', type: null },
  // events 1.72.0 (sentences written for these rows): an exam leak, a re-sit, an exam's sitting and its paper cancelled, a
  // hunger strike in other words, force-feeding, a declared emergency; and their look-alikes
  { text: 'The chemistry paper leaked online the night before the exam.', word: 'leaked', type: 'LEGAL', lemma: 'exam-leak' },
  { text: 'Police arrested two clerks over a leak of the exam questions.', word: 'leak', type: 'LEGAL', lemma: 'exam-leak' },
  { text: 'The national exam was called off on Monday. Police said the leak came from a printing firm.', word: 'leak', type: 'LEGAL', lemma: 'exam-leak' },
  { text: 'Residents were evacuated after a gas leak on Monday.', word: 'leak', type: null },
  { text: 'The memo leaked to reporters on Monday.', word: 'leaked', type: null },
  { text: 'About 3,000 candidates will re-sit the paper next week.', word: 're-sit', type: 'ECONOMY', lemma: 'resit' },
  { text: 'The biology exam was leaked last year. Pupils sat the paper again on Friday.', word: 'sat', type: 'ECONOMY', lemma: 'resit' },
  { text: 'She sat on the bench again after the break.', word: 'sat', type: null },
  { text: 'The first sitting of the exam was scrapped.', word: 'sitting', type: 'ECONOMY', lemma: 'exam-sitting' },
  { text: 'The parliamentary sitting ran past midnight.', word: 'sitting', type: null },
  { text: 'The assembly held a sitting on the budget.', word: 'sitting', type: null },
  { text: 'The baccalaureate began on Tuesday. The board cancelled the history paper on Friday.', word: 'paper', type: 'ECONOMY', lemma: 'exam-sitting' },
  { text: 'The paper cancelled its weekend edition.', word: 'paper', type: null },
  { text: 'Forty detainees began a hunger strike on Monday. They have been refusing food since then.', word: 'refusing', type: 'PROTEST', lemma: 'strike' },
  { text: 'The village refused food aid from the army.', word: 'refused', type: null },
  { text: 'Ten prisoners are on hunger strike. Doctors said the fast had weakened two of them.', word: 'fast', type: 'PROTEST', lemma: 'strike' },
  { text: 'The fast train to the coast was late.', word: 'fast', type: null },
  { text: 'The ministry denied that any striker had been force-fed.', word: 'force-fed', type: 'COERCE', lemma: 'force-feed' },
  { text: 'The province declared a heat emergency on Monday.', word: 'emergency', type: 'DISASTER', lemma: 'emergency' },
  { text: 'The city extended the emergency until Sunday.', word: 'emergency', type: 'DISASTER', lemma: 'emergency' },
  { text: 'Emergency services reached the site within minutes.', word: 'Emergency', type: null },
  { text: 'The cabinet held an emergency meeting on Monday.', word: 'emergency', type: null },
];

function locateWord(text: string, word: string): number {
  const m = new RegExp(`\\b${word}\\b`).exec(text);
  assert.ok(m, `"${word}" not in: ${text}`);
  return m.index;
}

test('events/domains: each row reads its word as the type (or no event) and phase given', () => {
  for (const row of ROWS) {
    const doc = annotateEvents(row.text, { published: PUBLISHED });
    const at = locateWord(row.text, row.word);
    const ev = (doc.layers.events ?? []).find((e) => e.trigger.start === at);
    assert.equal(ev?.type ?? null, row.type, `${row.word}: ${row.text}`);
    if (row.phase !== undefined) assert.equal(ev?.phase ?? null, row.phase, `phase of ${row.word}: ${row.text}`);
    if (row.lemma !== undefined) assert.equal(ev?.lemma, row.lemma, `lemma of ${row.word}: ${row.text}`);
  }
});

test('events/domains: a negated or hypothetical family event has no phase', () => {
  for (const text of ['Police said the driver had not been arrested.', 'If the union calls a strike, ports would close.']) {
    const ev = (annotateEvents(text, { published: PUBLISHED }).layers.events ?? []).find((e) => e.family);
    assert.ok(ev, text);
    assert.equal(ev.phase, undefined, text);
  }
});

test('events/domains: the table is well formed', () => {
  const seen = new Map<string, string>();
  for (const l of DOMAIN_LEMMAS) {
    assert.ok(l.senses.length > 0, `${l.lemma} has no sense`);
    for (const n of l.nouns) assert.ok(l.forms.includes(n), `${l.lemma}: noun ${n} is not a form`);
    for (const f of l.forms) {
      assert.equal(seen.get(f), undefined, `form ${f} in ${seen.get(f)} and ${l.lemma}`);
      seen.set(f, l.lemma);
    }
  }
  // forms in both lexicons, each where the diplomacy sense needs a context the domain sense does not or rejects one
  // it does: arms deals are AID, priced deals ECONOMY; a rule breached is a violation, a dam breached a collapse; an arms
  // sale is AID, a unit's sale an acquisition; workers who walk out strike, a defendant who walks free is released
  const inBoth = [...DOMAIN_FORMS.keys()].filter((f) => TRIGGER_FORMS.has(f)).sort();
  assert.deepEqual(inBoth, ['breach', 'breached', 'breaches', 'deal', 'deals', 'sale', 'walk', 'walked', 'walking', 'walks']);
});

test('events/phases: ranks follow each family table, acquittal ties with conviction', () => {
  for (const [family, phases] of Object.entries(FAMILY_PHASES)) {
    phases.forEach((p, i) => {
      if (family === 'legal' && p === 'acquitted') return;
      assert.equal(phaseRank(family as keyof typeof FAMILY_PHASES, p), i);
    });
  }
  assert.equal(phaseRank('legal', 'acquitted'), phaseRank('legal', 'convicted'));
});

test('events/domains: "still missing is" names no missing person', () => {
  const text = 'Still missing is any change to the rules on permits.';
  assert.equal((annotateEvents(text, { published: PUBLISHED }).layers.events ?? []).length, 0);
});

test('events/arguments: a march takes the place it goes through or across; other events take only "in" or "at"', () => {
  const rows: ReadonlyArray<{ text: string; lemma: string; place: string | null }> = [
    { text: 'Nurses in white uniforms marched through central Kampala on Thursday.', lemma: 'march', place: 'Kampala' },
    { text: 'Thousands of farmers marched across Warsaw on Friday.', lemma: 'march', place: 'Warsaw' },
    { text: 'The nurses called a march in Kampala for Thursday.', lemma: 'march', place: 'Kampala' },
    { text: 'The minister visited a hospital and then drove through Kampala.', lemma: 'visit', place: null },
    { text: 'Protesters rallied through Warsaw on Friday.', lemma: 'rally', place: null },
  ];
  for (const row of rows) {
    const doc = annotateEvents(row.text, { published: PUBLISHED });
    const ev = (doc.layers.events ?? []).find((e) => e.lemma === row.lemma);
    assert.ok(ev, `${row.lemma}: ${row.text}`);
    assert.equal(ev.place ? doc.text.slice(ev.place.start, ev.place.end) : null, row.place, row.text);
  }
});
