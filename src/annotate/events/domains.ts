/**
 * News event domains beyond diplomacy: PLOVER's remaining categories (CONCEDE, RETREAT, REJECT,
 * THREATEN, PROTEST, MOBILIZE, COERCE, ASSAULT, more REQUEST) and wiretrace's extensions for what PLOVER
 * leaves out (DISASTER, CASUALTY, LEGAL, POLITICAL, ECONOMY). One typed table: each lemma lists its
 * inflected forms, the contexts that rule a form out ("a flood of complaints", "charged batteries"),
 * and its senses in order; the first sense whose context holds types the trigger, and a lemma whose
 * senses all need a context is no event without one. The reasons are in docs/events.md.
 */

import type { EventFamily } from '../../doc/schemas/events.js';
import type { EventType } from './lexicon.js';

export type Domain = 'plover' | 'disaster' | 'casualty' | 'legal' | 'political' | 'economy' | 'counted' | 'happening';

/** Event families with a life of their own (their phases: doc/schemas/events.ts, read by phases.ts). */
export type Family = EventFamily;

/** Words around a trigger, by position: `near` looks `before` words left and `after` words right. */
export interface Context {
  /** The trigger word itself is one of these (a context of one form: "thanks to"). */
  readonly self?: ReadonlySet<string>;
  /** The trigger word itself is written with a capital letter ("March 18" is a month, "the march" a walk). */
  readonly capital?: boolean;
  /** The trigger word is capitalised inside the sentence, after another word: part of a name ("Lumen Pay raised …"). */
  readonly capitalInside?: boolean;
  readonly prev?: ReadonlySet<string>;
  /** The word before is a cardinal ("31 votes", "six votes"): what is counted, not a happening. */
  readonly prevNumber?: boolean;
  /** The word before is a length of time made an adjective ("a 20-year sentence", "a six-month term"). */
  readonly prevDuration?: boolean;
  readonly next?: ReadonlySet<string>;
  /** The word after is none of these ("31 votes" alone, not "180 votes to 60": a tally names the vote). */
  readonly nextNot?: ReadonlySet<string>;
  readonly near?: {
    readonly words: ReadonlySet<string>;
    readonly before: number;
    readonly after: number;
    /** A near word followed by one of these does not count ("rate of growth" is no interest rate). */
    readonly unlessNext?: ReadonlySet<string>;
  };
  /**
   * None of these words is near (events 1.74.0): "a cut of 25 basis points" is a rate's, where "a cut of" alone is no
   * event ("a cut of the profits").
   */
  readonly unlessNear?: { readonly words: ReadonlySet<string>; readonly before: number; readonly after: number };
  /**
   * Other sentences of the same report have a word of each of these sets: what the report is about ("the clean-up"
   * in a report of an oil spill). A sentence read alone never has them.
   */
  readonly elsewhere?: readonly ReadonlySet<string>[];
}

export interface Sense {
  readonly type: EventType;
  readonly subtype: string;
  readonly domain: Domain;
  readonly family?: Family;
  /** The sense applies only in this context. */
  readonly when?: Context;
  /** The happening this sense names when it is another lemma's ("paid 180 million euros for the chain" is a purchase). */
  readonly lemma?: string;
  /** A happening set for a day that can be put off or called off with no family of phases (a listing, a swap; events 1.94.0). */
  readonly schedulable?: boolean;
}

export interface DomainLemma {
  readonly lemma: string;
  readonly forms: readonly string[];
  /** Forms that are nouns; the rest are verbs (or adjectives read as verbs: "injured"). */
  readonly nouns: readonly string[];
  /** Any of these contexts rules the form out. */
  readonly reject: readonly Context[];
  readonly senses: readonly Sense[];
  /** "A and B clashed": both are sources. */
  readonly symmetric: boolean;
}

const ws = (s: string): ReadonlySet<string> => new Set(s.split(' ').filter(Boolean));

/** Weapons and armed forces: a strike or a launch by them is military. */
const WEAPONS = ws('missile missiles drone drones air rocket rockets artillery military nuclear retaliatory pre-emptive preemptive precision israeli russian ukrainian airstrike airstrikes bomb bombs warplanes jets');
const TROOPS = ws('troops forces soldiers army units battalions brigades personnel warships troop');
const VEHICLES = ws('plane planes aircraft helicopter helicopters jet airliner flight car cars bus buses coach minibus train trains truck trucks lorry vehicle vehicles motorcycle boat ferry ship vessel');
/** Where a vehicle falls in a crash (events 1.78.0): "plunged into a ravine", "fell 200 metres into a gorge". */
const DROPS = ws('ravine ravines gorge gorges gully precipice cliff cliffs abyss canyon chasm embankment');
/** What rises and falls that is no vehicle (events 1.78.0): "car sales fell", "bus fares plunged". */
const NOT_CRASHING = ws('sales price prices fare fares share shares stock stocks output production exports imports demand registrations market markets index value profit profits revenue revenues ridership numbers');
/** Goods whose price a government or a regulator sets (events 1.80.0): "the pump price", "a rise in fuel prices". */
const REGULATED_GOODS = ws('fuel fuels petrol gasoline diesel kerosene pump electricity');
/** Who sets such a price (events 1.80.0), named elsewhere in the report. */
const PRICE_SETTERS = ws('regulator government ministry treasury subsidy subsidies authority');
/** A release after a detention (events 1.81.0): "held … before releasing him". */
const RELEASED_FORMS = ws('release released releasing freed freeing');
/** Craft that float (events 1.76.0): what sinks or goes down in water ("the passenger launch sank", "the MV … went down"). */
const VESSELS = ws('boat boats ferry ferries ship ships vessel vessels launch launches trawler trawlers barge barges yacht yachts dinghy dinghies canoe canoes tanker tankers freighter freighters steamer steamers tugboat dhow dhows pirogue pirogues steamboat mv');
/** What else sinks or goes down in a report with boats in it: floodwater, a level, a toll, prices ("the water sank back"). */
const NOT_SINKING = ws('water waters level levels floodwater floodwaters flood floods river rivers tide tides temperature temperatures toll number prices price sun');
const NOT_SINKING_DOWN = new Set([...NOT_SINKING, 'well', 'badly']);
const MARKETS = ws('shares stocks stock markets market prices price index indices dollar euro yen peso bonds currency oil gold futures trading');
const RATE = ws('rate rates');
/** Who sets a policy rate: "the committee held in June", "the bank last cut in October" need no "rate". */
const RATE_SETTERS = ws('bank committee fed');
/** What may follow a rate decision made without an object: a date, a margin, a vote, the clause's end. */
const NO_OBJECT = ws('in on at again since this last for by unchanged steady , . ;');
const OF = ws('of');
/** The size of a policy-rate move: "a quarter-point cut", "a half-point reduction" (no tax or spending cut is sized so). */
const RATE_STEPS = ws('quarter-point half-point quarter-percentage-point half-percentage-point basis-point 25-basis-point 50-basis-point 75-basis-point');
/**
 * What stands before a central bank's rate move named by a bare noun (events 1.76.0): "its first increase", "a further
 * rise", "another step", "the November rise" in a report on a policy rate.
 */
const RATE_MOVE_PREV = ws('a the its further first another second next one this last january february march april may june july august september october november december');
/** What else rises or is increased in a rate report: "a rise in inflation", "an increase in prices" are no rate move. */
const RISING_NOT_RATE = ws('inflation prices price costs cost wages wage unemployment yields yield demand output spending bills rents growth salaries taxes tax');
/** What makes a zone a traffic restriction: "a low-emission zone", "the congestion zone", "a limited-traffic zone". */
const TRAFFIC_ZONES = ws('low-emission low-emissions ultra-low-emission zero-emission clean-air emission emissions congestion limited-traffic traffic-free car-free pedestrian low-traffic');
/** The words that name a traffic zone on their own, read in a report's other sentences (not "emissions" from a volcano). */
const TRAFFIC_ZONE_NAMES = ws('low-emission low-emissions ultra-low-emission zero-emission congestion limited-traffic low-traffic');
/** Who votes a rate decision: "the Monetary Policy Committee voted 6-1 for the cut". */
const RATE_VOTERS = ws('committee');
/** What is said of a recall's size or reach: "Kessler widened the recall", "its second large recall". */
const RECALL_SIZE = ws('widened widen widens expanded expand expands extended extend extends large major massive biggest largest voluntary global worldwide nationwide');
const JOBS = ws('jobs job positions staff workers employees workforce roles');
const LEGAL_NEAR = ws('prosecutors prosecutor police court courts judge counts arrested arrest custody convicted acquitted guilty indicted murder manslaughter fraud corruption bribery crime crimes criminal indictment formally dropped filed pressed negligence homicide smuggling trafficking terrorism embezzlement theft assault shooting shootings killing killings death deaths stabbing robbery rape kidnapping arson connection');
const PRISON = ws('prison prisons jail custody detention bail hostage hostages prisoners detainees detained captivity captors');
/** A state's envoys abroad: whom it summons or whom another state expels. */
const DIPLOMATS = ws('ambassador ambassadors envoy envoys diplomat diplomats attache attaches attaché attachés chargé consul consuls');
/** People held whom a state or a group lets go: "the crew would be freed", "the release of 12 fishermen". */
const HELD_PEOPLE = ws('crew crews crewmen fishermen sailors seafarers captives');
/** People a state detains abroad or at home and lets go: "freed the 14 Gabonese traders", "the release of our citizens". */
const FREED_PEOPLE = new Set([...HELD_PEOPLE, ...ws('nationals citizens traders journalists reporters activists migrants tourists protesters dissidents')]);
/** What falls in on people: a collapse near one of these is a disaster, not talks or a market collapsing. */
const STRUCTURES = ws('mine mines tunnel tunnels shaft shafts pit pits quarry quarries roof roofs ceiling building buildings tower towers bridge bridges dam dams');
/** Incidents a report may call "the incident" once it has named them. */
const INCIDENT_NOUNS = ws('fire fires blaze explosion explosions blast crash collision stampede crush collapse collapsed derailment derailed capsized sinking sank leak spill landslide flood flooding earthquake');
/** The harm a collapse does, named elsewhere in its report. */
const COLLAPSE_HARM = ws('died dead killed injured crushed trapped');
/** What falls in with a crowd on it or under it (events 1.85.0): "the collapse of a stand", "the stadium stand collapse". */
const COLLAPSING = new Set([...STRUCTURES, ...ws('stand stands grandstand grandstands terrace terraces stadium stadiums balcony balconies scaffolding')]);
/** What a public warning is of: "a warning of aftershocks", "an alert for heavy rain". */
const HAZARDS = ws('aftershock aftershocks tremors earthquake earthquakes quake quakes tsunami tsunamis flood floods flooding storm storms cyclone cyclones hurricane typhoon tornado tornadoes landslide landslides mudslides avalanche avalanches eruption eruptions wildfire wildfires fire fires heat heatwave rain rains rainfall snow winds gales surge');
const PEOPLE = ws('people persons passengers crew fishermen migrants miners workers residents villagers children climbers hikers sailors soldiers tourists others');
const BE = ws('is are was were be been being remain remains remained still reported listed');
/** What a price is called: "charged a premium", "charges a monthly fee" are fees, no charge brought. */
const FEES = ws('fee fees premium premiums price prices commission commissions interest rent rents surcharge surcharges fare fares toll tolls levy');
/** An audience a thing attracts: "its appeal for tourists", "their appeal to younger voters" is a charm, no request. */
const AUDIENCE = ws('tourists visitors voters buyers investors consumers customers fans readers viewers audiences shoppers diners travellers travelers families children young younger older');
/** A charm that is no appeal in court or for help: "broad appeal", "popular appeal", "kerb appeal". */
/**
 * Who a product attracts ("appealed to younger buyers"); voters, fans, residents, families or tourists are appealed to
 * for votes, support, calm or information (a request).
 */
const ATTRACTED = ws('buyers investors consumers customers readers viewers audiences shoppers diners');

const CHARM = ws('broad wide widespread popular mass universal lasting enduring kerb curb sex');
/** What people are freed from when they are rescued, not released: "freed from the rubble", "freed from the wreckage". */
const TRAPPED_IN = ws('rubble debris wreckage wreck mud snow collapsed car vehicle cab rocks');
/** Animals rescued: a shelter's or a zoo's rescue, no incident's ("two rescued otters"). */
const ANIMALS = ws('animal animals dog dogs cat cats otter otters horse horses bird birds seal seals turtle turtles puppy puppies kitten kittens pet pets wildlife dolphin dolphins whale whales');
/** Stories told, not happenings: "the detective novel, which follows a murder trial". */
const FICTION = ws('novel novels thriller thrillers film films movie movies drama dramas sitcom');
/** What is said or done to charges already brought: "denies the charges", "announcing the charges". */
const CHARGES_HANDLED = ws('deny denies denied denying announce announces announced announcing');
/** Who is named as held and the words of a hold: "the crew have been held", "be held for weeks without charge". */
const HELD_BE = ws('been be being were was are is');
/** Where one walks out of when let go (events 1.100.0): "walked out of Gorran prison", "walked out of court on bail". */
export const WALKED_OUT_OF = ws('prison jail court custody detention');
/** A trend that is halted, not a person taken (events 1.100.0): "arrested the growth of", "arrested the slide". */
const ARRESTED_TRENDS = ws('growth decline slide spread erosion deterioration momentum fall rise drift');
/** Where someone held is kept (events 1.100.0): "is being held at a maximum-security prison". */
const JAILS = ws('prison prisons jail jails cell cells penitentiary');
/** What is held that is no one (events 1.100.0): a meeting or a show held at a former prison. */
const HELD_EVENTS = ws('talks meeting meetings summit conference conferences election elections vote referendum festival ceremony event events exhibition exhibitions show concert service');
/** To oneself (events 1.100.0): "turned himself in", "handed herself over", "gave themselves up". */
const ONESELF = ws('himself herself themselves');
/** What an inquiry does once opened, read after the noun: "an inquiry found that", "the inquiry was looking at". */
const INQUIRY_DOES = ws('found finds established establishes concluded concludes blamed blames has had have was is will would could');
/** What is done to a fine as a penalty: faced, paid, imposed ("could face a fine", "paid a fine imposed by a court"). */
const FINED = ws('face faces faced facing pay pays paid paying impose imposes imposed imposing levy levies levied');
/**
 * What stands right before a penalty's "fine" (events 1.116.0): a determiner or a possessive with a noun's word after it
 * ("the fine could amount to", "a fine of 10 million euros"), or a sum or a size that only a penalty has ("its 14.5 million
 * euro fine", "a record fine"); "a fine balance", "fine weather", "is fine" are none.
 */
const FINE_DETERMINERS = ws("a the its their his her this that any another 's");
const FINE_SIZES = ws('euro euros dollar dollars pound pounds franc francs rupee rupees yuan yen million billion bn record hefty heavy maximum minimum largest biggest total proposed administrative financial civil antitrust');
/** What follows the noun "fine" and not the adjective: a verb, "of" its sum, "against" or "for" whom or what it punishes. */
const FINE_NEXT = ws('of could would will was is has had may might must against for on imposed levied handed amounts amounted . ; : ) "');
/** A penalty's words, read in other sentences: what makes a sum "imposed" or "levied" on someone a fine (events 1.116.0). */
const PENALTIES = ws('fine fines fined penalty penalties');
/** Sums: what is imposed or levied as a fine ("the 3.2 million euros it imposed on the taxi app"). */
const FINE_SUMS = ws('euros euro dollars dollar pounds francs rupees yuan yen million billion bn $ € £');
/** Sports' penalties, which no regulator or court imposes (events 1.116.0): "a penalty kick", "scored from the penalty spot". */
const SPORT_PENALTY = ws('kick kicks shootout shoot-out shootouts area box spot spots try tries corner corners goal goals miss missed scored save saved minutes minute points point');
/** A court, a tribunal or a panel appealed to or heard by (events 1.116.0): "appeal to the Court of Arbitration for Sport", "heard by its disciplinary panel". */
/** What follows "retire" used of a person, with no object (events 1.116.0): "retire from", "retire at 58", "retire rather than". */
const RETIRE_NEXT = ws('from at in on after before rather when once next this last early . , ; " and but');
/** What a tender is for or what is done to it (events 1.116.0): "launched a tender", "the tender for a new operator", "won the tender". */
const TENDER_NEAR = ws('launch launches launched launching open opens opened opening issue issues issued issuing award awards awarded awarding win wins won winning bid bids bidders bidder postponed cancelled canceled held hold operator operators contract contracts concession concessions licence licences license licenses public international competitive new fresh');
/** What is sold that makes a sale an asset's (events 1.116.0): a licence, a concession, a stake, a unit, a mine, data. */
const SOLD_ASSETS = ws('licence licences license licenses concession concessions stake stakes unit units division divisions subsidiary subsidiaries assets mine mines plant plants refinery data histories records');
const APPEAL_BODIES = ws('court courts tribunal tribunals arbitration panel panels judge judges commission committee board disciplinary');
/** What is launched when a launch is no product's: attacks, inquiries, weapons. */
const LAUNCH_NOT = ws('tender tenders attack attacks offensive counteroffensive strikes strike raid raids assault investigation investigations inquiry probe campaign appeal bid operation crackdown proceedings lawsuit lawsuits case action manhunt manhunts hunt search searches missile missiles rocket rockets invasion war ballistic');
/**
 * What a launch into space carries or reaches: a launch near one of these is a flight, not a product's or a
 * weapon's ("launched the satellite", "the launch of a space probe", "placed in orbit").
 */
const SPACE = ws('satellite satellites spacecraft space spaceport orbit orbital orbiter probe capsule astronaut astronauts cosmonaut cosmonauts lander rover telescope');
/** Words after "launch" that make it a modifier of who or what, not the happening ("launch pad", "launch window"). */
const LAUNCH_MODIFIER = ws('pad pads window windows site sites director directors operator operators vehicle vehicles date dates team teams control complex event events party parties price prices customer customers tower');
/** A verb or auxiliary right after the noun: "the launch was scrubbed", "the launch has been pushed back". */
/** How a deal is made, voted, kept or broken, read before the noun: "reached a deal", "under the deal". */
const DEAL_MAKING = ws('reach reached reaches reaching strike struck striking sign signed signs signing seal sealed sealing clinch clinched agree agreed agreeing accept accepted accepts accepting ratify ratified ratifies approve approved approves backed reject rejected rejects rejecting broker brokered negotiate negotiated negotiating announce announced announces hammered vote voted votes under');
/** What a deal does as its clause's subject: "the deal was approved", "the deal ends the dispute". */
const DEAL_DOES = ws('is was has had will would could may might ends ended collapsed fell falls allows allowed gives gave includes included provides provided means meant');
const CLAUSE_VERB = ws('is was has had will would could may might went took takes failed succeeded');
/** What is released when no person is: "released its ruling", "released the names of the victims". */
const RELEASED_THINGS = ws('statement statements report reports figures data details names documents files records video videos footage images photos pictures findings results ruling rulings transcript album film');
const COURT = ws('court courts judge judges tribunal magistrate magistrates');
/** Who searches, raids, questions or picks people up for the law: "police searched the offices", "agents raided". */
/** People shot, right after the verb or after a number or an article: "shot two officers", "shot a man". */
const SHOT_PEOPLE = ws('officer officers policeman policemen policewoman man men woman women boy boys girl girls teenager teenagers child children soldier soldiers guard guards protester protesters demonstrators student students civilians people passer-by bystanders driver motorist');
const POLICE = ws('police policemen officers officer detectives detective agents investigators prosecutors customs inspectors gendarmes troopers');
/** What prosecutors or a plaintiff drop: "dropped the case", "dropped its lawsuit", "dropped the prosecution". */
const DROPPED_CASES = ws('case cases prosecution prosecutions lawsuit lawsuits suit claim claims proceedings');
/** A civil claim in court: what is settled, heard or dismissed ("settle the lawsuit", "dismissed the case"). */
const LITIGATION = ws('lawsuit lawsuits suit suits claim claims case cases charges allegations litigation');
/** What a court throws out or dismisses (events 1.94.0): a claim, or a complaint or a challenge brought to it ("dismissed the complaint"). */
const RULED_ON = new Set([...LITIGATION, ...ws('complaint complaints challenge challenges')]);
/** Who strikes a professional off its register, and whom: "the medical council struck off the surgeon". */
const PROFESSIONS = ws('register roll council doctor doctors surgeon surgeons physician lawyer lawyers solicitor solicitors barrister barristers attorney attorneys nurse nurses accountant accountants dentist pharmacist');
/**
 * What is done to a tariff, or its rate: "imposed tariffs", "25% tariffs", "the duties could take effect", "lifted its
 * tariffs", "since the tariffs began", "the tariffs cover $2 billion of steel".
 */
const TARIFF_CUES = ws('% percent per impose imposes imposed imposing announce announces announced slap slapped levy levied suspend suspends suspended suspending lift lifts lifted lifting remove removes removed removing scrap scrapped effect force retaliatory retaliation punitive began begun cover covers covered');
/** Deals a regulator approves or blocks. */
const DEALS = ws('deal deals takeover takeovers merger mergers acquisition acquisitions purchase purchases sale bid bids buyout tie-up tie-ups bailout bailouts');
/** What a legislature votes on: "approved a data protection bill", "the law will take effect". */
const BILLS = ws('bill bills legislation law laws statute statutes');
/** What is done with votes as ballots: needed, won, lacked ("will need opposition votes", "won enough votes"). */
const BALLOTS_HELD = ws('need needs needed win wins won lack lacks lacked secure secures secured get gets got garner garnered');
/** Who votes a bill through or down: "lawmakers approved it 31-22", "parliament rejected the bill". */
/** Who searches for the missing: "Rescuers went back to the site". */
const SEARCHERS = ws('rescuers searchers rescue teams divers firefighters');
/** Holders of a public office that can be suspended from it. */
const OFFICE_HOLDERS = ws('mayor mayors governor governors minister ministers official officials councillor councillors councilor councilors judge judges prosecutor prosecutors officer officers commissioner commissioners');
/** A motion against a government (events 1.84.0): "a motion of no confidence", "a no-confidence motion", "a censure motion". */
const CONFIDENCE_MOTION = ws('no-confidence confidence censure impeachment');
/** What a motion does when it is voted on: it fails or passes. */
const MOTION_OUTCOME = ws('failed fails passed passes');
/** Ground that gives way in a landslide: "a hillside gave way". */
const SLOPES = ws('hillside hillsides slope slopes hill hills mountainside mountainsides cliff cliffs ground');
const LEGISLATORS = ws('lawmakers legislators parliament parliamentarians congress assembly senate senators deputies mps lawmaker legislature');
/** Who approves a deal, a drug, a plan. */
const APPROVERS = ws('authority authorities regulator regulators watchdog commission competition antitrust office court board ministry parliament shareholders agency cabinet');
const VACCINES = ws('vaccination vaccinations vaccine vaccines immunisation immunization inoculation polio measles cholera dose doses single-dose');
/** What a campaign does as a happening with a life: it starts, ends, is suspended, reaches people. */
const CAMPAIGN_STEPS = ws('began begins begin begun start starts started starting ended ends end finished suspended halted resumed reached reaches launched');
/** Campaigns that are no single happening with a start and an end of their own ("an election campaign", "a bombing campaign"). */
const CAMPAIGN_NOT = ws('election electoral presidential re-election political smear advertising ad marketing bombing air military disinformation pressure his her their');
const PENALTY = ws('years year months month life prison jail death suspended served serving imposed handed court judge');
/** What is done to a sentence once passed: "would appeal the sentence", "the sentence was quashed". */
const SENTENCE_STEPS = ws('appeal appeals appealed appealing overturn overturned quash quashed uphold upheld commute commuted pass passes passed passing');
/** How a sentence is compared once passed: "the sentence is the heaviest in a customs case since 2018". */
const SENTENCE_WEIGHT = ws('heaviest harshest toughest longest lightest stiffest severest');
/** Serving a sentence: "after serving two thirds of his sentence", "is serving a sentence for fraud". */
const SERVE = ws('serve serves served serving');
/** A term that is an office held, named after it: "his six-year term as president", "a four-year term on the council". */
const TERM_OF_OFFICE = ws('office president presidency mayor governor senator senators lawmaker mp parliament council board chairman chairwoman chair leader minister elected re-elected');
/** Who passes a verdict that is no court's: "voters delivered a harsh verdict", "the verdict of the markets". */
const VERDICT_NOT = ws('voters electorate electors critics reviewers investors markets fans history');
/** What a trial tests when it is no court's: "the trial of the new malaria vaccine", "trials of the drug". */
const TRIALLED = new Set([...VACCINES, ...ws('drug drugs treatment treatments therapy therapies medicine medicines pill pills jab jabs')]);
/** Words before a verb in its bare form: "is expected to rule on", "the court will rule". */
const BARE_VERB = ws('to will would could may might must should shall cannot');
/** Offences and the words of a court: what someone is cleared of ("cleared of murder", "cleared him of all charges"). */
const OFFENCES = ws('charges charge counts wrongdoing misconduct murder manslaughter fraud corruption bribery crime crimes negligence homicide smuggling trafficking terrorism embezzlement theft assault rape kidnapping arson treason espionage perjury allegations jury court judge');
/** More offences, read only after "cleared of" and before an inquiry (events 1.83.0): "cleared of tax evasion", "a money-laundering inquiry". */
const MORE_OFFENCES = new Set([...OFFENCES, ...ws('evasion laundering money-laundering extortion racketeering neglect abuse contempt sedition incitement blackmail forgery burglary robbery stalking harassment')]);
/** Offences a defendant admits, named right after the verb: "admitted manslaughter" (no "wrongdoing" or "negligence": a firm's words). */
const ADMITTED_OFFENCES = ws('murder manslaughter fraud bribery corruption smuggling trafficking embezzlement theft assault rape kidnapping arson treason espionage perjury burglary robbery stalking');
/** Who catches or rounds people up, and whom: "were caught by coastguards", "police rounded up dozens". */
const CATCHERS = ws('police officers officer troops soldiers authorities security guards coastguard coastguards agents rangers pirates pirate suspects suspect fugitive fugitives gunman gunmen robber robbers thieves thief killer killers escaped escapee smugglers poachers traffickers militants members protesters activists dissidents migrants');

/** What a maker recalls: goods and their faults ("recalled 120,000 vehicles", "a recall of contaminated jars"), not people or memories. */
const RECALLED_GOODS = ws('car cars vehicle vehicles suv suvs truck trucks lorries model models unit units product products device devices phone phones laptop laptops charger chargers battery batteries airbag airbags brake brakes pump pumps tyre tyres tire tires fault faults faulty defect defects defective flaw flawed contamination contaminated listeria salmonella batch batches jar jars bottle bottles pack packs packets tonnes toy toys medicine medicines drug drugs carmaker carmakers automaker automakers manufacturer manufacturers');
/** A recall of a person or a memory: "could not recall", "recalled its ambassador", "recalled how". */
const RECALL_NOT = ws('not never ambassador ambassadors envoy envoys diplomat diplomats parliament');
/** What starts, steers or ends an inquiry ("ordered an independent inquiry", "a probe into"); a bare "inquiries" is as often a question asked. */
const INQUIRY_NEAR = ws('into ordered order orders opened open opens launched launch launches independent public judicial formal official parliamentary criminal full separate internal federal commission');
/** Public works that open to the public: an opening near one of these is the event ("the bridge will open to traffic"). */
const PUBLIC_WORKS = ws('bridge bridges road roads highway highways motorway motorways expressway railway railways metro subway tramway airport airports terminal terminals port ports harbour harbor tunnel tunnels dam dams stadium stadiums hospital hospitals canal pipeline crossing crossings traffic');
/**
 * Places open to people that an authority or an owner closes and reopens: "closed six beaches", "its consulate in Bata
 * closed", "will shut 58 stores", "reopened the schools". A closure is in force until they reopen (link/status.ts).
 */
const FACILITIES = ws('beach beaches school schools embassy embassies consulate consulates store stores shop shops plant plants factory factories museum museums park parks border borders campus campuses mill mills refinery refineries smelter smelters branches shelter shelters hangar hangars depot depots warehouse warehouses outlet outlets');
/** What is opened that is no public work: fire, talks, an inquiry, a case, a door ("opened an investigation into the bridge collapse"). */
const OPENED_NOT = ws('fire talks negotiations investigation investigations inquiry probe case cases trial hearing session door doors account accounts letter hours ceremony up');
/** An office someone quits: "quit as chairman", "quit the cabinet"; "quit smoking" and "quit her job at the bank" are no resignation. */
const OFFICES = ws('minister ministers post posts office cabinet government president presidency chairman chairwoman chair chief head leader leadership party coalition seat role predecessor secretary governor mayor director board as');

/** What is bought when a company is: "bought a smaller flour maker", "agreed to buy Koszyk, a Polish chain". */
const BOUGHT_FIRMS = ws('company companies chain chains group groups firm firms maker makers rival rivals retailer retailers business businesses stake stakes operator operators brand brands bank banks lender lenders insurer insurers airline airlines carrier carriers brewer brewers startup start-up supermarket supermarkets grocer grocers producer producers manufacturer manufacturers developer developers unit units division divisions subsidiary subsidiaries');
/** What closes a purchase: "complete the purchase", "closed its purchase". */
const CLOSE_DEAL = ws('complete completes completed completing close closes closed closing finalise finalises finalised finalize finalizes finalized');

/** What is restored or resumed after an outage: operations and services, not ties, talks or calm. */
const SERVICES = ws('operations operation services service systems system power electricity supply supplies water gas traffic flights trains rail shipping production output trading internet network networks normal normality normalcy');
/** What resumes that is another happening (talks resumed are the talks) or no service at all. */
const RESUMED_NOT = ws('talks negotiations relations ties dialogue confidence trust calm order peace fighting hostilities attacks strikes strike');
/** Money that changes hands: an amount, a ransom, a fine, a bribe, compensation. */
const MONEY = ws('ransom ransoms fine fines bribe bribes compensation damages $ € £ euros euro dollars dollar pounds million billion bn pesos rupees shillings dinars yen yuan rand');
/** What is paid that is no money: "paid tribute", "paid a visit", "paid attention", "paid off". */
const PAID_NOT = ws('tribute tributes visit visits attention respect respects homage heed lip dividends off');
/** What a court rules on when it rejects or throws it out: an appeal, a petition, a motion, a lawsuit. */
const APPEALED = ws('appeal appeals petition petitions motion motions lawsuit lawsuits');
/**
 * Words that make an "appeal" a court's: the court, what is appealed, what is done to an appeal ("lodged an appeal",
 * "rejected Villaverde's appeal", "will hear the city's appeal" since events 1.76.0).
 */
const APPEAL_NEAR = ws('court courts verdict conviction ruling sentence decision judge judges against chamber chambers rejected rejects rejecting dismissed dismisses dismissing upheld upholding threw thrown lodged lodges lodging filed files filing hear hears heard hearing');
/** A ban by any name: what comes into force or takes effect as a ban does. */
const BANS = ws('ban bans prohibition prohibitions moratorium freeze');
/** A ban's rule by any name, and a zone it holds in ("the low-emission zone came into force"; events 1.112.0). */
const BANS_AND_ZONES = new Set([...BANS, 'zone', 'zones']);
/** What takes effect or comes into force as a law does (events 1.112.0): a treaty, a pact, a deal. */
const TREATIES = ws('agreement agreements deal deals pact pacts treaty treaties accord accords convention protocol');
/** Prices an authority or a firm sets, which take effect (events 1.112.0): "the new fuel prices took effect". */
const PRICES_SET = ws('price prices fares tariff');
/** Words of a price rise in a report (events 1.112.0): prices that take effect there are the rise's. */
const PRICE_RISING = ws('rise rises increase increases hike hikes higher');
/** Licences and permits a freeze or a moratorium stops: "froze new tourist licences", "a moratorium on new permits". */
const LICENCES = ws('licence licences license licenses permit permits registrations concessions');
/** A court's sitting: what a court suspends or adjourns is no measure ("suspended the hearing"). */
const SITTINGS = ws('hearing hearings trial trials session sessions sitting proceedings');
/** What a court dismisses or upholds: an appeal, or the decision appealed. */
/** What a court reverses (events 1.95.0): a decision on guilt or a penalty. */
const REVERSED = ws('conviction convictions acquittal acquittals verdict verdicts sentence sentences');
const UPHELD = new Set([...APPEALED, 'ruling', 'rulings', 'conviction', 'convictions', 'verdict', 'verdicts', 'sentence', 'sentences', 'decision', 'ban', 'order']);
/** Nouns an "extradition" modifies, each its own happening or thing: "extradition hearing", "extradition treaty". */
const EXTRADITION_OF = ws('hearing hearings request requests treaty treaties case cases proceedings proceeding warrant warrants law laws order orders process judge court battle fight bid agreement agreements');
/** What is handed over that is no person: power, control, a report, keys, documents, weapons. */
const HANDED_THINGS = ws('power control authority command sovereignty presidency reins baton keys key report reports findings document documents documentation files file evidence data records letter letters petition petitions list money cash weapons arms territory responsibility duties');
/** Who hands over an inquiry's report and when it is due: "handed its report", "is due to report", "its final report". */
const HANDED = ws('hand hands handed handing submit submits submitted submitting deliver delivers delivered delivering present presents presented presenting publish publishes published publishing final interim');
/** People held by a state or a group: "held the crew for seven weeks", "held hostage", "held in custody". */
const HELD = new Set([...HELD_PEOPLE, ...PRISON, 'hostage', 'captive', 'captives', 'prisoner', 'prisoners']);
/** What cracks in: a structure or one of its parts. */
const CRACKED = new Set([...STRUCTURES, 'pier', 'piers', 'deck', 'decks', 'span', 'spans', 'wall', 'walls', 'beam', 'beams', 'pillar', 'pillars', 'column', 'columns', 'runway', 'hull', 'reactor']);
/** Homes people leave in an evacuation ("left their homes", "forced from their houses"); "left home" is as often a commute. */
const LEFT_HOMES = ws('homes houses villages');
/** Aircraft and what flies them: a grounding, a return to service or an inspection of one of these. */
const AIRCRAFT = ws('plane planes aircraft jet jets jetliner jetliners airliner airliners fleet fleets turboprop turboprops helicopter helicopters flights airline airlines airliner carrier engines engine');
/** What an airline or a railway cancels: "cancel about 120 flights", "460 cancelled flights", "cancelled sailings". */
const SERVICES_RUN = ws('flights flight trains train services sailings departures crossings journeys routes');
/** What holds water back: breached, it is a collapse ("the dam has not breached", "a breach in the levee"). */
export const WATER_BARRIERS = ws('dam dams wall walls levee levees embankment embankments dyke dykes dike dikes seawall seawalls');
/** Water a dam or a reservoir lets out: "a controlled release of water", "began releasing water from the reservoir". */
const WATER = ws('water floodwater floodwaters reservoir reservoirs spillway spillways');
/** What is lowered when water is let out: "lower the reservoir", "lowered the level of the lake by 3.6 metres". */
const WATER_BODIES = ws('reservoir reservoirs lake lakes');
/** Water that runs over what holds it: "floodwater poured over the spillway", "the river spilled over its banks". */
const FLOODWATER = ws('floodwater floodwaters water waters river rivers torrent torrents');
/** What is repaired when it is a structure's damage: "repairs to the crack", "will repair the dam's wall". */
const REPAIRED_WORKS = new Set([...CRACKED, 'crack', 'cracks', 'damage', 'damaged', 'leak', 'leaks', 'pipeline', 'pipelines', 'pipe', 'pipes', 'transformer', 'transformers', 'substation', 'substations', 'cable', 'cables']);
/** A state's consular services: what it suspends or resumes in a row with a neighbour ("suspended visa services"). */
const VISAS = ws('visa visas');
/** What a test checks when it is a public work's: "load tests on the span", "stress tests of the bridge". */
const TEST_KINDS = ws('load stress structural safety');
/** A report about a spill of oil or chemicals names it so somewhere: what a clean-up there cleans up. */
const SPILL_TOPIC = ws('spill spills spilled slick slicks leak leaks leaked');
/** What spills or leaks when it is a disaster: "30 tonnes of fuel oil spilled", "150 tonnes of crude had leaked". */
const SPILLED = ws('oil crude fuel diesel petrol gasoline chemical chemicals barrels');
/** What oil spills from, named somewhere in a spill's report: a ship, a pipeline, a terminal, a well. */
const SPILL_SOURCES = ws('tanker tankers ship ships vessel vessels pipeline pipelines pipe pipes terminal terminals rig rigs refinery tank tanks');
/** A company's insolvency named somewhere in its report: what protection it sought or filed for there. */
const INSOLVENT = ws('creditors creditor insolvency insolvent bankruptcy bankrupt');
/** Protection that is no company's from its creditors: "sought police protection", "sought asylum protection". */
const PROTECTION_NOT = ws('police asylum refugee witness international humanitarian temporary diplomatic consular');
/** What leaks that is no spill: "leaked documents", "a leak of the memo". */
const LEAKED_NOT = ws('document documents memo memos email emails letter letters report reports information data video videos details names plan plans draft recording recordings audio');

/** Machines and workings a firm shuts down as a place is closed: "shut down the paper machine", "closed two furnaces", "the mine closed". */
const WORKINGS = ws('machine machines furnace furnaces kiln kilns mine mines pit pits production assembly');
/**
 * What a museum, a state or a collector gives back or lends when it is property, not a person: "returned 20 looted bronzes",
 * "the return of the artefacts", "lent the statue to the Louvre".
 */
const ARTEFACTS = ws('artefact artefacts artifact artifacts antiquities antiquity relic relics bronzes sculpture sculptures statue statues manuscript manuscripts objects treasures treasure heirloom heirlooms painting paintings skulls remains masks throne regalia');
/** What a report on a museum's property names somewhere: a return or a loan there is of its objects. */
const MUSEUM_TOPIC = ws('museum museums collection collections colonial colonial-era looted restitution artefacts artifacts exhibition');
/** Money near a loan: a bank's or a state's credit, not an object lent ("a loan of 2 billion dollars"). */
const CREDIT = new Set([...MONEY, ...ws('bank banks lender lenders interest repay repaid repayment credit debt mortgage student imf')]);
/** People moved by the authorities in an emergency: "residents were moved out", "families were taken to shelters". */
const SHELTERS = ws('shelter shelters camps camp centres centers halls');
/** Words of job cuts somewhere in a report: "the cuts", "notices" there are a firm's. */
const JOB_TOPIC = ws('jobs layoffs redundancies lay-offs');
/** Who acts for the law in court, and the court itself: a challenge or petition filed there. */
const COURT_FILING = new Set([...COURT, ...ws('file files filed filing lodge lodges lodged lodging supreme constitutional')]);
/** Public transport a halt stops or a restart brings back (events 1.71.0): "all ferry sailings were suspended", "a storm halted the service". */
const TRANSIT = ws('sailings crossings ferry ferries flights trains services service buses rail metro trams');
/** Words of a halted service somewhere in a report: a restart or "sail" there is the service's. */
const HALTED_TOPIC = ws('suspended suspension halted shutdown');
/** What a city rations by the hour: "will ration water", "water cuts", "water restrictions". */
const RATIONED = ws('water power electricity supply supplies fuel gas');
/** Words of rationing somewhere in a report: "the cuts", "the restrictions", "the easing" there are the rationing's. */
const RATION_TOPIC = ws('rationing rationed ration');
/** What is eased or lifted when a rationing ends by steps: "will ease water rationing", "the restrictions had been eased". */
const EASED_WHAT = ws('rationing restrictions cuts curbs');
/** A public alert a raised or lowered level names: "raised the alert to orange", "the alert could be lowered". */
const ALERT_WORDS = ws('alert alerts warning warnings');
/** An exam, a paper or its questions (events 1.72.0): what a leak, a sitting or a paper cancelled must have near. */
const EXAMS = ws('exam exams examination examinations paper papers question questions test tests baccalaureate bac candidates pupils students grader graders marking');
/** Words of an exam somewhere in a report: a bare "the leak", "the sitting", "sat" there is the exam's. */
const EXAM_TOPIC = ws('exam exams examination examinations baccalaureate re-sit resit re-sat resat');
/** A sitting that is no exam's: "a parliamentary sitting", "the court's sitting". */
const SITTING_NOT = ws('parliament parliamentary assembly senate court council chamber house lawmakers mps deputies judges session bench');
/** Words of a hunger strike somewhere in a report: "the fast", "refusing food" there are the strike's. */
const HUNGER_TOPIC = ws('hunger');
/** What a declared emergency is declared, extended or lifted by. */
const EMERGENCY_ACTS = ws('declare declares declared declaring extend extends extended extending lift lifts lifted lifting end ends ended impose imposed');
/** A hazard an emergency is named by: "a heat emergency", "a drought emergency". */
const EMERGENCY_OF = ws('heat drought flood water health climate');
/** An emergency that names a service, not a state declared: "emergency services", "the emergency room". */
const EMERGENCY_NOT = ws('services service room rooms ward wards workers crews crew meeting meetings session sessions aid funding fund funds shelter shelters landing landings exit exits number numbers vehicles vehicle surgery talks summit brake powers');
/** An inquiry whose findings are its report: "the findings of the inquiry", "the inquiry's findings". */
const INQUIRIES = ws('inquiry inquiries enquiry investigation investigations probe commission');

// --- kidnapping and central banks' words (events 1.74.0, h-evblind8, issues 12/18) ---
/** Who abducts people: "gunmen seized 23 passengers", "the kidnappers took 11 workers". */
const ABDUCTORS = ws('gunmen gunman kidnappers kidnapper abductors abductor captors captor bandits militants pirates rebels insurgents jihadists attackers assailants');
/** People taken: "seized 23 passengers", "abducted 11 workers" (a number or a determiner may come between). */
const TAKEN_PEOPLE = new Set([...PEOPLE, ...FREED_PEOPLE, ...ws('hostage hostages captive captives students schoolchildren pupils schoolgirls girls boys women men engineers employees staff foreigners worshippers farmers travellers travelers priest priests nuns')]);
/** Words of a kidnapping: a release, a demand or a payment near one of these, or in a report that has them, is the kidnapping's. */
const KIDNAP = ws('kidnapped kidnapping kidnappings kidnapper kidnappers abducted abduction abductions abductor abductors captor captors captive captives captivity hostage hostages ransom ransoms');
/** Who seizes people by law, not by force: "police seized two suspects" is an arrest, no kidnapping. */
const SEIZERS_NOT = new Set([...POLICE, ...TROOPS, ...ws('authorities coastguard coastguards navy')]);
/** What is held when it is people taken: "held hostage", "held them captive". */
const HOSTAGE = ws('hostage hostages captive');
/** What a state decides on one person's case (events 1.91.0): "a decision on his asylum claim". */
const ASYLUM_CLAIMS = ws('asylum residency residence refugee');
/** Lightning that strikes (events 1.91.0): "lightning struck a line", "a lightning strike". */
const LIGHTNING = ws('lightning');
/** A sum of money named: what is demanded or paid when it is a ransom ("demanded 1.5 million euros"). */
const SUMS = ws('euros euro dollars dollar pounds naira cfa francs $ € £ million billion');
/** Who sets a policy rate, as a report names it, and what it is about ("basis points", "monetary policy"). */
const RATE_TOPIC = ws('basis monetary');
/** A central bank's easing: "could begin easing", "were close to easing", "further easing" (not "inflation keeps easing"). */
const EASING_PREV = ws('begin begins began start starts started further monetary more');

// --- ACE 2005 and PLOVER coverage (events 1.94.0): the words of the sets below read elections, listings, prisoner
// swaps, court challenges and clashes (docs/events.md)
/** People held whom two sides trade: "a prisoner exchange", "swapped prisoners". */
const CAPTIVES = ws('prisoner prisoners detainees hostages captives pows');
/** What is exchanged that is no person: fire, words, gifts ("exchanged fire", "an exchange of views"). */
const EXCHANGED_NOT = ws('fire gunfire shots blows views messages letters notes words vows rings gifts insults pleasantries greetings ideas information data documents currency currencies accusations barbs glances');
/** What is done to a petition or a complaint in law: filed or lodged ("filed a challenge"; a court hearing one is the hearing's own event). */
const FILED_OR_HEARD = ws('file files filed filing lodge lodges lodged lodging submitted mounted');
/** What an election count yields, which a losing side challenges or contests: "contest results from two regions". */
const RESULTS = ws('result results outcome tally count first-round');
/** A company's shares, named in a report about a listing. */
const SHARE_WORDS = ws('shares share stock');
/** What a report about a listing names: the listing, the offering, the exchange ("the Indonesia Stock Exchange"). */
const LISTING_TOPIC = ws('ipo ipos listing offering bourse exchange flotation');
/** A stock market: where a company lists ("list its shares on the exchange", "the Jakarta listing"). */
const SHARE_MARKETS = ws('exchange bourse nasdaq nyse shares stock ipo market markets debut float investors');
/** A volcano's words: what makes "erupted" an eruption. */
const VOLCANO_WORDS = ws('volcano volcanoes volcanic mount mt crater craters lava ash magma');
/** What a round is of when it is no vote: talks, fighting, money, a sport. */
const ROUND_NOT = ws('talks negotiations negotiation consultations discussions fighting clashes strikes attacks shelling sanctions tariffs cuts layoffs funding financing investment fundraising bidding bids interviews applause golf match matches playoffs playoff tournament league cup draw qualifying knockout games race races hikes increases rises');
/** What makes a round a vote: the election itself or its words, here or in the report's other sentences. */
const ELECTION_WORDS = ws('election elections vote voting voters ballot ballots runoff run-off presidential polling polls turnout candidate candidates electoral');
/** Water that runs off the land: a runoff of rain or of farms is no second ballot. */
const RUNOFF_NOT = ws('rain rainfall water stormwater storm farm farms agricultural fertiliser fertilizer fertilisers fertilizers sewage pollution nitrogen phosphorus nutrient nutrients soil snowmelt surface urban pesticide pesticides');
/** What fighting is when it is no combat: fires, crime, disease, prices, a chance. */
const FIGHT_NOT = ws('fire fires blaze blazes wildfire wildfires corruption crime inflation disease cancer poverty climate chance fit spirit back bulls dogs cocks');
/** What makes a clash a fight: "border clashes", "deadly clashes", "armed clashes". */
const CLASH_KINDS = ws('border armed deadly violent fierce heavy bloody ethnic sectarian tribal communal street sporadic renewed fresh overnight fatal brief');
/** What a clash is when it is no fight: schedules, colours, ideas, personalities. */
const CLASH_NOT = ws('schedule schedules scheduling colours colors styles personalities ideas values cultures civilisations civilizations fixture fixtures dates');
/** What is executed that is no person: a plan, an order, a trade, a contract, a search warrant. */
const EXECUTED_NOT = ws('plan plans strategy strategies order orders trade trades contract contracts warrant warrants search program programme code command commands transaction transactions deal deals will wills task tasks move moves manoeuvre maneuver pass play perfectly flawlessly well poorly');
/** Where a death by law is told: a death sentence, a method of execution, death row. */
const EXECUTION_NEAR = ws('death row sentence sentenced hanged hanging firing squad lethal injection gallows convicted prisoner prisoners inmate inmates beheaded stay clemency');

/**
 * Kinds set for a day with no family of phases (events 1.94.0): a prisoner swap is announced, put off and
 * called off as a visit is, so it gets a status ("the exchange has not been called off"; a listing so read lost a dev status);
 * so is a tender, launched on a day and put off (events 1.116.0: "postponed the tender … to October"), and an auction (events
 * 1.120.0: "has postponed its spectrum auction, set for next Tuesday").
 */
const SCHEDULED_SUBTYPES: ReadonlySet<string> = ws('exchange tender auction');

const sense = (type: EventType, subtype: string, domain: Domain, family?: Family, when?: Context, as?: string): Sense => ({
  type,
  subtype,
  domain,
  ...(family ? { family } : {}),
  ...(when ? { when } : {}),
  ...(as ? { lemma: as } : {}),
  ...(SCHEDULED_SUBTYPES.has(subtype) ? { schedulable: true } : {}),
});

const lemma = (
  name: string,
  forms: string,
  nouns: string,
  senses: readonly Sense[],
  reject: readonly Context[] = [],
  symmetric = false,
): DomainLemma => ({
  lemma: name,
  forms: forms.split(' ').filter(Boolean),
  nouns: nouns.split(' ').filter(Boolean),
  senses,
  reject,
  symmetric,
});

/** Who inspects a place or a work (events 1.113.0): "the fire brigade had to inspect", "engineers will inspect". */
const INSPECTING = ws('brigade inspectors inspector engineers engineer regulator regulators auditors surveyors experts officials');
/** What is diverted elsewhere in an incident (events 1.113.0): ambulances, patients, flights, ships, traffic. */
const DIVERTED = ws('ambulance ambulances patients flight flights plane planes aircraft airliner jet ship ships vessel vessels traffic trains train buses ferries ferry cargo shipments');
/** What follows a transitive "reopen": an object, so no place reopening by itself ("reopen the chapter", "reopen it"). */
const REOPEN_OBJECTS = ws('the a an its their his her this that these those it them talks negotiations case wounds debate old');
/** What a report of a burial names elsewhere: a death, a funeral, a grave (events 1.113.0). */
const FUNERAL_TOPIC = ws('funeral funerals died death dies dead mourning mourners coffin casket cemetery grave graveyard tomb mausoleum cortege cortège obituary');
/** What is buried that is no body laid in a grave: rubble, snow, mud, a report, old quarrels (events 1.113.0). */
const BURIED_NOT = ws('rubble debris mud snow sand landslide landslides avalanche alive under beneath hatchet differences report reports news treasure cable cables pipe pipes deep deeply');

/** Offices a person is named to or removed from (events 1.120.0): "named finance minister", "naming … as interim CEO". */
const NAMED_OFFICES = ws('minister ministers ceo chief chairman chairwoman chair president governor director coach manager ambassador secretary premier head commissioner');
/** Debt a borrower sells and buys back (events 1.120.0): bonds, notes, Eurobonds. */
const BONDS = ws('bond bonds eurobond eurobonds notes debt debts securities');
/** What is done when a bond is issued (events 1.120.0): sold, priced, arranged, raised from, placed, launched. */
const BOND_ISSUING = ws('sell sells sold selling issue issues issued issuing priced pricing arrange arranged arranging raise raised raising placed launch launched launches tap tapped marketed');
/** What follows a bond that is no issue of it (events 1.120.0): its yields, its market, its holders, a bond between people. */
const BOND_NOT = ws('yield yields market markets price prices holders holder investors investor fund funds traders trading spread spreads index indices purchases purchase buying between rating ratings');
/** Who sells bonds they hold, a trade and no issue (events 1.120.0): "investors sold bonds". */
const BOND_TRADERS = ws('investors investor traders funds holders banks');
/** What a rating agency moves (events 1.120.0): "cut Rwanda's B+ rating", "a report on ratings". */
const RATINGS = ws('rating ratings');
/** What else is downgraded (events 1.120.0): a storm, a forecast, an outlook, an alert. */
const DOWNGRADED_NOT = ws('storm storms hurricane cyclone typhoon forecast forecasts outlook estimate estimates target targets warning warnings alert alerts');
/** What an aid package or a sized package is (events 1.120.0): "a support package", "a 700 million euro package". */
const PACKAGE_KINDS = ws('aid bailout bail-out support stimulus relief');
const PACKAGE_SIZES = ws('euro euros dollar dollars million billion bn');
/** What is back up after an outage (events 1.120.0): "all systems running again", "reconnect the whole country". */
const RECONNECTED = new Set([...ws('homes households customers users subscribers grid country city town region'), ...ws('operations services service systems system power electricity supply supplies water gas network networks')]);

const plover = (type: EventType, subtype: string, family?: Family, when?: Context): Sense => sense(type, subtype, 'plover', family, when);

export const DOMAIN_LEMMAS: readonly DomainLemma[] = [
  // --- PLOVER categories the diplomacy lexicon lacked ---
  lemma('concede', 'concede concedes conceded conceding concession concessions', 'concession concessions', [plover('CONCEDE', 'concede')], [
    { next: ws('defeat') },
    // a mining or an oil concession, a state's grant to run a mine (events 1.116.0): "took back the Cambulo concession", "an
    // open tender for the concession" (not "made a concession to the unions")
    { self: ws('concession concessions'), near: { words: ws('mine mines mining oil gas timber logging forestry tender tenders licence licences license licenses operator royalties took'), before: 4, after: 3 } },
  ]),
  lemma('apologize', 'apologize apologizes apologized apologizing apologise apologises apologised apologising apology apologies', 'apology apologies', [plover('CONCEDE', 'apologize')]),
  lemma('ceasefire', 'ceasefire ceasefires truce truces', 'ceasefire ceasefires truce truces', [plover('RETREAT', 'ceasefire')], [], true),
  lemma('withdraw', 'withdraw withdraws withdrew withdrawn withdrawing withdrawal', 'withdrawal', [plover('RETREAT', 'withdraw', undefined, { near: { words: TROOPS, before: 3, after: 4 } })]),
  lemma('retreat', 'retreat retreats retreated retreating', 'retreat', [plover('RETREAT', 'retreat', undefined, { near: { words: TROOPS, before: 3, after: 3 } })]),
  lemma('urge', 'urge urges urged urging', '', [plover('REQUEST', 'urge')]),
  // "pleaded with fans to stay calm", "pleads for help" (events 1.100.0): a request, as "her appeal for calm"; "pleaded
  // guilty" is the plea ("guilty" is its trigger)
  lemma('plead', 'plead pleads pleaded pleading pled', '', [plover('REQUEST', 'appeal', undefined, { next: ws('with for') })]),
  lemma('appeal', 'appeal appeals appealed appealing', 'appeal appeals', [
    // "three judges threw out the appeal": the court may sit a few words before
    // "rejected Villaverde's appeal", "lodged an appeal": a court's or a party's act on it names it too (not "lost its
    // appeal", the attraction)
    sense('LEGAL', 'appeal', 'legal', 'legal', { near: { words: APPEAL_NEAR, before: 4, after: 4 } }),
    sense('LEGAL', 'appeal', 'legal', 'legal', { prev: ws('on') }),
    // "the city said it had appealed on Thursday", "will appeal.": the verb with no object, nor "for" or "to" after it
    // (events 1.76.0; "appealed for calm", "appealed to voters" are requests)
    sense('LEGAL', 'appeal', 'legal', 'legal', { self: ws('appealed appeal'), prev: ws('had has have will would to'), next: NO_OBJECT }),
    plover('REQUEST', 'appeal', undefined, { next: ws('for to') }),
    // "the appeals chamber", "an appeal court": the court that hears appeals, no appeal
  ], [
    { next: ws('chamber chambers court courts judge judges panel panels tribunal tribunals bench') },
    // "the Court of Appeal upheld …": the court's name (events 1.83.0)
    { capital: true, prev: ws('of'), near: { words: ws('court courts'), before: 2, after: 0 } },
    // "the design appealed to younger buyers" (events 1.83.0; "appealed to voters to stay home" is a request)
    { self: ws('appealed appeals appealing'), next: ws('to'), near: { words: ATTRACTED, before: 0, after: 3, unlessNext: ws('to') } },
    // "is meant to appeal to younger diners": to attract, no request
    // (events 1.116.0: not "is likely to appeal to the Court of Arbitration", a court or a tribunal appealed to)
    { prev: ws('to'), next: ws('to'), near: { words: ws('meant designed intended aimed bound sure likely unlikely'), before: 3, after: 0 }, unlessNear: { words: APPEAL_BODIES, before: 0, after: 5 } },
    // "has lost none of its appeal for tourists", "broad appeal": the attraction (a party's appeal "to voters to stay
    // home" is a request: a verb's "to" follows the audience)
    { self: ws('appeal'), prev: ws("its their his her 's"), next: ws('for to'), near: { words: AUDIENCE, before: 0, after: 3, unlessNext: ws('to') } },
    { prev: CHARM },
    // "makes a strong appeal to younger viewers": a degree of charm with its audience after (events 1.73.0; "a strong
    // appeal to voters to stay home" is a request: a verb's "to" follows the audience)
    { self: ws('appeal'), prev: ws('strong obvious instant immediate special particular huge great real'), next: ws('for to'), near: { words: AUDIENCE, before: 0, after: 3, unlessNext: ws('to') } },
  ]),
  lemma('demand', 'demanded demanding', '', [
    // "have demanded a ransom of 300 million naira" (events 1.74.0): the kidnappers' demand, an event of its own
    sense('COERCE', 'ransom-demand', 'plover', undefined, { near: { words: ws('ransom ransoms'), before: 0, after: 3 } }, 'ransom-demand'),
    // "the kidnappers had demanded 1.5 million euros", "demanded between 1.5 million and 3 million" (events 1.76.0): a sum
    // demanded in a report of a kidnapping is the ransom ("unions demanded 5 percent" has no kidnapping)
    sense('COERCE', 'ransom-demand', 'plover', undefined, { near: { words: SUMS, before: 0, after: 4 }, elsewhere: [KIDNAP] }, 'ransom-demand'),
    plover('REQUEST', 'demand'),
  ]),
  // a bill rejected by a legislature is a vote on it ("a similar bill was rejected in 2021", "lawmakers rejected the
  // bill"); the bill or the legislators come first, so "the opposition rejected the bill" stays a stance
  lemma('reject', 'reject rejects rejected rejecting rejection', 'rejection', [
    // "rejected his appeal", "the appeal was rejected": a court's ruling on an appeal
    sense('LEGAL', 'ruling', 'legal', undefined, { near: { words: APPEALED, before: 3, after: 3 } }, 'rule'),
    sense('POLITICAL', 'vote', 'political', 'election', { near: { words: new Set([...BILLS, ...LEGISLATORS]), before: 3, after: 0 } }, 'vote'),
    // "56 percent of voters rejected the merger": a share of the voters rejects by a vote (events 1.70.0; not "most voters
    // rejected the idea", a poll's)
    sense('POLITICAL', 'vote', 'political', 'election', { self: ws('rejected rejects reject'), prev: ws('voters electorate'), near: { words: ws('percent % majority'), before: 4, after: 0 } }, 'vote'),
    plover('REJECT', 'reject'),
  ]),
  lemma('veto', 'veto vetoes vetoed vetoing', 'veto', [plover('REJECT', 'veto')]),
  lemma('threaten', 'threaten threatens threatened threatening threat threats ultimatum', 'threat threats ultimatum', [plover('THREATEN', 'threaten')], [{ prev: ws('under') }]),
  // "the protest organiser", "a protest leader", "the protest movement": who protests, no protest told (events 1.100.0)
  lemma('protest', 'protest protests protested protesting demonstration demonstrations', 'protest protests demonstration demonstrations', [plover('PROTEST', 'demonstrate')], [{ self: ws('protest'), next: ws('organiser organisers organizer organizers leader leaders movement movements group groups') }]),
  // "called a march to Parliament", "nurses marched through the city", "no procession will be permitted"; a capital
  // "March" is the month ("on March 18", and at a sentence's start too), troops marching are no protest, a funeral
  // or religious procession none either
  lemma('march', 'march marches marched marching procession processions', 'march marches procession processions', [plover('PROTEST', 'demonstrate')], [
    { capital: true },
    { near: { words: TROOPS, before: 3, after: 1 } },
    { prev: ws('forced funeral religious wedding royal torchlight') },
  ]),
  // "two nights of rioting", "the unrest began on Sunday" (events 1.113.0): a riot the story follows, with the tagger's
  // "riots" (a happening: "after the riots" is background in the events gold); "unrest" only as the one told of, not
  // "social unrest" or "fears of unrest"
  lemma('riot', 'rioted rioting unrest', 'rioting unrest', [plover('PROTEST', 'riot')], [
    { self: ws('unrest'), prev: ws('social political economic civil labour labor industrial of wider widespread possible potential further any more new') },
  ]),
  lemma('rally', 'rally rallies rallied', 'rally rallies', [plover('PROTEST', 'demonstrate')], [{ near: { words: MARKETS, before: 3, after: 2 } }]),
  lemma('boycott', 'boycott boycotts boycotted boycotting', 'boycott boycotts', [plover('PROTEST', 'boycott')]),
  lemma('mobilize', 'mobilize mobilizes mobilized mobilizing mobilise mobilises mobilised mobilising mobilization mobilisation', 'mobilization mobilisation', [plover('MOBILIZE', 'mobilize')]),
  lemma('deploy', 'deploy deploys deployed deploying deployment deployments', 'deployment deployments', [plover('MOBILIZE', 'deploy', undefined, { near: { words: TROOPS, before: 3, after: 4 } })]),
  lemma('blockade', 'blockade blockades blockaded', 'blockade blockades', [plover('COERCE', 'blockade')]),
  lemma('curfew', 'curfew curfews', 'curfew curfews', [plover('COERCE', 'curfew')]),
  lemma('expel', 'expel expels expelled expelling expulsion expulsions', 'expulsion expulsions', [plover('COERCE', 'expel')]),
  // a state orders another's diplomats out: "ordered four of his diplomats to leave", "had been ordered out of the
  // country", "were declared persona non grata" (not "ordered residents to leave their homes": an evacuation)
  lemma('order-out', 'order orders ordered ordering', '', [
    sense('COERCE', 'expel', 'plover', undefined, { near: { words: DIPLOMATS, before: 0, after: 4 } }, 'expel'),
    sense('COERCE', 'expel', 'plover', undefined, { next: ws('out') }, 'expel'),
    // "to quash the police order": a ban or a bar the police issue
    sense('COERCE', 'ban', 'plover', undefined, { self: ws('order'), prev: ws('police') }, 'ban'),
  ], [{ near: { words: ws('homes home houses residents villagers evacuation evacuate takeaway pizza food drinks'), before: 0, after: 6 } }]),
  lemma('persona-non-grata', 'declare declares declared declaring', '', [sense('COERCE', 'expel', 'plover', undefined, { next: ws('persona') }, 'expel')]),
  // a state calls in another's envoy to protest: "summoned Equatorial Guinea's ambassador", "the envoy was summoned"
  // (not a court's summons: "summoned to appear", "summoned as a witness")
  lemma('summon', 'summon summons summoning', '', [sense('PROTEST', 'summon', 'plover', undefined, { near: { words: DIPLOMATS, before: 4, after: 4 } })], [
    { near: { words: ws('court courts appear testify witness witnesses hearing jury judge magistrate'), before: 0, after: 4 } },
  ]),
  // "was summoned to appear before an investigating judge", "summoned for questioning by prosecutors", a former ambassador
  // "summoned to appear in court" (events 1.83.0): a summons of the law, an event of its own (the appearance it asks for is
  // the hearing); not a witness's
  lemma('summon', 'summoned', '', [
    sense('LEGAL', 'summons', 'legal', undefined, { near: { words: new Set([...COURT, 'questioning', 'prosecutor', 'prosecutors']), before: 0, after: 6 }, unlessNear: { words: ws('witness witnesses'), before: 4, after: 4 } }, 'summons'),
    sense('PROTEST', 'summon', 'plover', undefined, { near: { words: DIPLOMATS, before: 4, after: 4 } }),
  ]),
  lemma('seize', 'seize seizes seized seizing seizure', 'seizure', [
    // "gunmen seized 23 passengers", "the kidnappers who seized road workers", "seized as hostages" (events 1.74.0): people
    // taken are a kidnapping ("police seized drugs", "troops seized the town" stay seizures)
    sense('ASSAULT', 'abduct', 'plover', 'incident', { self: ws('seize seizes seized seizing'), near: { words: TAKEN_PEOPLE, before: 0, after: 4 }, unlessNear: { words: SEIZERS_NOT, before: 4, after: 0 } }, 'abduct'),
    sense('ASSAULT', 'abduct', 'plover', 'incident', { self: ws('seize seizes seized seizing'), near: { words: ABDUCTORS, before: 3, after: 0 }, elsewhere: [KIDNAP] }, 'abduct'),
    // "Six people seized last weekend from a resort are being held …" (events 1.85.0): people taken, told after them in a
    // clause of their own (not "soldiers seized the town": the word after is a time or a place, not an object)
    sense('ASSAULT', 'abduct', 'plover', 'incident', { self: ws('seized'), next: ws('last earlier overnight yesterday from in at near off during'), near: { words: TAKEN_PEOPLE, before: 2, after: 0 } }, 'abduct'),
    plover('COERCE', 'seize'),
  ], [{ next: ws('on upon') }, { prev: ws('epileptic') }, { near: { words: ws('opportunity moment initiative chance'), before: 0, after: 3 } }]),
  lemma('attack', 'attack attacks attacked attacking', 'attack attacks', [plover('ASSAULT', 'attack')], [{ prev: ws('heart panic asthma anxiety') }]),
  lemma('cyberattack', 'cyberattack cyberattacks cyber-attack cyber-attacks', 'cyberattack cyberattacks cyber-attack cyber-attacks', [plover('ASSAULT', 'cyberattack')]),
  lemma('bomb', 'bombing bombings bombed bombard bombarded bombardment', 'bombing bombings bombardment', [plover('ASSAULT', 'bombing')]),
  lemma('shell', 'shelling shelled', 'shelling', [plover('ASSAULT', 'shelling')]),
  lemma('airstrike', 'airstrike airstrikes air-strike air-strikes', 'airstrike airstrikes air-strike air-strikes', [plover('ASSAULT', 'airstrike')]),
  lemma('shooting', 'shooting shootings gunfire', 'shooting shootings gunfire', [plover('ASSAULT', 'shooting')], [{ next: ws('range star stars script schedule') }]),
  // "the constable's murder trial", "murder charges": the offence a legal process is about, no killing told (events 1.110.0)
  lemma('murder', 'murder murders murdered murdering', 'murder murders', [plover('ASSAULT', 'murder')], [{ next: ws('mystery mysteries novel novels') }, { near: { words: FICTION, before: 6, after: 0 } }, { next: ws('trial trials charge charges case cases count counts conviction convictions verdict suspect suspects accused defendant') }]),
  // "was shot", "shot dead", "shot and killed"; not "a shot at", "shot a film"
  lemma('shot', 'shot', '', [
    plover('ASSAULT', 'shooting', undefined, { next: ws('dead down and to in at by') }),
    plover('ASSAULT', 'shooting', undefined, { prev: BE }),
    // "the gunman who shot two officers", "shot him": the people shot after it (events 1.73.0; not "shot a film about
    // police officers", "shot 68", prices that "shot up")
    plover('ASSAULT', 'shooting', undefined, { next: ws('him her them') }),
    plover('ASSAULT', 'shooting', undefined, { near: { words: SHOT_PEOPLE, before: 0, after: 2 } }),
  ], [{ prev: ws('a big long parting') }, { next: ws('at') , prev: ws('a') }]),
  lemma('stab', 'stabbing stabbings stabbed', 'stabbing stabbings', [plover('ASSAULT', 'stabbing')]),
  lemma('ambush', 'ambush ambushes ambushed', 'ambush ambushes', [plover('ASSAULT', 'ambush')]),
  lemma('massacre', 'massacre massacres massacred', 'massacre massacres', [plover('ASSAULT', 'massacre')]),
  // "for assaulting a photographer" (the participle since events 1.73.0)
  lemma('assault', 'assault assaults assaulted assaulting', 'assault assaults', [plover('ASSAULT', 'assault')], [{ next: ws('rifle rifles weapon weapons') }]),
  // a kidnapping (events 1.74.0; PLOVER ASSAULT, mode abduct; incident phases, so it has a status): "gunmen abducted 11
  // workers", "the abduction", "kidnapped", "taken hostage", "held them captive", "gunmen took 11 workers"; a charge of
  // kidnapping ("charged with kidnapping") is the charge's, "kidnapping for ransom has become common" a kind, no happening
  lemma('abduct', 'abduct abducts abducted abducting abduction abductions kidnap kidnaps kidnapped kidnapping kidnappings kidnaped kidnaping', 'abduction abductions kidnapping kidnappings', [plover('ASSAULT', 'abduct', 'incident')], [
    { near: { words: ws('charged charges charge accused convicted guilty indicted jailed sentenced acquitted'), before: 3, after: 0 } },
    { self: ws('kidnapping kidnappings abduction abductions'), next: ws('for'), near: { words: ws('ransom'), before: 0, after: 2 } },
    { next: ws('gang gangs ring rings victim victims charge charges case cases trial suspect suspects insurance industry epidemic') },
    // "child abduction laws", "a kidnapping scene in the film": no one taken
    { near: { words: FICTION, before: 6, after: 0 } },
  ]),
  // "were taken hostage", "taking 30 others hostage", "gunmen took 11 workers" (not "took the train", "took 57.8%")
  lemma('take-hostage', 'take takes took taking', '', [
    // "took to the streets" (events 1.94.0): a protest (not "took to the road", "took to social media")
    sense('PROTEST', 'demonstrate', 'plover', undefined, { next: ws('to'), near: { words: ws('streets'), before: 0, after: 3 } }, 'protest'),
    // "will take office on May 14", "took office in 2019" (events 1.94.0): a start in a post, as a swearing-in
    sense('POLITICAL', 'sworn-in', 'political', undefined, { next: ws('office') }, 'sworn'),
    // "would take her case to the Supreme Court", "took the fight to a higher court" (events 1.100.0): an appeal (not "took
    // the oath at the Supreme Court", "take the ruling into account", "took his seat on the appeals bench")
    sense('LEGAL', 'appeal', 'legal', 'legal', { next: ws('her his their its the this that our my'), near: { words: ws('supreme appeals appellate higher'), before: 0, after: 6 }, unlessNear: { words: ws('decision ruling rulings account note oath seat seats stand part place bench judges justices'), before: 0, after: 6 } }, 'appeal'),
    sense('ASSAULT', 'abduct', 'plover', 'incident', { near: { words: HOSTAGE, before: 0, after: 5 } }, 'abduct'),
    sense('ASSAULT', 'abduct', 'plover', 'incident', { self: ws('took'), prev: ABDUCTORS, near: { words: TAKEN_PEOPLE, before: 0, after: 3 } }, 'abduct'),
    // "when it took back the Cambulo concession", "took back the licence" (events 1.116.0): a state taking back a licence or
    // a concession revokes it (not "took back his words", "took back control")
    sense('SANCTION', 'licence-revocation', 'plover', undefined, { next: ws('back'), near: { words: new Set([...LICENCES, 'concession']), before: 0, after: 6 } }, 'revoke'),
  ]),
  // a ransom demanded (events 1.74.0): "demanded a ransom of 300 million", "no demand had been received" in a report of a
  // kidnapping, "the ransom demand" (not "demand for steel", "on demand"); COERCE as the threat it backs
  lemma('ransom-demand', 'demand demands', 'demand demands', [
    sense('COERCE', 'ransom-demand', 'plover', undefined, { near: { words: ws('ransom ransoms'), before: 2, after: 3 } }),
    sense('COERCE', 'ransom-demand', 'plover', undefined, { prev: ws('a no any the their'), elsewhere: [KIDNAP] }),
  ], [{ next: ws('for'), unlessNear: { words: ws('ransom ransoms'), before: 3, after: 3 } }, { prev: ws('on high low strong weak weaker stronger domestic global consumer') }]),

  // --- disasters (extension DISASTER) ---
  // "the incident" in a report of a fire, a crash, a crush or a blast (named in another sentence) is that incident, a
  // general noun the link layer joins to the story's incident of its type (link/families.ts GENERAL_NOUNS); not "without
  // incident", nor "a diplomatic incident" in a report of no such happening
  lemma('incident', 'incident incidents', 'incident incidents', [sense('DISASTER', 'incident', 'disaster', 'incident', { elsewhere: [INCIDENT_NOUNS] })], [{ prev: ws('without no') }]),
  lemma('earthquake', 'earthquake earthquakes quake quakes tremor tremors aftershock aftershocks', 'earthquake earthquakes quake quakes tremor tremors aftershock aftershocks', [sense('DISASTER', 'earthquake', 'disaster', 'incident')], [{ next: ws('warning warnings alert alerts') }]),
  // "floodwater poured over the dam's spillway", "the river overflowed its banks": water over what holds it is the flood
  lemma('overflow', 'poured spilled overflowed overflows overflowing overtopped overtopping', '', [
    sense('DISASTER', 'flood', 'disaster', 'incident', { self: ws('poured spilled'), next: ws('over'), near: { words: FLOODWATER, before: 2, after: 0 } }, 'flood'),
    sense('DISASTER', 'flood', 'disaster', 'incident', { self: ws('overflowed overflows overflowing overtopped overtopping'), near: { words: new Set([...FLOODWATER, ...STRUCTURES, 'banks']), before: 3, after: 3 } }, 'flood'),
    // "30 tonnes of fuel oil spilled from a tanker", in a report that names where oil spills from
    sense('DISASTER', 'spill', 'disaster', 'incident', { self: ws('spilled'), near: { words: SPILLED, before: 8, after: 6 }, elsewhere: [SPILL_SOURCES] }, 'spill'),
  ]),
  // an oil spill or leak: a disaster incident, read only in a report that names its source (a tanker, a pipeline)
  // elsewhere; spilled coffee, leaked documents, a crowd spilling over are none (docs/events.md)
  lemma('spill', 'spill spills leak leaks leaked leaking', 'spill spills leak leaks', [
    // an exam's questions leaked (events 1.72.0): "the paper leaked", "a leak of the exam questions", and in a report of an
    // exam "the leak" (not "a gas leak", "leaked documents": an exam, paper or question must be near or the report an exam's)
    sense('LEGAL', 'leak', 'legal', undefined, { near: { words: EXAMS, before: 5, after: 5 } }, 'exam-leak'),
    sense('LEGAL', 'leak', 'legal', undefined, { self: ws('leak leaked'), prev: ws('the a this its over after'), elsewhere: [EXAM_TOPIC] }, 'exam-leak'),
    sense('DISASTER', 'spill', 'disaster', 'incident', { near: { words: SPILLED, before: 8, after: 6 }, elsewhere: [SPILL_SOURCES] }),
    // "The leak had not been stopped", "the 2016 spill": the noun alone, once the report has named the oil and its source
    sense('DISASTER', 'spill', 'disaster', 'incident', { self: ws('spill leak'), prev: ws('the a an this its'), elsewhere: [SPILL_SOURCES, SPILLED] }),
  ], [{ near: { words: LEAKED_NOT, before: 3, after: 3 } }, { next: ws('over out into site sites') }]),
  // a clean-up of a spill: a process with a start and an end (campaign phases), in a report about a spill
  lemma('clean-up', 'clean-up clean-ups cleanup cleanups', 'clean-up clean-ups cleanup cleanups', [
    sense('AID', 'cleanup', 'disaster', 'campaign', { elsewhere: [SPILL_TOPIC] }),
  ]),
  lemma('tsunami', 'tsunami tsunamis', 'tsunami tsunamis', [sense('DISASTER', 'tsunami', 'disaster', 'incident')], [{ next: ws('warning warnings alert alerts') }]),
  lemma('flood', 'flood floods flooding flooded floodwaters', 'flood floods flooding floodwaters', [sense('DISASTER', 'flood', 'disaster', 'incident')], [{ next: ws('of') }, { next: ws('the'), near: { words: MARKETS, before: 0, after: 3 } }, { next: ws('warning warnings alert alerts') }]),
  lemma('fire', 'fire fires blaze blazes wildfire wildfires bushfire bushfires inferno', 'fire fires blaze blazes wildfire wildfires bushfire bushfires inferno', [
    plover('ASSAULT', 'shooting', undefined, { prev: ws('open opened opens opening') }),
    sense('DISASTER', 'fire', 'disaster', 'incident'),
  ], [
    { prev: ws('under cease return returned exchange exchanged heavy live friendly') },
    { near: { words: ws('exchange exchanges exchanged'), before: 3, after: 0 } },
    { next: ws('chief chiefs department departments brigade brigades service services crews crew fighters station stations truck trucks engine engines alarm alarms escape exit sale safety officials official officers risk hazard') },
  ]),
  lemma('storm', 'storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes blizzard blizzards', 'storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes blizzard blizzards', [sense('DISASTER', 'storm', 'disaster', 'incident')], [{ next: ws('of season warning warnings alert alerts') }, { prev: ws('perfect political diplomatic media') }, { near: { words: ws('weather weathered weathers weathering ride rode riding'), before: 2, after: 0 } }]),
  // "is expected to make landfall late on Thursday", "made landfall south of Beira": a storm's arrival on land, its own moment
  lemma('landfall', 'landfall landfalls', 'landfall landfalls', [sense('DISASTER', 'landfall', 'disaster', 'incident')]),
  lemma('outbreak', 'outbreak outbreaks epidemic epidemics', 'outbreak outbreaks epidemic epidemics', [sense('DISASTER', 'outbreak', 'disaster', 'outbreak')], [{ next: ws('of'), near: { words: ws('violence fighting war hostilities'), before: 0, after: 2 } }]),
  lemma('landslide', 'landslide landslides mudslide mudslides avalanche avalanches', 'landslide landslides mudslide mudslides avalanche avalanches', [sense('DISASTER', 'landslide', 'disaster', 'incident')], [{ next: ws('victory win election majority of') }, { near: { words: ws('won win wins winning elected victory votes vote'), before: 4, after: 3 } }]),
  // a heatwave: a hazard of its own, as a storm ("the heatwave is expected to peak on Friday")
  lemma('heatwave', 'heatwave heatwaves heat-wave heat-waves', 'heatwave heatwaves heat-wave heat-waves', [sense('DISASTER', 'heatwave', 'disaster', 'incident')], [{ next: ws('warning warnings alert alerts') }]),
  // "Mount Asama erupted on Monday": the verb is a volcano's only with a volcano's word near (events 1.108.0; not
  // "violence erupted", "a row erupted")
  lemma('eruption', 'eruption eruptions erupt erupts erupted erupting', 'eruption eruptions', [
    sense('DISASTER', 'eruption', 'disaster', 'incident', { self: ws('eruption eruptions') }),
    sense('DISASTER', 'eruption', 'disaster', 'incident', { near: { words: VOLCANO_WORDS, before: 5, after: 8 } }),
  ]),
  // a crowd crush (events 1.71.0): "a crush at an entrance to the stadium", "died in a stampede" (not "a crush on her", "to
  // crush the rebellion", "a stampede of investors")
  lemma('crush', 'crush stampede stampedes', 'crush stampede stampedes', [
    sense('DISASTER', 'crush', 'disaster', 'incident', { self: ws('stampede stampedes') }),
    sense('DISASTER', 'crush', 'disaster', 'incident', { self: ws('crush'), prev: ws('a the this that deadly fatal crowd stadium its') }),
  ], [{ prev: ws('a'), next: ws('on') }, { next: ws('of') }, { near: { words: ws('rebellion rebels revolt uprising protest protests dissent opposition resistance'), before: 3, after: 3 } }]),
  // an exam sat again (events 1.72.0): "the paper could be re-sat", "the re-sit was held on Monday", "candidates sat the
  // paper again" (a "re-sit" is one word for nothing else; "sat" alone is read only with "again")
  lemma('resit', 're-sit re-sits resit resits re-sat resat re-sitting resitting sat', 're-sit re-sits resit resits', [
    sense('ECONOMY', 'resit', 'economy', undefined, { self: ws('re-sit re-sits resit resits re-sat resat re-sitting resitting') }),
    sense('ECONOMY', 'resit', 'economy', undefined, { self: ws('sat'), near: { words: ws('again'), before: 0, after: 5 }, elsewhere: [EXAM_TOPIC] }),
  ]),
  // an exam's sitting or paper called off (events 1.72.0): "the first sitting of the exam", "cancelled the philosophy
  // paper" (not "a parliamentary sitting", "sitting on the bench", "the paper reported")
  lemma('exam-sitting', 'sitting sittings paper', 'sitting sittings paper', [
    sense('ECONOMY', 'exam-sitting', 'economy', undefined, { self: ws('sitting sittings'), prev: ws('the a first second its this that'), near: { words: EXAMS, before: 4, after: 4 } }),
    sense('ECONOMY', 'exam-sitting', 'economy', undefined, { self: ws('sitting sittings'), prev: ws('the a first second its this that'), elsewhere: [EXAM_TOPIC] }),
    sense('ECONOMY', 'exam-sitting', 'economy', undefined, { self: ws('paper'), near: { words: ws('cancelled canceled scrapped annulled postponed'), before: 4, after: 4 }, elsewhere: [EXAM_TOPIC] }),
  ], [{ near: { words: SITTING_NOT, before: 4, after: 4 } }]),
  // a hunger strike in other words (events 1.72.0): "have been refusing food since", "the fast entered its third week" in
  // a report of a hunger strike (not "refused food aid", "a fast train", "the fast lane")
  lemma('strike', 'refusing refused refuse refuses', '', [plover('PROTEST', 'strike', 'strike', { next: ws('food meals'), nextNot: ws('aid') })], [{ near: { words: ws('aid parcels delivery deliveries'), before: 0, after: 3 } }]),
  lemma('strike', 'fast fasting', 'fast', [
    plover('PROTEST', 'strike', 'strike', { self: ws('fast'), prev: ws('the their his her its a'), nextNot: ws('track lane train trains food foods pace car cars one way growth-'), elsewhere: [HUNGER_TOPIC] }),
    plover('PROTEST', 'strike', 'strike', { self: ws('fasting'), elsewhere: [HUNGER_TOPIC] }),
  ]),
  // force-feeding (events 1.72.0): "had been force-fed", "the force-feeding of strikers"
  lemma('force-feed', 'force-fed force-feed force-feeds force-feeding', 'force-feeding', [sense('COERCE', 'force-feed', 'plover')]),
  // a declared emergency (events 1.72.0): "declared a heat emergency", "extended the emergency to Sunday", "lifted the
  // emergency" (not "emergency services", "the emergency room", "an emergency meeting")
  lemma('emergency', 'emergency emergencies', 'emergency emergencies', [
    sense('DISASTER', 'emergency', 'disaster', 'campaign', { prev: EMERGENCY_OF }),
    sense('DISASTER', 'emergency', 'disaster', 'campaign', { near: { words: EMERGENCY_ACTS, before: 4, after: 3 } }),
    // events 1.120.0: "declared a 14-day state of emergency", and "The emergency will remain in force", "The emergency,
    // which was due to expire" in a report that names one declared (not "the emergency services", "an emergency meeting")
    sense('DISASTER', 'emergency', 'disaster', 'campaign', { prev: ws('of'), near: { words: ws('state'), before: 2, after: 0 } }),
  ], [{ next: EMERGENCY_NOT }, { prev: ws('medical family') }]),
  // a census (events 1.120.0): "postponed the national census", "the census showed", and "the count will now take place",
  // "the door-to-door count" in a report of a census (not "the census bureau", "a vote count" elsewhere)
  lemma('census', 'census censuses', 'census censuses', [sense('POLITICAL', 'census', 'political', 'campaign')], [{ next: ws('bureau bureaus office offices tract tracts taker takers records form forms') }]),
  lemma('census', 'count', 'count', [sense('POLITICAL', 'census', 'political', 'campaign', { prev: ws('the a its this door-to-door national'), elsewhere: [ws('census censuses')] })]),
  lemma('drought', 'drought droughts', 'drought droughts', [sense('DISASTER', 'drought', 'disaster', 'incident')]),
  lemma('explosion', 'explosion explosions blast blasts', 'explosion explosions blast blasts', [sense('DISASTER', 'explosion', 'disaster', 'incident')], [{ next: ws('of from'), near: { words: ws('cold air past nostalgia'), before: 0, after: 3 } }]),
  lemma('capsize', 'capsize capsizes capsized capsizing shipwreck shipwrecks', 'shipwreck shipwrecks', [sense('DISASTER', 'shipwreck', 'disaster', 'incident')]),
  lemma('sink', 'sank sunk sinking sinks foundered foundering', 'sinking', [
    sense('DISASTER', 'shipwreck', 'disaster', 'incident', { near: { words: VEHICLES, before: 4, after: 2 } }),
    // events 1.76.0: a craft further off in its clause ("a passenger launch that sank", "the 2022 sinking of the MV …", "the
    // launch MV … foundered"), and "sank" in a report about a boat ("was struck by a squall and sank within minutes")
    sense('DISASTER', 'shipwreck', 'disaster', 'incident', { near: { words: VESSELS, before: 8, after: 4 } }),
    sense('DISASTER', 'shipwreck', 'disaster', 'incident', { self: ws('sank sunk'), unlessNear: { words: NOT_SINKING, before: 4, after: 0 }, elsewhere: [VESSELS] }),
  ], [{ near: { words: MARKETS, before: 4, after: 2 } }, { next: ws('into cost costs') }, { prev: ws('heart hearts spirits') }]),
  lemma('crash', 'crash crashes crashed crashing', 'crash crashes', [
    sense('DISASTER', 'crash', 'disaster', 'incident', { near: { words: VEHICLES, before: 4, after: 4 } }),
    // "the March 14 crash", "last month's crash near the town" in a report whose other sentences name the plane or the
    // bus (events 1.86.0; a market's crash is rejected below)
    sense('DISASTER', 'crash', 'disaster', 'incident', { self: ws('crash'), elsewhere: [VEHICLES] }),
  ], [{ near: { words: MARKETS, before: 3, after: 1 } }, { next: ws('course diet') }]),
  // events 1.78.0: a vehicle's crash told by its fall ("a bus plunged into a ravine", "the truck veered off the road",
  // "a car fell 50 metres into a gorge"): the vehicle before the verb and a direction after it, or a drop a few words
  // on in a report about vehicles; not "prices plunged", "shares fell", "the river fell", "car sales fell into decline"
  lemma('plunge', 'plunge plunges plunged plunging fell fall falls falling rolled veered veering careered careering tumbled plummeted plummeting', '', [
    sense('DISASTER', 'crash', 'disaster', 'incident', { next: ws('into off down from over onto'), near: { words: VEHICLES, before: 6, after: 0 }, unlessNear: { words: NOT_CRASHING, before: 3, after: 0 } }, 'crash'),
    sense('DISASTER', 'crash', 'disaster', 'incident', { near: { words: DROPS, before: 0, after: 6 }, unlessNear: { words: NOT_CRASHING, before: 3, after: 0 }, elsewhere: [VEHICLES] }, 'crash'),
  ]),
  // "the disaster", "since the disaster": an incident named by its general noun (the link layer reads it as any incident
  // of its report; events 1.70.0); not "a disaster for the party", "disaster relief", "the disaster zone"
  lemma('disaster', 'disaster', 'disaster', [sense('DISASTER', 'disaster', 'disaster', 'incident', { prev: ws('the this') })], [
    { next: ws('relief recovery management fund funds zone zones movie movie film films area areas plan plans risk risks response preparedness agency agencies team teams declaration of for') },
  ]),
  lemma('accident', 'accident accidents', 'accident accidents', [sense('DISASTER', 'crash', 'disaster', 'incident')], [{ prev: ws('by happy') }, { next: ws('insurance of') }]),
  lemma('derail', 'derail derailed derailment derailments', 'derailment derailments', [
    // the noun names a train leaving its rails whatever is near ("an inquiry into the derailment near Kessel"); the verb
    // is as often a plan's ("derailed the talks")
    sense('DISASTER', 'crash', 'disaster', 'incident', { self: ws('derailment derailments') }),
    sense('DISASTER', 'crash', 'disaster', 'incident', { near: { words: VEHICLES, before: 4, after: 3 } }),
  ], [{ near: { words: ws('talks negotiations process plan plans deal reforms reform economy recovery career campaign'), before: 0, after: 4 } }]),
  // "the cargo ship ran aground": a ship on the bottom, the wreck's start
  lemma('aground', 'aground', '', [sense('DISASTER', 'shipwreck', 'disaster', 'incident', { prev: ws('ran run runs running') }, 'capsize')]),
  lemma('collide', 'collide collided collision collisions', 'collision collisions', [sense('DISASTER', 'crash', 'disaster', 'incident', { near: { words: VEHICLES, before: 4, after: 4 } })]),
  // the noun only, after its determiner ("the collapse of a copper mine"): the verb "collapsed" beside "died"
  // is the deaths' clause, typed by them
  lemma('collapse', 'collapse cave-in', 'collapse cave-in', [
    sense('DISASTER', 'collapse', 'disaster', 'incident', { prev: ws('the a this its'), near: { words: COLLAPSING, before: 4, after: 8 } }),
    // "Seventeen people died and about 60 were injured in the collapse on March 7": the harm told before it (events 1.85.0)
    sense('DISASTER', 'collapse', 'disaster', 'incident', { self: ws('collapse'), prev: ws('the'), near: { words: COLLAPSE_HARM, before: 8, after: 0 } }),
  ], [
    { near: { words: ws('his her their'), before: 0, after: 2 } },
    { near: { words: ws('talks negotiations deal deals ceasefire government coalition economy regime currency'), before: 4, after: 4 } },
    { near: { words: MARKETS, before: 4, after: 4 } },
  ]),
  // "the dam has not breached", "a breach in the levee": water through a structure that held it is its collapse
  lemma('breach', 'breach breaches breached', 'breach breaches', [sense('DISASTER', 'collapse', 'disaster', 'incident', { near: { words: WATER_BARRIERS, before: 5, after: 3 } }, 'collapse')]),
  // "part of the dam wall had given way", "the roof gave way": a structure gives way (a multiword phrase since events
  // 1.112.0: PHRASE_LEMMAS give-way, with the landslide of 1.84.0; "gave way to protests" is none)
  lemma('give-way', 'give gave given giving gives', '', [
    // "gave himself up to police" (events 1.100.0): a surrender, the arrest
    sense('LEGAL', 'arrest', 'legal', 'legal', { next: ONESELF, near: { words: ws('up'), before: 0, after: 2 } }, 'arrest'),
    // property given back (events 1.70.0): "gave 20 bronzes back", "to give them back" in a report on a museum's property,
    // "gave the statue and 26 other objects to the ministry" (not "gave back to the community", "gave him back his passport")
    sense('ECONOMY', 'return', 'economy', undefined, { near: { words: ws('back'), before: 0, after: 3 }, elsewhere: [MUSEUM_TOPIC] }, 'handover'),
    sense('ECONOMY', 'return', 'economy', undefined, { near: { words: ARTEFACTS, before: 0, after: 6 } }, 'handover'),
  ], [{ next: ws('way') }, { next: ws('up in away off') }]),
  // an object lent for a show (events 1.70.0): "lent the statue to the Louvre", "on loan from the museum", "no loan in the
  // agreement" in a report on a museum's property (not a bank's loan, "a loan of 2 billion dollars", "lent support")
  lemma('loan', 'lend lends lending lent loan loans', 'loan loans', [
    sense('ECONOMY', 'loan', 'economy', undefined, { near: { words: ARTEFACTS, before: 4, after: 4 } }),
    sense('ECONOMY', 'loan', 'economy', undefined, { elsewhere: [MUSEUM_TOPIC] }),
  ], [{ near: { words: CREDIT, before: 4, after: 5 } }, { next: ws('support weight credibility a an his her their its') }, { prev: ws('student home car payday bad') }]),
  // "a ventilation shaft caved in": the structure is the subject; "the government caved in" is no disaster
  lemma('cave-in', 'caved caves', '', [sense('DISASTER', 'collapse', 'disaster', 'incident', { next: ws('in'), near: { words: STRUCTURES, before: 3, after: 0 } })]),
  lemma('warning', 'warning warnings alert alerts', 'warning warnings alert alerts', [
    sense('DISASTER', 'warning', 'disaster', 'incident', { prev: ws('tsunami flood storm weather hurricane typhoon cyclone tornado evacuation heat fire wildfire avalanche red amber orange yellow severe aftershock aftershocks earthquake quake') }),
    // "a warning of aftershocks", "an alert for heavy rain": the hazard right after (not "a warning of sanctions")
    sense('DISASTER', 'warning', 'disaster', 'incident', { next: ws('of for over about'), near: { words: HAZARDS, before: 0, after: 3 } }),
    // "kept its alert for the provinces in force", "issued an alert": an alert issued, kept or lifted is a public warning
    // (a "warning" so placed is as often a politician's: "issued a warning to Moscow")
    sense('DISASTER', 'warning', 'disaster', 'incident', { self: ws('alert alerts'), near: { words: ws('issued issue issues issuing lifted lift lifts lifting kept keeps declared raised extended maintained'), before: 3, after: 0 } }),
  ]),

  // --- casualties (extension CASUALTY) ---
  lemma('kill', 'kill kills killed killing killings', 'killing killings', [sense('CASUALTY', 'killed', 'casualty', 'incident')], [{ next: ws('time off') }, { near: { words: ws('making made make makes'), before: 2, after: 0 } }]),
  lemma('die', 'die dies died dying death deaths drowned drowning', 'death deaths', [sense('CASUALTY', 'died', 'casualty', 'incident')], [
    { next: ws('toll tolls penalty penalties sentence sentences row threats threat certificate') },
    { prev: ws('dying') },
    { next: ws('down out hard') },
    // "sentenced the two men to death": the penalty, no death (not "stabbed to death")
    { prev: ws('to'), near: { words: ws('sentenced sentence sentences sentencing condemned'), before: 6, after: 0 } },
  ]),
  lemma('dead', 'dead', '', [sense('CASUALTY', 'died', 'casualty', 'incident', { prev: ws('left leaving leaves found shot were are was is lay people killed confirmed presumed declared') })], [{ next: ws('end ends heat') }]),
  lemma('toll', 'toll tolls', 'toll tolls', [sense('CASUALTY', 'death-toll', 'casualty', 'incident', { prev: ws('death casualty the') })], [{ next: ws('road roads booth booths plaza on gate gates') }]),
  lemma('injure', 'injure injures injured injuring injury injuries wounded wounding', 'injury injuries', [sense('CASUALTY', 'injured', 'casualty', 'incident')], [{ next: ws('list reserve time') }, { prev: ws('knee ankle hamstring groin back shoulder') }]),
  // "five passengers were hurt in the evacuation": people hurt (not "hurt the economy", "hurt feelings")
  lemma('injure', 'hurt', '', [sense('CASUALTY', 'injured', 'casualty', 'incident', { prev: BE, near: { words: PEOPLE, before: 4, after: 0 } })]),
  lemma('missing', 'missing', '', [sense('CASUALTY', 'missing', 'casualty', 'incident', { prev: BE }), sense('CASUALTY', 'missing', 'casualty', 'incident', { near: { words: PEOPLE, before: 3, after: 1 } })], [{ next: ws('out link piece pieces documents files data funds money deadline the a') }, { next: ws('is are was were') }]),
  // "17 miners were trapped underground", "a dozen passengers remain unaccounted for": people missing, as the link layer's
  // drift reads them (not "trapped in a cycle of debt": people before it)
  lemma('missing', 'trapped unaccounted', '', [sense('CASUALTY', 'missing', 'casualty', 'incident', { prev: BE, near: { words: PEOPLE, before: 4, after: 0 } })]),
  lemma('rescue', 'rescue rescues rescued rescuing', 'rescue rescues', [sense('CASUALTY', 'rescued', 'casualty', 'incident')], [
    { next: ws('package packages plan plans deal fund loan loans talks bid') },
    { prev: ws('bank banking financial') },
    // "rescue workers pulled …": a modifier of who did it, not a mention of the rescue
    { next: ws('workers worker teams team crews crew services boats boat helicopters helicopter dogs personnel') },
    // "released two rescued otters": an animal's rescue, no incident's
    { next: ANIMALS },
  ]),
  lemma('search', 'search searches searched searching', 'search searches', [
    sense('CASUALTY', 'search', 'casualty', 'incident', { near: { words: ws('survivors missing bodies body victims rescue rescuers crew passengers fishermen divers miners climbers hikers'), before: 3, after: 4 } }),
    // "the search could end this weekend" in a report whose other sentences tell of rescuers and the missing (events 1.84.0)
    sense('CASUALTY', 'search', 'casualty', 'incident', { self: ws('search'), prev: ws('the'), elsewhere: [SEARCHERS, ws('missing survivors bodies victims')] }),
    // "federal agents searched the senator's home": a search by the police, after a rescue's words have had their turn
    // "police carried out a search of the office" (events 1.95.0: four words back)
    sense('LEGAL', 'search', 'legal', undefined, { near: { words: POLICE, before: 4, after: 0 } }),
  ], [{ next: ws('engine engines warrant warrants results') }]),
  lemma('evacuate', 'evacuate evacuates evacuated evacuating evacuation evacuations', 'evacuation evacuations', [sense('CASUALTY', 'evacuated', 'casualty', 'incident')], [{ next: ws('warning warnings alert') }]),
  lemma('recovery', 'recovery recovered', 'recovery', [
    sense('CASUALTY', 'recovery', 'casualty', 'incident', { near: { words: ws('bodies body remains victims wreckage operation operations effort efforts divers teams'), before: 3, after: 3 } }),
    // "the third stage of the recovery from the ransomware attack" (events 1.113.0): systems back after an outage or a
    // cyberattack are the restoration (not an economy's recovery, nor a patient's)
    sense('ECONOMY', 'restore', 'economy', undefined, { self: ws('recovery'), near: { words: ws('ransomware cyberattack cyber-attack hack hackers outage outages blackout systems'), before: 4, after: 5 } }, 'restore'),
  ]),

  // --- legal process (extension LEGAL) ---
  // "the arresting beauty of the coast", "an arresting image", "the arresting officer": the adjective after a determiner or
  // a degree word (events 1.95.0; "police arresting protesters" stays the arrest)
  // "the drought has arrested the growth of young trees", "arrested the slide in the currency": a trend halted, no one
  // taken (events 1.100.0; "arrested the growers' leader" stays the arrest)
  lemma('arrest', 'arrest arrests arrested arresting', 'arrest arrests', [sense('LEGAL', 'arrest', 'legal', 'legal')], [{ prev: ws('cardiac respiratory') }, { next: ws('development') }, { self: ws('arresting'), prev: ws('the a an most more truly quite very') }, { near: { words: ARRESTED_TRENDS, before: 0, after: 2 } }]),
  // "police in Hadrin picked up the suspect": picked up by the police (not "picked up the pace", a rescue boat's survivors)
  lemma('pick-up', 'picked picks picking', '', [sense('LEGAL', 'arrest', 'legal', 'legal', { next: ws('up'), near: { words: POLICE, before: 4, after: 0 } }, 'arrest')]),
  lemma('apprehend', 'apprehend apprehends apprehended apprehending', '', [sense('LEGAL', 'arrest', 'legal', 'legal')]),
  // "were caught by coastguards", "police caught the robbers": only with a catcher or a culprit near (not "caught the train", "caught fire")
  lemma('catch', 'caught', '', [sense('LEGAL', 'arrest', 'legal', 'legal', { near: { words: CATCHERS, before: 3, after: 4 } })], [{ next: ws('fire up on in out off between unawares') }]),
  // "police rounded up dozens of gang members"
  lemma('round-up', 'rounded rounding', '', [sense('LEGAL', 'arrest', 'legal', 'legal', { next: ws('up'), near: { words: CATCHERS, before: 4, after: 6 } })]),
  // "police recaptured two inmates who escaped" (events 1.100.0): the escaped taken again (not "recaptured the town",
  // "recaptured the lead")
  lemma('recapture', 'recapture recaptures recaptured recapturing', 'recapture', [sense('LEGAL', 'arrest', 'legal', 'legal', { near: { words: ws('inmate inmates prisoner prisoners escapee escapees escaped fugitive fugitives convict convicts detainee detainees suspect suspects'), before: 3, after: 4 } }, 'arrest')]),
  lemma('capture', 'capture captures captured capturing', 'capture', [sense('LEGAL', 'arrest', 'legal', 'legal', { near: { words: ws('pirates pirate suspects suspect fugitive fugitives gunman gunmen robber robbers killer killers escaped escapee smugglers'), before: 3, after: 4 } })]),
  // "were given detention for skipping class": a school's punishment, no detention by the law
  lemma('detain', 'detain detains detained detaining detention', 'detention', [sense('LEGAL', 'detain', 'legal', 'legal')], [{ next: ws('centre center centres centers camp camps facility facilities') }, { self: ws('detention'), prev: ws('given get gets got after-school lunchtime school') }]),
  lemma('charge', 'charge charges charged charging', 'charge charges', [
    // events 1.76.0: "the congestion charge" is a traffic restriction, the ban's (not a charge brought in court)
    sense('COERCE', 'ban', 'plover', undefined, { self: ws('charge'), prev: ws('congestion') }, 'ban'),
    sense('LEGAL', 'charge', 'legal', 'legal', { next: ws('with') }),
    // "to decide whether to bring charges", "police pressed charges" (events 1.112.0): the noun, as the events gold has it
    sense('LEGAL', 'charge', 'legal', 'legal', { self: ws('charges'), prev: ws('bring brings brought bringing press presses pressed pressing'), nextNot: ws('down') }),
    // "arrested on charges of fraud", "faces a court-martial on charges of desertion" (events 1.100.0)
    sense('LEGAL', 'charge', 'legal', 'legal', { self: ws('charges charge'), prev: ws('on'), next: OF }),
    // "could face charges", "faces charges once …" (events 1.85.0): charges someone may face (not "customers face charges
    // for late payment", a fee)
    sense('LEGAL', 'charge', 'legal', 'legal', { self: ws('charges'), prev: ws('face faces facing faced') }),
    // "have charged Dutch journalist Pieter van Aalst with espionage": the offence past a long object (events 1.81.0)
    sense('LEGAL', 'charge', 'legal', 'legal', { self: ws('charged'), near: { words: OFFENCES, before: 0, after: 9 } }),
    sense('LEGAL', 'charge', 'legal', 'legal', { near: { words: LEGAL_NEAR, before: 5, after: 5 } }),
    // "Raditladi, who was charged in March, …": a person charged, passive (not "charged $50", "charged for")
    sense('LEGAL', 'charge', 'legal', 'legal', { prev: ws('was were been being') }),
    // "the charges against the two activists were dropped": charges brought against someone
    sense('LEGAL', 'charge', 'legal', 'legal', { next: ws('against') }),
    // "He denies the charges", "announcing the charges": charges already brought, denied or made public
    sense('LEGAL', 'charge', 'legal', 'legal', { self: ws('charges'), prev: ws('the'), near: { words: CHARGES_HANDLED, before: 2, after: 0 } }),
    // "faces a charge of illegal fishing": a charge someone faces (a fee "of $5" has no one facing it)
    sense('LEGAL', 'charge', 'legal', 'legal', { next: ws('of'), near: { words: ws('face faces faced facing'), before: 3, after: 0 } }),
  ], [
    { prev: ws('in free took take takes taking assumed assume assumes service extra fixed') },
    { next: ws('for batteries battery phones phone twice extra more') },
    // a charge that did not happen ("released without charge") and a charge at a crowd or charged up
    { prev: ws('without') },
    { next: ws('at towards toward into through up') },
    // "were charged a premium", "charges a monthly fee": a price asked, no charge brought
    { next: FEES },
    { next: ws('a an the'), near: { words: FEES, before: 0, after: 3 } },
  ]),
  lemma('prosecute', 'prosecute prosecutes prosecuted prosecuting', '', [sense('LEGAL', 'charge', 'legal', 'legal')]),
  // brought before a court to hear the charges
  lemma('arraign', 'arraign arraigns arraigned arraigning arraignment', 'arraignment', [sense('LEGAL', 'charge', 'legal', 'legal')]),
  lemma('indict', 'indict indicts indicted indicting indictment indictments', 'indictment indictments', [sense('LEGAL', 'charge', 'legal', 'legal')]),
  // "faces a court-martial", "was court-martialled" (events 1.100.0): a military court's trial
  lemma('trial', 'trial trials retrial retrials court-martial court-martials courts-martial court-martialled court-martialed', 'trial trials retrial retrials court-martial court-martials courts-martial', [sense('LEGAL', 'trial', 'legal', 'legal')], [
    { prev: ws('clinical drug vaccine free field pilot without time late-stage early-stage mid-stage final-stage human') },
    // "a late-stage trial involving 3,000 patients": a medicine tried on people, no court
    { near: { words: ws('patients placebo dose doses efficacy'), before: 0, after: 5 } },
    { next: ws('run runs period version basis and balloon') },
    // "is being run as a trial until December": a scheme tried out (events 1.95.0; "went on trial", "sent for trial" stay)
    { prev: ws('a'), near: { words: ws('as'), before: 2, after: 0 } },
    // "the trial of the new malaria vaccine": a medicine tried, no court
    { next: OF, near: { words: TRIALLED, before: 0, after: 5 } },
    // "the detective novel, which follows a murder trial": a trial in a story told
    { near: { words: FICTION, before: 7, after: 0 } },
  ]),
  lemma('trial', 'tried', '', [sense('LEGAL', 'trial', 'legal', 'legal', { prev: ws('be been being was were is are') })], [{ next: ws('to out') }]),
  lemma('convict', 'convict convicts convicted convicting conviction convictions', 'conviction convictions', [sense('LEGAL', 'convict', 'legal', 'legal')], [
    { prev: ws('deep firm strong political personal religious') },
    // "a conviction politician", "her conviction that the war was lost", "spoke with conviction": a belief (events 1.73.0)
    { self: ws('conviction convictions'), next: ws('politician politicians that') },
    { self: ws('conviction'), prev: ws('with great real') },
    // "the convicts' choir", "two escaped convicts": people once convicted, no conviction told (events 1.100.0; "the court
    // convicts him" stays)
    { self: ws('convict convicts'), prev: ws('the a an escaped former fellow ex two three four five six seven eight nine ten several dozens hundreds many some') },
  ]),
  lemma('guilty', 'guilty', '', [
    sense('LEGAL', 'convict', 'legal', 'legal', { prev: ws('found') }),
    sense('LEGAL', 'plea', 'legal', 'legal', { prev: ws('pleaded pleads plead pled pleading') }),
    // "found not guilty" is an acquittal, "pleaded not guilty" a plea
    sense('LEGAL', 'acquit', 'legal', 'legal', { prev: ws('not'), near: { words: ws('found'), before: 5, after: 0 } }),
    sense('LEGAL', 'plea', 'legal', 'legal', { prev: ws('not'), near: { words: ws('pleaded pleads plead pled pleading'), before: 2, after: 0 } }),
    // "found Tebogo Raditladi guilty": the one found guilty between (after the "not guilty" readings)
    sense('LEGAL', 'convict', 'legal', 'legal', { near: { words: ws('found finds find'), before: 7, after: 0 } }),
    // "found the driver of a bus that fell into a ravine in March guilty of negligent homicide" (events 1.91.0): a long
    // object between, with the offence after ("guilty of"); "he felt guilty of nothing" has no finding before
    sense('LEGAL', 'convict', 'legal', 'legal', { next: ws('of'), near: { words: ws('found finds'), before: 20, after: 0 } }),
  ]),
  lemma('acquit', 'acquit acquits acquitted acquitting acquittal', 'acquittal', [sense('LEGAL', 'acquit', 'legal', 'legal')]),
  // "I feel sentenced to watch reruns": a figure of speech (events 1.83.0)
  // "sentencing guidelines", "the sentencing council": the rules for sentences, no one sentenced (events 1.100.0)
  lemma('sentence', 'sentenced sentencing', 'sentencing', [sense('LEGAL', 'sentence', 'legal', 'legal')], [{ prev: ws('feel feels felt feeling') }, { self: ws('sentencing'), next: ws('guidelines guideline council councils policy policies reform reforms law laws rules regime framework powers') }]),
  // the noun "sentence" is as often a line of text: it needs a penalty near; "jailed" and "imprisoned" are the penalty
  lemma('sentence', 'sentence sentences', 'sentence sentences', [
    sense('LEGAL', 'sentence', 'legal', 'legal', { near: { words: PENALTY, before: 4, after: 5 } }),
    sense('LEGAL', 'sentence', 'legal', 'legal', { near: { words: SENTENCE_STEPS, before: 3, after: 3 } }),
    // "a 20-year sentence", "after serving two thirds of his sentence"
    sense('LEGAL', 'sentence', 'legal', 'legal', { prevDuration: true }),
    sense('LEGAL', 'sentence', 'legal', 'legal', { near: { words: SERVE, before: 5, after: 0 } }),
    // "after completing his sentence" (events 1.95.0): a term completed, the possessive its holder ("completed the last
    // sentence of the report" is a line)
    // ("before she could complete her sentence" is a line spoken)
    sense('LEGAL', 'sentence', 'legal', 'legal', { prev: ws('his her their'), near: { words: ws('complete completes completed completing'), before: 2, after: 0 }, unlessNear: { words: ws('could can would before until'), before: 4, after: 0 } }),
    // "appeal against both the conviction and the sentence", "the sentence is the heaviest since 2018"
    sense('LEGAL', 'sentence', 'legal', 'legal', { prev: ws('the'), near: { words: ws('conviction convictions verdict'), before: 4, after: 0 } }),
    sense('LEGAL', 'sentence', 'legal', 'legal', { near: { words: SENTENCE_WEIGHT, before: 0, after: 3 } }),
    // "the night shift feels like a life sentence", "it amounts to a death sentence for the town": a likeness, no one
    // sentenced (events 1.100.0)
  ], [{ near: { words: ws('like amounts amounted tantamount'), before: 3, after: 0 } }]),
  lemma('sentence', 'jailed imprisoned', '', [sense('LEGAL', 'sentence', 'legal', 'legal')]),
  // "fined the company 40 million CFA francs", "was fined": a penalty imposed, the sentence's step
  lemma('sentence', 'fined', '', [sense('LEGAL', 'sentence', 'legal', 'legal')]),
  // "could face a fine", "paid a fine imposed by a court": the penalty faced, paid or imposed (not "fine weather", "a fine
  // line", "paid a fine tribute")
  lemma('sentence', 'fine fines', 'fine fines', [
    sense('LEGAL', 'sentence', 'legal', 'legal', { prev: ws('a the'), near: { words: FINED, before: 2, after: 0 } }),
    sense('LEGAL', 'sentence', 'legal', 'legal', { next: ws('imposed levied') }),
    // events 1.116.0: the noun after a determiner with a verb, its sum or its target next ("the fine could amount to about
    // 10 million euros", "preparing a fine against the app", "the fine is wrong"), or after a sum or a size ("its 14.5
    // million euro fine", "a record fine"); not "a fine balance", "is fine", "a fine, sunny day", nor a law's fines in
    // general ("its fines would drive investment away"); with no family, as the penalty's state is read from its clause
    sense('LEGAL', 'sentence', 'legal', undefined, { self: ws('fine'), prev: FINE_DETERMINERS, next: FINE_NEXT }),
    sense('LEGAL', 'sentence', 'legal', undefined, { prev: FINE_SIZES }),
  ], [{ next: ws('line lines print art arts balance tribute example day days weather wine wines dining tuning tune grain powder') }]),
  // "the 3.2 million euros it imposed on the taxi app", "ahead of the 3.2 million euros levied on the app" (events
  // 1.116.0): a sum imposed or levied on someone in a report about a fine or a penalty is the fine (not "tariffs imposed
  // on imports", "a tax levied on fuel", a curfew imposed)
  lemma('sentence', 'impose imposes imposed imposing levy levies levied levying', '', [
    sense('LEGAL', 'sentence', 'legal', 'legal', { next: ws('on'), near: { words: FINE_SUMS, before: 5, after: 0 }, elsewhere: [PENALTIES] }),
  ], [{ near: { words: ws('tariff tariffs duty duties tax taxes levy levies curfew sanctions restrictions'), before: 5, after: 3 } }]),
  // "the heaviest penalty in a corruption case", "a penalty of 2 million euros", "the largest penalty the regulator has
  // imposed" (events 1.116.0): a court's or a regulator's penalty (not a football penalty, "penalty points", "the penalty for
  // a late filing is", a rule's penalty stated)
  lemma('sentence', 'penalty penalties', 'penalty penalties', [
    sense('LEGAL', 'penalty', 'legal', undefined, { prev: new Set([...FINE_DETERMINERS, ...FINE_SIZES, 'heaviest', 'harshest', 'toughest', 'stiffest']), next: new Set([...FINE_NEXT, 'in']), unlessNear: { words: ws('for'), before: 0, after: 1 } }),
    sense('LEGAL', 'penalty', 'legal', undefined, { near: { words: FINED, before: 3, after: 1 } }),
  ], [
    { near: { words: SPORT_PENALTY, before: 3, after: 3 } },
    { next: ws('payments payment points rate rates clause clauses box area') },
    { elsewhere: [ws('scored goal goals striker goalkeeper referee')] },
    // "the death penalty was abolished in 1998": the punishment a law allows, no one's penalty
    { prev: ws('death') },
  ]),
  lemma('release', 'release releases released releasing freed discharge discharges discharged discharging', 'release discharge discharges', [
    // "held … in 2021 before releasing him", "held in Minsk in 2021, was released without an exchange" (events 1.81.0)
    sense('LEGAL', 'release', 'legal', 'legal', { self: ws('released releasing freed'), next: ws('him her them without'), near: { words: ws('held detained jailed imprisoned'), before: 16, after: 0 } }),
    // "Six people seized … are being held on the island and could be released within days" (events 1.85.0): people held
    // then let go, in the passive (not "the film could be released", with no one held before it)
    sense('LEGAL', 'release', 'legal', 'legal', { self: ws('released freed'), prev: ws('be been'), near: { words: new Set([...KIDNAP, ...ws('held detained seized')]), before: 16, after: 0 } }),
    // "a controlled release of water", "began releasing water from the reservoir": water let out of a dam, a process
    // with a start and an end (campaign phases), not people let go
    sense('ECONOMY', 'water-release', 'economy', 'campaign', { near: { words: WATER, before: 2, after: 4 } }, 'water-release'),
    // "were freed from the rubble", "freed from the wreckage": people got out of what trapped them, a rescue
    sense('CASUALTY', 'rescued', 'casualty', 'incident', { self: ws('freed'), next: ws('from'), near: { words: TRAPPED_IN, before: 0, after: 4 } }, 'rescue'),
    sense('LEGAL', 'release', 'legal', 'legal', { near: { words: PRISON, before: 4, after: 5 } }),
    sense('LEGAL', 'release', 'legal', 'legal', { near: { words: FREED_PEOPLE, before: 4, after: 5 } }),
    // "the court ordered his release": a court releases people; what else it releases is ruled out below
    sense('LEGAL', 'release', 'legal', 'legal', { near: { words: COURT, before: 4, after: 5 } }),
    // "released without charge"
    sense('LEGAL', 'release', 'legal', 'legal', { near: { words: ws('charge charges bail'), before: 0, after: 3 } }),
    // "arrested … and released under investigation" (events 1.95.0): let go by the police while the case is looked into
    sense('LEGAL', 'release', 'legal', 'legal', { self: ws('released'), next: ws('under'), near: { words: ws('investigation'), before: 0, after: 2 } }),
    // "was released after serving eight years": let out at a sentence's end (events 1.73.0)
    sense('LEGAL', 'release', 'legal', 'legal', { next: ws('after having'), near: { words: SERVE, before: 0, after: 2 } }),
    // "released them, ending seven weeks of detention": people let go, with their captivity a little further off
    sense('LEGAL', 'release', 'legal', 'legal', { next: ws('them him her'), near: { words: PRISON, before: 8, after: 8 } }),
    // "the men were freed at the port": people are freed ("released" in the passive is as often a film or figures)
    sense('LEGAL', 'release', 'legal', 'legal', { self: ws('freed'), prev: ws('was were been being be is are') }),
    // people taken and let go (events 1.74.0): "the workers abducted this month were released on Tuesday", "freed by their
    // captors", "their release" in a report of a kidnapping (the kidnapping's end, an event of its own: docs/events.md)
    // ("demanded a ransom for their release" wants it: no release yet, left out)
    sense('LEGAL', 'release', 'legal', 'legal', { near: { words: KIDNAP, before: 14, after: 6 }, unlessNear: { words: ws('for'), before: 2, after: 0 } }),
    sense('LEGAL', 'release', 'legal', 'legal', { self: ws('released freed'), prev: ws('was were been being be is are'), elsewhere: [KIDNAP], unlessNear: { words: RELEASED_THINGS, before: 4, after: 0 } }),
    sense('LEGAL', 'release', 'legal', 'legal', { self: ws('release'), prev: ws('the their his her its whose'), elsewhere: [KIDNAP], unlessNear: { words: ws('for'), before: 2, after: 0 } }),
    // "freed a dolphin tangled in their nets", "released two turtles": an animal let go, no one's release (events 1.95.0)
  ], [{ next: ws('its up') }, { near: { words: RELEASED_THINGS, before: 0, after: 3 } }, { near: { words: ANIMALS, before: 0, after: 3 } }]),

  // an investigation: a process with a start and an end (campaign phases: may open → opened → concluded); an
  // inquiry or a probe needs a word that opens or aims it ("ordered an inquiry", "a probe into"), not a space probe
  lemma('investigate', 'investigate investigates investigated investigating investigation investigations', 'investigation investigations', [sense('LEGAL', 'investigate', 'legal', 'campaign')], [
    // "the investigation team", "an investigating magistrate": a modifier of who investigates, not the investigation
    { next: ws('team teams officer officers unit units judge judges magistrate magistrates detective detectives journalist journalists journalism committee body bodies') },
  ]),
  lemma('investigate', 'probe probes probed probing inquiry inquiries enquiry enquiries', 'probe probes inquiry inquiries enquiry enquiries', [
    sense('LEGAL', 'investigate', 'legal', 'campaign', { near: { words: INQUIRY_NEAR, before: 3, after: 1 } }),
    // "a bribery probe", "the police inquiry": named by the offence or by who investigates
    sense('LEGAL', 'investigate', 'legal', 'campaign', { prev: new Set([...MORE_OFFENCES, ...POLICE, 'graft', 'doping', 'insider', 'antitrust']) }),
    // "An inquiry found that", "once an inquiry had established the cause", "the inquiry was looking at": an inquiry at
    // work (not "inquiries" as questions asked)
    sense('LEGAL', 'investigate', 'legal', 'campaign', { self: ws('inquiry enquiry'), prev: ws('an the'), next: INQUIRY_DOES }),
  ], [
    { near: { words: SPACE, before: 3, after: 3 } },
    { next: ws('about from team teams officer officers') },
  ]),
  // "freed … in a prisoner exchange", "a swap of prisoners" (events 1.81.0; not "a currency exchange", "an exchange of views")
  // events 1.94.0 (ACE Justice/Conflict coverage): the verb ("agreed to exchange 26 prisoners", "last swapped prisoners",
  // "on exchanging prisoners") and the bare noun or verb in a report whose other sentences name prisoners ("the exchange
  // would take place", "will exchange 24 detainees"); never a rate, a market, fire or words exchanged
  lemma('exchange', 'exchange exchanges exchanged exchanging swap swaps swapped swapping', 'exchange exchanges swap swaps', [
    sense('LEGAL', 'exchange', 'legal', undefined, { near: { words: CAPTIVES, before: 2, after: 3 } }),
    sense('LEGAL', 'exchange', 'legal', undefined, { self: ws('exchange exchanges swap'), prev: ws('the a an this that planned first last next latest previous'), elsewhere: [CAPTIVES] }),
    sense('LEGAL', 'exchange', 'legal', undefined, { self: ws('exchange exchanged exchanging swap swapped swapping'), near: { words: ws('prisoners detainees captives'), before: 0, after: 4 } }),
  ], [
    { capitalInside: true },
    { prev: ws('stock foreign currency student cultural heated frank brief angry fiery information data') },
    { next: ws('rate rates rate-linked student students programme programmes program programs traded traded-fund commission market markets') },
    { near: { words: EXCHANGED_NOT, before: 0, after: 3 } },
  ]),
  // a licence or a permit revoked, its suspension made final (events 1.79.0): "revoked the operating licence", "the
  // revocation of its permit" (not "revoked the law", "revoked his citizenship")
  lemma('revoke', 'revoke revokes revoked revoking revocation', 'revocation', [
    sense('SANCTION', 'licence-revocation', 'plover', undefined, { near: { words: LICENCES, before: 4, after: 4 } }),
    // "the first revocation upheld by the court", "the revocation" in a report about a licence taken away (events 1.116.0;
    // not "revoked his citizenship", "the revocation of the decree" in a report with no licence)
    sense('SANCTION', 'licence-revocation', 'plover', undefined, { self: ws('revocation revoked'), nextNot: ws('of'), elsewhere: [LICENCES] }),
  ]),
  // "Gabon suspended visa services for citizens of", "visa services remain suspended": consular ties cut in a row, a
  // sanction with a start and an end
  lemma('visa-suspension', 'suspend suspends suspended suspending suspension', 'suspension', [
    // an office-holder suspended from office (events 1.84.0): "the mayor had been suspended from office", "No official has
    // been suspended", "suspended the governor for 90 days" (not "suspended sentence", a service or a licence)
    sense('POLITICAL', 'suspend-office', 'political', undefined, { self: ws('suspended'), prev: ws('been was were is are be'), near: { words: OFFICE_HOLDERS, before: 3, after: 0 } }, 'suspend-office'),
    sense('POLITICAL', 'suspend-office', 'political', undefined, { self: ws('suspend suspends suspended suspending'), near: { words: OFFICE_HOLDERS, before: 0, after: 2 } }, 'suspend-office'),
    sense('POLITICAL', 'suspend-office', 'political', undefined, { self: ws('suspended'), next: ws('from'), near: { words: ws('office post duty duties'), before: 0, after: 3 } }, 'suspend-office'),
    plover('SANCTION', 'visa-suspension', 'campaign', { near: { words: VISAS, before: 5, after: 1 } }),
    // a provisional suspension (events 1.116.0): an athlete or a professional barred until a case is heard ("has been
    // provisionally suspended", "remains provisionally suspended", "the day of his provisional suspension", "was suspended
    // from all competition"): a sanction with a start and an end (not "provisionally suspended the works", a service)
    sense('SANCTION', 'suspension', 'plover', 'campaign', { prev: ws('provisionally provisional interim temporarily'), unlessNear: { words: new Set([...TRANSIT, ...ws('works work production construction project talks')]), before: 0, after: 4 } }, 'suspension'),
    sense('SANCTION', 'suspension', 'plover', 'campaign', { self: ws('suspended'), next: ws('from'), near: { words: ws('competition competitions racing sport sports play playing practice practising'), before: 0, after: 3 } }, 'suspension'),
    // a regulator's suspension of a licence or a permit (events 1.79.0): "suspended the operating licence of the bus
    // company", "its licence was suspended for 90 days", "the suspension of its permit" (a court's is a ruling, below)
    sense('SANCTION', 'licence-suspension', 'plover', 'campaign', { near: { words: LICENCES, before: 4, after: 4 }, unlessNear: { words: COURT, before: 5, after: 0 } }, 'licence-suspension'),
    // a court that suspends a measure grants an injunction, a ruling (events 1.76.0): "a court on Wednesday suspended the
    // city's ban", "the judge suspended the decree", "appealed against the suspension of its ban", "a court lifted the
    // suspension" (not "the court suspended the hearing", a sitting put off, nor a measure suspended by a government)
    sense('LEGAL', 'ruling', 'legal', undefined, { self: ws('suspend suspends suspended suspending'), near: { words: COURT, before: 5, after: 0 }, unlessNear: { words: SITTINGS, before: 0, after: 3 } }, 'rule'),
    sense('LEGAL', 'ruling', 'legal', undefined, { self: ws('suspension'), near: { words: new Set([...COURT, ...APPEALED, 'injunction']), before: 4, after: 0 }, unlessNear: { words: SITTINGS, before: 0, after: 3 } }, 'rule'),
    // a service halted (events 1.71.0): "a storm suspended the service", "the suspension of crossings", and in a report on
    // ferries or flights "The last long suspension was in 2021" (not "suspended sentence", a player suspended in a sports report)
    sense('ECONOMY', 'suspension', 'economy', undefined, { near: { words: TRANSIT, before: 3, after: 3 } }, 'suspend'),
    sense('ECONOMY', 'suspension', 'economy', undefined, { self: ws('suspended suspension'), elsewhere: [ws('ferries ferry sailings crossings flights trains')] }, 'suspend'),
  ], [{ next: ws('sentence sentences jail prison') }, { near: { words: ws('player players coach referee match games'), before: 4, after: 4 }, unlessNear: { words: ws('provisionally provisional doping'), before: 4, after: 4 } }]),
  // "before sailings were halted", "a storm halted the service" (events 1.71.0; not "halted the talks", "halted the advance")
  lemma('visa-suspension', 'halt halts halted halting', '', [
    sense('ECONOMY', 'suspension', 'economy', undefined, { near: { words: TRANSIT, before: 3, after: 3 } }, 'suspend'),
    // "halted production at two copper mines", "halts output" (events 1.83.0): work stopped at a plant or a mine
    sense('ECONOMY', 'suspension', 'economy', undefined, { near: { words: ws('production output mining drilling'), before: 0, after: 2 } }, 'suspend'),
  ]),
  // "granted clemency to 300 inmates" (events 1.100.0): a pardon in other words
  lemma('pardon', 'pardon pardons pardoned pardoning clemency', 'pardon pardons clemency', [sense('LEGAL', 'release', 'legal', 'legal')], [{ next: ws('me us') }, { prev: ws('your') }]),
  // "remanded in custody"; custody itself only when someone is taken into it
  lemma('remand', 'remand remands remanded', 'remand', [sense('LEGAL', 'detain', 'legal', 'legal')]),
  lemma('custody', 'custody', 'custody', [
    sense('LEGAL', 'arrest', 'legal', 'legal', { prev: ws('into') }),
    // "the three men remain in custody": a detention going on ("remanded in custody", "held in custody" are their verbs)
    sense('LEGAL', 'detain', 'legal', 'legal', { prev: ws('in'), near: { words: ws('remain remains remained remaining stay stays stayed kept keep keeps'), before: 3, after: 0 } }, 'detain'),
    // "three suspects were now in custody", "a man is in police custody": people arrested, told as the state they are in
    // (events 1.76.0; "died in custody" is a death, "custody of the children" a family court's)
    sense('LEGAL', 'arrest', 'legal', 'legal', { prev: ws('police') , near: { words: ws('in'), before: 2, after: 0 } }, 'arrest'),
    sense('LEGAL', 'arrest', 'legal', 'legal', { prev: ws('in'), near: { words: ws('were was are is now'), before: 3, after: 0 }, unlessNear: { words: ws('remanded remand held'), before: 3, after: 0 } }, 'arrest'),
  ], [{ near: { words: ws('died die dies death deaths dead'), before: 5, after: 0 } }, { next: ws('of battle battles dispute disputes') }]),
  // "will remain in jail until their trial", "stayed in prison": a detention going on, as "remain in custody" (events
  // 1.73.0; "sentenced to nine years in prison", "died in prison" are none)
  lemma('custody', 'jail prison', 'jail prison', [
    sense('LEGAL', 'detain', 'legal', 'legal', { prev: ws('in'), near: { words: ws('remain remains remained remaining stay stays stayed kept keep keeps'), before: 3, after: 0 } }, 'detain'),
  ]),
  // "were ordered to remain behind bars pending trial" (events 1.100.0; "sentenced to four years behind bars" is the
  // sentence's length)
  lemma('custody', 'bars', 'bars', [
    sense('LEGAL', 'detain', 'legal', 'legal', { prev: ws('behind'), near: { words: ws('remain remains remained remaining stay stays stayed kept keep keeps'), before: 3, after: 0 } }, 'detain'),
  ]),
  // "an extradition hearing", "the extradition request": the noun names what another event is about, no extradition
  lemma('extradite', 'extradite extradites extradited extraditing extradition', 'extradition', [sense('LEGAL', 'extradite', 'legal', 'legal')], [
    { self: ws('extradition'), next: EXTRADITION_OF },
  ]),
  // a state's request for someone's extradition (events 1.91.0): "would formally request his extradition", "has requested
  // the extradition of", and "the request" in a report about an extradition (not "requested a meeting", "the request for
  // comment" in a report with no extradition)
  lemma('extradition-request', 'request requests requested requesting', 'request requests', [
    sense('LEGAL', 'extradition-request', 'legal', undefined, { near: { words: ws('extradition'), before: 0, after: 3 } }),
    sense('LEGAL', 'extradition-request', 'legal', undefined, { self: ws('request'), prev: ws('the'), nextNot: ws('for'), elsewhere: [ws('extradition')] }),
  ]),
  // a decision on a claim to asylum or residence (events 1.91.0): "would receive a decision on his asylum claim within two
  // weeks", "a pledge to decide all of their asylum claims by September 30", "61 cases that will be decided by the end of
  // the month" in such a report (not "decided to leave", "the decision was unanimous")
  lemma('decide-claim', 'decision decisions decide decides decided deciding', 'decision decisions', [
    // "months of detention without a decision on their asylum claims" names what is lacking, no decision to follow
    sense('LEGAL', 'decide-claim', 'legal', undefined, { near: { words: ASYLUM_CLAIMS, before: 0, after: 5 }, unlessNear: { words: ws('without'), before: 2, after: 0 } }),
    sense('LEGAL', 'decide-claim', 'legal', undefined, { self: ws('decided'), prev: ws('be been being'), near: { words: ws('cases claims applications'), before: 6, after: 0 }, elsewhere: [ws('asylum')] }),
  ]),
  // a person handed from one holder to another: "will be handed over to Senegalese officials", "Spain handed over the
  // suspect", "the handover will take place next week"; not power, a report, keys or documents handed over
  lemma('handover', 'hand hands handed handing handover handovers', 'handover handovers', [
    // "handed himself in at a police station", "handed herself over to police" (events 1.100.0): a surrender, the arrest
    sense('LEGAL', 'arrest', 'legal', 'legal', { self: ws('hand hands handed handing'), next: ONESELF, near: { words: ws('in over'), before: 0, after: 2 } }, 'arrest'),
    sense('LEGAL', 'release', 'legal', 'legal', { self: ws('handover handovers') }),
    sense('LEGAL', 'release', 'legal', 'legal', { next: ws('over') }),
    // "handed 20 bronzes back to Nigeria", "will hand the objects back": property given back (events 1.70.0)
    sense('ECONOMY', 'return', 'economy', undefined, { self: ws('hand hands handed handing'), near: { words: ws('back'), before: 0, after: 8 }, elsewhere: [MUSEUM_TOPIC] }),
    sense('ECONOMY', 'return', 'economy', undefined, { self: ws('hand hands handed handing'), near: { words: ARTEFACTS, before: 0, after: 5 } }),
  ], [{ near: { words: HANDED_THINGS, before: 0, after: 4 } }, { prev: ws('the a an his her their its our my your other') , self: ws('hand hands') }]),
  // "granted bail", "posted bail": a release; "released on bail" is the release itself, "denied bail" none
  // "granted the three climate activists bail" (events 1.83.0: who is bailed may stand between)
  lemma('bail', 'bail', 'bail', [sense('LEGAL', 'release', 'legal', 'legal', { near: { words: ws('granted grant grants granting posted post posts posting'), before: 5, after: 0 } })]),
  // "was bailed until June", "police bailed him": let go on bail (not "bailed out the bank", "bailed them out")
  // "walked free from court": a defendant let go
  // "walked out of prison", "walked out of court on bail" (events 1.100.0): let go; the diplomacy lexicon's strike ("workers
  // walked out") leaves a prison or a court to this sense
  lemma('walk-free', 'walk walks walked walking', '', [
    sense('LEGAL', 'release', 'legal', 'legal', { next: ws('free') }, 'release'),
    sense('LEGAL', 'release', 'legal', 'legal', { next: ws('out'), near: { words: WALKED_OUT_OF, before: 0, after: 4 } }, 'release'),
  ]),
  // "were set free on Tuesday", "set free the 14 fishermen" (events 1.100.0; not "set free 20 turtles")
  lemma('set-free', 'set sets setting', '', [sense('LEGAL', 'release', 'legal', 'legal', { next: ws('free') }, 'release')], [{ near: { words: ANIMALS, before: 0, after: 4 } }]),
  lemma('bail', 'bailed', '', [sense('LEGAL', 'release', 'legal', 'legal')], [{ near: { words: ws('out'), before: 0, after: 3 } }]),
  // civil justice: a lawsuit filed or brought, a suit settled, an injunction, proceedings against someone; these steps
  // have no place in the criminal process's phases (no family), as a ruling has none
  // "sued for peace" is a request to end a war, no lawsuit
  lemma('sue', 'sue sues sued suing', '', [
    plover('REQUEST', 'appeal', undefined, { next: ws('for'), near: { words: ws('peace truce ceasefire armistice'), before: 0, after: 2 } }),
    sense('LEGAL', 'lawsuit', 'legal'),
  ]),
  // a petition or a challenge filed in court (events 1.70.0): "would file a petition at the Supreme Court", "to challenge
  // the result in court", "a legal challenge"; not a petition signed by citizens, "the challenges facing the court"
  lemma('petition', 'petition petitions petitioned', 'petition petitions', [sense('LEGAL', 'lawsuit', 'legal', 'legal', { near: { words: COURT_FILING, before: 3, after: 5 } })], [
    { near: { words: ws('signed sign signing signatures signature online parliament'), before: 3, after: 6 } },
  ]),
  lemma('challenge', 'challenge challenges challenged challenging', 'challenge challenges', [
    sense('LEGAL', 'lawsuit', 'legal', 'legal', { prev: ws('legal court constitutional') }, 'petition'),
    sense('LEGAL', 'lawsuit', 'legal', 'legal', { self: ws('challenge challenged challenging'), near: { words: COURT, before: 0, after: 6 } }, 'petition'),
    // events 1.94.0: a challenge filed or lodged ("filed a challenge"), or one against a result ("a
    // challenge to the first-round results", "challenged the outcome"); not "a challenge for the industry"
    sense('LEGAL', 'lawsuit', 'legal', 'legal', { near: { words: FILED_OR_HEARD, before: 3, after: 0 } }, 'petition'),
    sense('LEGAL', 'lawsuit', 'legal', 'legal', { near: { words: RESULTS, before: 0, after: 5 } }, 'petition'),
    // "will rule next month on the former premier's challenge" (events 1.100.0): a challenge a court rules on ("ruled out a
    // challenge", "the ruling party's challenge" are none)
    sense('LEGAL', 'lawsuit', 'legal', 'legal', { self: ws('challenge challenges'), near: { words: ws('rule rules ruled'), before: 8, after: 0 }, unlessNear: { words: ws('out party'), before: 8, after: 0 } }, 'petition'),
    // "the Supreme Court has dismissed the company's challenge to the loss of its licence" (events 1.116.0): a challenge a
    // court dismisses, rejects or upholds (not "dismissed the challenge as a distraction" with no court)
    sense('LEGAL', 'lawsuit', 'legal', 'legal', { self: ws('challenge challenges'), near: { words: ws('dismissed dismisses dismissing rejected rejects rejecting upheld upholds'), before: 4, after: 0 }, elsewhere: [COURT] }, 'petition'),
  ], [{ next: ws('of for facing') }, { prev: ws('big biggest major real key huge great new toughest serious') }]),
  lemma('lawsuit', 'lawsuit lawsuits', 'lawsuit lawsuits', [sense('LEGAL', 'lawsuit', 'legal', 'legal')]),
  // "lodged a complaint with prosecutors", "a criminal complaint": one made to the law, not customers' complaints
  // events 1.94.0: one filed or lodged, or with an electoral body, or in a report about a court ruling it ("the court
  // dismissed the complaint"); not customers' complaints
  lemma('complaint', 'complaint complaints', 'complaint complaints', [
    sense('LEGAL', 'lawsuit', 'legal', 'legal', { near: { words: new Set([...COURT, ...POLICE, 'criminal', 'formal', 'legal']), before: 3, after: 3 } }),
    sense('LEGAL', 'lawsuit', 'legal', 'legal', { near: { words: new Set([...FILED_OR_HEARD, 'electoral', 'ombudsman', 'tribunal']), before: 3, after: 3 } }),
    sense('LEGAL', 'lawsuit', 'legal', 'legal', { prev: ws('the this its their'), elsewhere: [COURT] }),
  ], [{ next: ws('of') }, { prev: ws('customer customers consumer consumers noise common') }]),
  // "to settle the lawsuit", "an out-of-court settlement": a claim settled (not "settled in Canada", a settlement of houses)
  lemma('settle', 'settle settles settled settling settlement settlements', 'settlement settlements', [
    sense('LEGAL', 'settlement', 'legal', undefined, { near: { words: LITIGATION, before: 0, after: 3 } }),
    sense('LEGAL', 'settlement', 'legal', undefined, { self: ws('settlement settlements'), near: { words: ws('out-of-court court legal lawsuit lawsuits damages claims'), before: 3, after: 4 } }),
  ]),
  lemma('injunction', 'injunction injunctions', 'injunction injunctions', [sense('LEGAL', 'ruling', 'legal', undefined, undefined, 'rule')]),
  // "a judicial review of the policy": a court asked to rule on a public body's decision (events 1.73.0; a "review of
  // the policy" alone, a book review are none)
  lemma('petition', 'review reviews', 'review reviews', [sense('LEGAL', 'lawsuit', 'legal', undefined, { prev: ws('judicial') }, 'petition')]),
  // "prosecutors dropped the case against the two journalists": a prosecution ended (events 1.73.0; "the charges were
  // dropped" is the charge's own event, "dropped the case for reform" no court's)
  lemma('drop-case', 'drop drops dropped dropping', '', [
    sense('LEGAL', 'ruling', 'legal', undefined, { next: ws('the its their all'), near: { words: DROPPED_CASES, before: 0, after: 2, unlessNext: ws('for') } }, 'rule'),
  ], [{ near: { words: ws('charge charges'), before: 0, after: 3 } }, { prev: ws('prices price shares stocks temperatures temperature rates') }]),
  // "launched proceedings against the insurer", "criminal proceedings": a case brought (not a meeting's proceedings)
  lemma('proceedings', 'proceedings', 'proceedings', [
    sense('LEGAL', 'lawsuit', 'legal', undefined, { next: ws('against') }),
    sense('LEGAL', 'lawsuit', 'legal', undefined, { prev: ws('legal court criminal civil judicial disciplinary bankruptcy insolvency') }),
  ]),
  // a professional barred from practice: "was disbarred", "the medical council struck off the surgeon"
  // "a deportation order against the blogger", "was deported to Kessa": a state sends a foreigner out by law (an
  // envoy expelled is COERCE's)
  lemma('deport', 'deport deports deported deporting deportation deportations', 'deportation deportations', [sense('LEGAL', 'deport', 'legal')], [{ next: ws('centre center centres centers camp camps flight flights facility facilities') }]),
  lemma('disbar', 'disbar disbars disbarred disbarring disbarment', 'disbarment', [sense('LEGAL', 'disbar', 'legal')]),
  // a raid by the police ("officers raided the headquarters", "dawn raids"; not an air raid or a militants' raid)
  // "launched a manhunt for the gunman": a police hunt for someone (events 1.73.0)
  lemma('raid', 'manhunt manhunts', 'manhunt manhunts', [sense('LEGAL', 'search', 'legal', undefined, undefined, 'search')]),
  // "officers swooped on a farmhouse", "a police swoop on the gang" (events 1.100.0): a raid by the police (not a bird's)
  lemma('swoop', 'swoop swoops swooped swooping', 'swoop swoops', [sense('LEGAL', 'search', 'legal', undefined, { near: { words: POLICE, before: 4, after: 0 } }, 'search')]),
  // "arrested nine people in raids across three provinces": an arrest or a seizure beside it makes it a police raid
  lemma('raid', 'raid raids raided raiding', 'raid raids', [sense('LEGAL', 'search', 'legal', undefined, { near: { words: new Set([...POLICE, 'dawn', 'warrant', 'warrants', 'arrested', 'arrests', 'detained', 'seized']), before: 4, after: 4 } }, 'search')], [{ prev: ws('air') }]),
  // "will hear the appeal", "until the case is heard": a court sitting on a case (not "heard the news")
  // ("until it had heard the city's appeal": a possessive between, events 1.76.0)
  lemma('hearing', 'hear hears heard', '', [
    sense('LEGAL', 'hearing', 'legal', 'legal', { near: { words: new Set([...APPEALED, ...LITIGATION, 'evidence', 'testimony']), before: 3, after: 4 } }),
    // events 1.116.0: someone heard by a court, a tribunal or a disciplinary panel ("will be heard by the agency's
    // disciplinary panel on April 14"), and an appeal or a case heard a few words on ("the appeal would not be heard before
    // September"); not "was heard by neighbours", "heard by millions"
    sense('LEGAL', 'hearing', 'legal', 'legal', { self: ws('heard'), next: ws('by'), near: { words: APPEAL_BODIES, before: 0, after: 9 } }),
    sense('LEGAL', 'hearing', 'legal', 'legal', { self: ws('heard'), prev: ws('be been being'), near: { words: new Set([...APPEALED, ...LITIGATION]), before: 5, after: 0 } }),
  ]),
  lemma('hearing', 'testify testifies testified testifying', '', [sense('LEGAL', 'hearing', 'legal', 'legal')]),
  // "admitted two counts of fraud", "admitted the charges": a plea of guilty (not "admitted to hospital")
  // "admitted manslaughter", "admits fraud": an offence admitted is a plea too (events 1.73.0; not "admitted no wrongdoing",
  // "admitted mistakes", "admitted to hospital")
  lemma('plea', 'admit admits admitted admitting', '', [
    sense('LEGAL', 'plea', 'legal', 'legal', { near: { words: ws('count counts charge charges'), before: 0, after: 3 } }),
    sense('LEGAL', 'plea', 'legal', 'legal', { next: ADMITTED_OFFENCES }),
  ]),
  // "denied all five counts", "denies two counts of fraud" (events 1.100.0): a plea of not guilty to the counts ("He
  // denies the charges" is the charges' event; "denied the allegations" none)
  lemma('plea', 'deny denies denied denying', '', [sense('LEGAL', 'plea', 'legal', 'legal', { near: { words: ws('count counts'), before: 0, after: 4 } })]),
  // "surrendered to police on Friday" (events 1.100.0): a suspect gives himself up, the arrest (not "surrendered their
  // passports", troops surrendering to an army)
  lemma('surrender', 'surrender surrenders surrendered surrendering', '', [sense('LEGAL', 'arrest', 'legal', 'legal', { next: ws('to'), near: { words: new Set([...POLICE, 'authorities']), before: 0, after: 3 } }, 'arrest')]),
  // "a plea deal", "entered a plea of not guilty"; "a plea for calm" is a request
  lemma('plea', 'plea pleas', 'plea pleas', [
    sense('LEGAL', 'plea', 'legal', 'legal', { next: ws('deal deals bargain bargains agreement agreements of') }),
    sense('LEGAL', 'plea', 'legal', 'legal', { prev: ws('guilty entered enter enters entering') }),
    // "changed his plea to guilty", "a plea of not guilty" (events 1.83.0): the plea named by its guilt
    sense('LEGAL', 'plea', 'legal', 'legal', { near: { words: ws('guilty'), before: 0, after: 3 } }),
    plover('REQUEST', 'appeal', undefined, { next: ws('for to') }),
  ]),
  // a penalty of its own: "two years' probation", "a 12-year jail term"; parole lets a prisoner out
  lemma('sentence', 'probation', 'probation', [sense('LEGAL', 'sentence', 'legal', 'legal')], [{ next: ws('officer officers service services period periods') }]),
  // "is serving a nine-year term for bribery": a length of time with an offence or a prison after it (not "a five-year
  // term as president", "the senator's term")
  lemma('sentence', 'term terms', 'term terms', [
    sense('LEGAL', 'sentence', 'legal', 'legal', { prev: ws('jail prison custodial') }),
    sense('LEGAL', 'sentence', 'legal', 'legal', { prevDuration: true, near: { words: new Set([...OFFENCES, ...PRISON, 'behind']), before: 0, after: 4 } }),
    // "after serving eight years of a 12-year term": a length served (events 1.73.0; "is serving a five-year term as
    // mayor", "serving a four-year term in office", the president's term are none)
    sense('LEGAL', 'sentence', 'legal', 'legal', { prevDuration: true, near: { words: SERVE, before: 6, after: 0 } }),
  ], [{ next: ws('as') }, { near: { words: TERM_OF_OFFICE, before: 0, after: 4 } }]),
  lemma('parole', 'parole paroled', 'parole', [sense('LEGAL', 'release', 'legal', 'legal')], [{ prev: ws('without') }, { next: ws('board boards officer officers hearing hearings violation violations') }]),
  // "commuted the death sentences": a sentence changed (not a commute to work)
  lemma('commute', 'commute commutes commuted commuting', '', [sense('LEGAL', 'commute', 'legal', undefined, { near: { words: ws('sentence sentences penalty penalties'), before: 0, after: 4 } })]),

  // --- legal and public-order pieces: hearings, rulings, verdicts, bans, inquiries' reports ---
  // "At a hearing", "will appear before a judge", "appeared in court": a court sitting (not a hearing aid)
  lemma('hearing', 'hearing hearings', 'hearing hearings', [sense('LEGAL', 'hearing', 'legal', 'legal')], [
    { prev: ws('hard of') },
    { next: ws('aid aids loss impaired impairment') },
    // "Hearing the sirens, residents left": the participle with its object, no court sitting
    // ("six days after hearing the city's appeal" is the court's sitting, events 1.76.0)
    { self: ws('hearing'), next: ws('the a an his her their its this that about'), unlessNear: { words: new Set([...APPEALED, ...LITIGATION]), before: 0, after: 4 } },
  ]),
  lemma('hearing', 'appear appears appeared appearing appearance appearances', 'appearance appearances', [
    sense('LEGAL', 'hearing', 'legal', 'legal', { near: { words: COURT, before: 0, after: 4 } }),
    // "until his next court appearance", "a court appearance in Leeds" (events 1.83.0)
    sense('LEGAL', 'hearing', 'legal', 'legal', { self: ws('appearance appearances'), prev: ws('court') }),
    // "remanded the men in custody until their next appearance": the next sitting of a case held in custody or on bail
    sense('LEGAL', 'hearing', 'legal', 'legal', { self: ws('appearance'), prev: ws('next first initial'), near: { words: ws('remanded remand custody bail bailed charged'), before: 10, after: 0 } }),
  ]),
  // "the verdict could come in late October": a court's decision on guilt (links with the conviction, link/families.ts)
  lemma('verdict', 'verdict verdicts', 'verdict verdicts', [
    // "a not guilty verdict" is the acquittal, "a guilty verdict" the conviction
    sense('LEGAL', 'acquit', 'legal', 'legal', { prev: ws('guilty'), near: { words: ws('not'), before: 2, after: 0 } }),
    sense('LEGAL', 'convict', 'legal', 'legal', { prev: ws('guilty') }),
    sense('LEGAL', 'verdict', 'legal', 'legal'),
  ], [
    { prev: ws('public popular') },
    // "the court of public opinion has reached its verdict" (events 1.83.0)
    { near: { words: ws('opinion'), before: 6, after: 0 } },
    // "voters delivered a harsh verdict on the government": a judgement that is no court's
    { near: { words: VERDICT_NOT, before: 4, after: 4 } },
  ]),
  // a court's ruling: "the court ruled", "ruling that the force had given no lawful reason", "the ruling"; not "the
  // ruling party", "ruled out"
  lemma('rule', 'ruled ruling rulings', 'ruling rulings', [
    sense('LEGAL', 'ruling', 'legal', undefined, { near: { words: COURT, before: 5, after: 3 } }),
    sense('LEGAL', 'ruling', 'legal', undefined, { self: ws('ruling'), next: ws('that') }),
    sense('LEGAL', 'ruling', 'legal', undefined, { self: ws('ruling rulings'), prev: ws('the its a this') }),
    // "The Constitutional Court struck down the decree on Thursday in a 7-2 ruling": the noun with its court further back
    // in the clause (events 1.73.0; "the ruling party" is ruled out below)
    sense('LEGAL', 'ruling', 'legal', undefined, { self: ws('ruling rulings'), near: { words: COURT, before: 12, after: 0 } }),
  ], [{ next: ws('out party parties coalition coalitions class classes elite elites family families junta council body') }]),
  // the bare verb with a court before it: "the court is expected to rule on the case", "the judge will rule"; "the
  // court rules that …"; not "the rules", "rule out"
  lemma('rule', 'rule rules', '', [
    sense('LEGAL', 'ruling', 'legal', undefined, { self: ws('rule'), prev: BARE_VERB, near: { words: COURT, before: 6, after: 0 } }),
    sense('LEGAL', 'ruling', 'legal', undefined, { self: ws('rules'), next: ws('that against'), near: { words: COURT, before: 3, after: 0 } }),
    // "after the court rules, he said", "once the tribunal rules on the case" (events 1.116.0): the court's ruling ahead, the
    // verb with no object ("the court rules the roost" has one)
    sense('LEGAL', 'ruling', 'legal', undefined, { self: ws('rules'), next: ws('on , . ;'), near: { words: APPEAL_BODIES, before: 2, after: 0 } }),
  ], [{ next: ws('out') }]),
  // "lightning striking a line near the dam had set off the failure" (events 1.91.0; not "striking workers", "a striking
  // result")
  lemma('lightning', 'striking', '', [sense('DISASTER', 'lightning', 'disaster', 'incident', { prev: LIGHTNING })]),
  // "struck down the ban", "overturned a police ban", "quashed the conviction": a ruling that undoes a decision (a boat
  // or a car that overturned capsized or crashed)
  lemma('overturn', 'overturn overturns overturned overturning quash quashes quashed quashing', '', [sense('LEGAL', 'ruling', 'legal')], [{ near: { words: VEHICLES, before: 3, after: 3 } }]),
  // "the appeals court reversed his conviction" (events 1.95.0): a court's reversal of a decision on guilt or a penalty
  // (not "reversed course", "reversed the car", "the government reversed its decision")
  lemma('overturn', 'reverse reverses reversed reversing', '', [sense('LEGAL', 'ruling', 'legal', undefined, { near: { words: REVERSED, before: 0, after: 3 } })]),
  lemma('overturn', 'struck', '', [
    // "when lightning struck a 500-kilovolt line" (events 1.91.0): a lightning strike, a disaster's cause
    sense('DISASTER', 'lightning', 'disaster', 'incident', { near: { words: LIGHTNING, before: 2, after: 0 } }, 'lightning'),
    sense('LEGAL', 'ruling', 'legal', undefined, { next: ws('down') }),
    sense('LEGAL', 'disbar', 'legal', undefined, { next: ws('off'), near: { words: PROFESSIONS, before: 3, after: 3 } }, 'disbar'),
  ]),
  // "threw out his appeal", "dismissed the appeal", "upheld the conviction": a court's ruling on an appeal or on the
  // decision appealed (not "threw out the rubbish", "dismissed the minister")
  // "threw out the conviction", "threw out the case against him" (events 1.83.0: what a court rules on, not only appeals)
  lemma('rule', 'throw throws threw thrown throwing', '', [sense('LEGAL', 'ruling', 'legal', undefined, { next: ws('out'), near: { words: new Set([...UPHELD, ...RULED_ON]), before: 3, after: 4 } })]),
  lemma('rule', 'dismiss dismisses dismissed dismissing uphold upholds upheld upholding', '', [
    sense('LEGAL', 'ruling', 'legal', undefined, { near: { words: UPHELD, before: 3, after: 3 } }),
    // "dismissed the governor's appeal": a possessive between (events 1.95.0: four words on; "dismissed the minister's
    // appeal for calm" is a request brushed aside)
    sense('LEGAL', 'ruling', 'legal', undefined, { near: { words: UPHELD, before: 0, after: 4 }, unlessNear: { words: ws('for'), before: 0, after: 6 } }),
    // "judges dismissed the case against him": a court ends a case
    sense('LEGAL', 'ruling', 'legal', undefined, { near: { words: RULED_ON, before: 0, after: 2 } }),
  ]),
  // a call for bids to run a concession, build a work or supply goods (events 1.116.0): "There will be an open tender", "the
  // tender for a new operator will be launched on Monday", "launched a tender"; not "a tender offer" for bonds or shares,
  // "legal tender", "tender meat", "at a tender age"
  lemma('tender', 'tender tenders', 'tender tenders', [
    sense('ECONOMY', 'tender', 'economy', undefined, { near: { words: TENDER_NEAR, before: 3, after: 4 } }),
    sense('ECONOMY', 'tender', 'economy', undefined, { prev: ws('the this'), elsewhere: [ws('bidders bidder bids bid tender tenders')] }),
  ], [{ prev: ws('legal') }, { next: ws('offer offers age loving care meat') }]),
  // "had already sold the licence to a trader", "No licence has been sold", "sold order histories to two insurers" (events
  // 1.116.0): an asset, a licence or data sold, the deal that buys it (not "sold out", "sold 3 million copies", shares sold
  // in a market)
  lemma('acquire', 'sell sells sold selling', '', [
    sense('ECONOMY', 'acquisition', 'economy', undefined, { near: { words: SOLD_ASSETS, before: 3, after: 4 } }),
  ], [{ next: ws('out off short') }, { near: { words: ws('shares share stock stocks bonds bond tickets copies units'), before: 2, after: 3 } }]),
  // a ban or a bar by an authority: "police barred the march", "the police ban", "prohibited the rally"; a deal
  // blocked is the approval family's, "banned substances" a list
  lemma('ban', 'ban bans banned banning barred barring prohibit prohibits prohibited prohibiting prohibition', 'ban bans prohibition', [plover('COERCE', 'ban')], [
    { near: { words: DEALS, before: 0, after: 4 } },
    { next: ws('substance substances drug drugs list lists weapon weapons books') },
    // "the banned blood booster EPO", "for a banned stimulant" (events 1.116.0): the participle before its noun names what is
    // banned, no ban told ("was banned", "banned the march" are)
    { self: ws('banned prohibited'), prev: ws('the a an for of') },
  ]),
  // events 1.76.0: a traffic restriction is a ban on who may drive in ("approved a low-emission zone", "froze Milan's new
  // low-emission zone", "the zone is suspended", "a congestion zone") and so is "the zone" in a report about one; not a
  // war zone, a time zone, a buffer zone, an industrial zone
  lemma('ban', 'zone zones', 'zone zones', [
    plover('COERCE', 'ban', undefined, { prev: TRAFFIC_ZONES }),
    plover('COERCE', 'ban', undefined, { self: ws('zone'), prev: ws('the this its new'), elsewhere: [TRAFFIC_ZONE_NAMES] }),
  ]),
  // an inquiry's deliverable, only where it is handed over or due ("handed its report", "is due to report within
  // three months", "hand its findings", "the engineer's final report", "the report found"): "report" is first a
  // reporting verb and a news report, never read as one here
  lemma('inquiry-report', 'report reports findings', 'report reports findings', [
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { near: { words: HANDED, before: 3, after: 0 } }),
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { self: ws('report'), prev: ws('to'), near: { words: ws('due'), before: 3, after: 0 } }),
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { near: { words: ws('handed submitted delivered presented published'), before: 0, after: 3 } }),
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { self: ws('report findings'), near: { words: ws('found finds concluded concludes'), before: 0, after: 2 } }),
    // "the findings of the inquiry", "the inquiry's findings", "its findings would be made public" (events 1.71.0)
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { self: ws('findings'), near: { words: INQUIRIES, before: 3, after: 3 } }),
    // "ordered an inquiry and said its findings were expected within a month" (events 1.91.0): "its" names the inquiry
    // further back in the sentence (not "its findings" of a company's own, with no inquiry near)
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { self: ws('findings'), prev: ws('its their'), near: { words: INQUIRIES, before: 10, after: 0 } }),
    // "the report of the presidential inquiry", "the final report of the investigation" (events 1.85.0): the deliverable
    // of an inquiry named after it; not "a report on the inquiry", "reports of an inquiry" (news of one)
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { self: ws('report'), prev: ws('the its final interim'), next: ws('of'), near: { words: INQUIRIES, before: 0, after: 4 } }),
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { self: ws('findings'), near: { words: ws('public'), before: 0, after: 4 } }),
    // "the preliminary report into the crash has been delayed", "said in a preliminary report published on Wednesday"
    // (events 1.86.0): a preliminary report is an investigation's deliverable (not "preliminary reports said", news)
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { self: ws('report'), prev: ws('preliminary'), unlessNear: { words: ws('said say says suggested suggests'), before: 0, after: 1 } }),
    // "in its report, published on Thursday", "the report blamed the operator" in a report about an inquiry: the inquiry's
    // deliverable named by its owner or as the one at hand (not "a report", news of something, nor "the report that")
    sense('LEGAL', 'inquiry-report', 'legal', undefined, { self: ws('report'), prev: ws('its their the'), elsewhere: [INQUIRIES], unlessNear: { words: ws('denied denies deny denying confirmed confirm confirms citing cited according newspaper media'), before: 4, after: 0 } }),
  ], [{ next: ws('that') }, { prev: ws('news media press newspaper radio television tv') }]),

  // a freeze on licences or permits is a ban on new ones (events 1.76.0): "the council froze new tourist licences", "the
  // 2020 freeze on new licences", "a moratorium on new permits" (not frozen assets or wages, nor the weather)
  lemma('freeze', 'freeze freezes froze frozen freezing moratorium moratoria moratoriums', 'freeze freezes moratorium moratoria moratoriums', [
    sense('COERCE', 'ban', 'plover', undefined, { near: { words: LICENCES, before: 0, after: 5 } }, 'ban'),
    // "The deal freezes the planned rise in the farm diesel tax until 2028" (events 1.91.0): a planned rise in a tax or a
    // fee held back (not "froze the rise of the party", no tax or fee near)
    sense('ECONOMY', 'tax-freeze', 'economy', undefined, { self: ws('freeze freezes froze frozen freezing'), near: { words: ws('rise increase hike'), before: 0, after: 3 }, unlessNear: { words: ws('party movement'), before: 0, after: 6 } }),
  ], [{ near: { words: ws('assets accounts wages salaries pay pensions prices funds bank'), before: 2, after: 3 } }]),

  // --- outages and their repair, payments, closures, tests (extension ECONOMY) ---
  // a supply that fails: "a nationwide blackout", "the outage left 1.4 million customers without power" (not a news blackout)
  lemma('outage', 'blackout blackouts outage outages', 'blackout blackouts outage outages', [sense('DISASTER', 'outage', 'disaster')], [{ prev: ws('media news information press') }]),
  // "systems were restored", "expects to restore normal operations", "will resume full operations on Monday", "the
  // restoration of power": a service back after an outage (not "resumed talks", "restored calm")
  lemma('restore', 'restore restores restored restoring restoration resume resumes resumed resuming resumption restart restarts restarted restarting', 'restoration resumption restart restarts', [
    sense('ECONOMY', 'restore', 'economy', undefined, { near: { words: SERVICES, before: 4, after: 4 } }),
    // "hopes to restart two of its four production lines", "restarted the reactor" (events 1.70.0)
    sense('ECONOMY', 'restore', 'economy', undefined, { self: ws('restart restarts restarted restarting'), near: { words: new Set([...WORKINGS, ...FACILITIES, ...ws('line lines reactor reactors')]), before: 2, after: 6 } }),
    // "could resume sailings", "Ferries resumed crossings", "the restart of its ferries", and in a report of a halted
    // service "the restart had been set for Friday", "hoped to resume on Thursday" (events 1.71.0)
    sense('ECONOMY', 'restore', 'economy', undefined, { near: { words: TRANSIT, before: 4, after: 5 } }),
    sense('ECONOMY', 'restore', 'economy', undefined, { self: ws('resume resumes resumed resuming resumption restart restarts restarted'), elsewhere: [HALTED_TOPIC] }),
  ], [{ near: { words: RESUMED_NOT, before: 0, after: 3 } }]),
  // "hoped to reconnect the whole country", "the last homes … were reconnected" in a report of an outage (events 1.120.0;
  // not "reconnect with voters")
  lemma('restore', 'reconnect reconnects reconnected reconnecting reconnection', 'reconnection', [
    sense('ECONOMY', 'restore', 'economy', undefined, { near: { words: RECONNECTED, before: 4, after: 5 } }),
    sense('ECONOMY', 'restore', 'economy', undefined, { elsewhere: [ws('blackout blackouts outage outages')] }),
  ], [{ next: ws('with') }]),
  // "to have all systems running again", "had its computer systems working again" (events 1.120.0)
  lemma('fly-again', 'running working functioning', '', [sense('ECONOMY', 'restore', 'economy', undefined, { next: ws('again'), near: { words: RECONNECTED, before: 4, after: 0 } }, 'restore')]),
  // "returned to full operations", "service has returned to normal" (not "returned to Nairobi", a visit's)
  // "evacuees returned home", "will be allowed to return to their homes on Sunday": people back after an evacuation
  // (extension CASUALTY, read by tense and time; not "returned home from Moscow", a traveller's)
  lemma('restore', 'return returns returned returning', 'return', [
    sense('ECONOMY', 'restore', 'economy', undefined, { next: ws('to'), near: { words: ws('normal normality normalcy operations operation service services'), before: 0, after: 3 } }),
    sense('ECONOMY', 'restore', 'economy', undefined, { near: { words: ws('service'), before: 0, after: 8, unlessNext: ws('station stations said says') } }),
    sense('CASUALTY', 'returned-home', 'casualty', undefined, { near: { words: ws('home homes houses villages'), before: 0, after: 3, unlessNext: ws('from after') } }, 'return-home'),
    // property given back (events 1.70.0): "returned 20 looted bronzes to Nigeria", "the statue was returned", "the return
    // of the artefacts"; in a report on a museum's property, "could be returned next year", "the return of the drum" (not a
    // person's return, "returned to Kyiv", nor "a tax return")
    sense('ECONOMY', 'return', 'economy', undefined, { self: ws('return returns returned returning'), near: { words: ARTEFACTS, before: 4, after: 4 } }, 'handover'),
    sense('ECONOMY', 'return', 'economy', undefined, { self: ws('returned'), prev: ws('be been being was were is are'), nextNot: ws('to home from'), elsewhere: [MUSEUM_TOPIC] }, 'handover'),
    sense('ECONOMY', 'return', 'economy', undefined, { self: ws('return'), prev: ws('the its their'), next: ws('of covers'), elsewhere: [MUSEUM_TOPIC] }, 'handover'),
  ], [{ self: ws('return returns'), prev: ws('tax annual quarterly') }, { self: ws('returns'), prev: ws('on') }]),
  // "people could go back to their homes soon", "will not be allowed home before": the return home after an evacuation
  lemma('go-back', 'go goes going went allowed', '', [
    // "an attempt to go public", "went public in 2019" (events 1.94.0): a listing of shares (not "went public with the claims")
    sense('ECONOMY', 'ipo', 'economy', undefined, { self: ws('go goes going went'), next: ws('public'), unlessNear: { words: ws('with about'), before: 0, after: 2 } }, 'ipo'),
    sense('CASUALTY', 'returned-home', 'casualty', undefined, { self: ws('go goes going went'), next: ws('back home'), near: { words: ws('home homes houses villages'), before: 0, after: 5, unlessNext: ws('from after') } }, 'return-home'),
    sense('CASUALTY', 'returned-home', 'casualty', undefined, { self: ws('allowed'), next: ws('home back') }, 'return-home'),
    // "Rescuers went back to the site at dawn", "searchers went back in" (events 1.84.0): the search taken up again
    sense('CASUALTY', 'search', 'casualty', 'incident', { self: ws('go goes going went'), next: ws('back'), near: { words: SEARCHERS, before: 3, after: 0 } }, 'search'),
    // events 1.76.0: a craft that went down sank ("a passenger launch went down in the river", "the MV … went down"; not
    // "prices went down", "the plane went down", "the launch went down well" as received)
    sense('DISASTER', 'shipwreck', 'disaster', 'incident', { self: ws('go goes going went'), next: ws('down'), near: { words: VESSELS, before: 6, after: 0 }, unlessNear: { words: NOT_SINKING_DOWN, before: 3, after: 2 } }, 'sink'),
  ]),
  // "will return its turboprops to service on Monday": an object between the verb and "to service"
  // "could be back in service within days", "back in the air": a craft or a service back in use (the restore family)
  lemma('back', 'back', '', [sense('ECONOMY', 'restore', 'economy', undefined, { next: ws('in into'), near: { words: ws('service air operation operations'), before: 0, after: 3 } }, 'restore')]),
  // "will not fly again before", "were flying again": aircraft back in the air
  lemma('fly-again', 'fly flies flew flying flown', '', [sense('ECONOMY', 'restore', 'economy', undefined, { next: ws('again') }, 'restore')]),
  // "ferries sail again", and in a report of a halted service "planned to sail on Saturday" (events 1.71.0; "sailing" the
  // sport and "sailings" are not read)
  lemma('fly-again', 'sail sails sailed', '', [
    sense('ECONOMY', 'restore', 'economy', undefined, { next: ws('again') }, 'restore'),
    sense('ECONOMY', 'restore', 'economy', undefined, { elsewhere: [HALTED_TOPIC] }, 'restore'),
  ]),
  // "will start crossing the strait again", "started running again" (events 1.71.0; not "started crossing the border")
  lemma('fly-again', 'start starts started', '', [sense('ECONOMY', 'restore', 'economy', undefined, { next: ws('crossing sailing flying running operating'), near: { words: ws('again'), before: 0, after: 6 } }, 'restore')]),
  // "forced about 900 people from their homes", "fled their homes", "were driven from their houses": the evacuation
  lemma('flee-homes', 'forced fled flee flees fleeing driven', '', [
    sense('CASUALTY', 'evacuated', 'casualty', 'incident', { self: ws('forced driven'), near: { words: LEFT_HOMES, before: 0, after: 7 } }, 'evacuate'),
    sense('CASUALTY', 'evacuated', 'casualty', 'incident', { self: ws('fled flee flees fleeing'), next: ws('their his her our from'), near: { words: LEFT_HOMES, before: 0, after: 4 } }, 'evacuate'),
  ], [{ near: { words: ws('without'), before: 0, after: 8 } }]),
  // people moved by the authorities in an emergency (events 1.70.0): "residents were moved out", "families were taken to
  // shelters", "bussed to emergency shelters" (not "the company moved out of its offices", dogs taken to shelters)
  lemma('move-out', 'moved moving taken bussed ferried', '', [
    // "were taken hostage", "taken captive" (events 1.74.0): a kidnapping
    sense('ASSAULT', 'abduct', 'plover', 'incident', { self: ws('taken'), next: HOSTAGE }, 'abduct'),
    // "began moving about 1,800 people out of villages" (events 1.71.0; not "began moving its offices")
    sense('CASUALTY', 'evacuated', 'casualty', 'incident', { self: ws('moving'), prev: ws('began begin begins started start starts'), near: { words: LEFT_HOMES, before: 0, after: 8 } }, 'evacuate'),
    sense('CASUALTY', 'evacuated', 'casualty', 'incident', { self: ws('moved'), next: ws('out'), prev: ws('been be being were was are is') }, 'evacuate'),
    sense('CASUALTY', 'evacuated', 'casualty', 'incident', { next: ws('to'), near: { words: SHELTERS, before: 0, after: 3 } }, 'evacuate'),
  ], [{ near: { words: new Set([...ANIMALS, ...TROOPS]), before: 4, after: 4 } }]),
  // "grounded all 12 of its turboprops", "the grounding", "to ground the fleet": aircraft kept out of the air (not "ground
  // troops", "on the ground", "grounded in fact", "common ground")
  lemma('ground', 'ground grounds grounded grounding', 'grounding', [
    sense('ECONOMY', 'grounding', 'economy', undefined, { self: ws('ground grounds grounded'), near: { words: AIRCRAFT, before: 6, after: 6 } }),
    sense('ECONOMY', 'grounding', 'economy', undefined, { self: ws('grounding'), prev: ws('the its a this') }),
  ], [{ next: ws('in on floor floors forces force troops troop staff crew crews level zero rules war operation operations offensive assault invasion water') }, { prev: ws('common middle higher high firm solid new lost gained gaining breaking holding hold stand') }, { self: ws('ground'), prev: ws('the on') }]),
  // "Engineers began the inspections", "the inspections … had been completed": checks with a start and an end (campaign
  // phases); the verb only with what is checked near (not "open for inspection")
  lemma('inspect', 'inspect inspects inspected inspecting inspection inspections', 'inspection inspections', [
    sense('ECONOMY', 'inspection', 'economy', 'campaign', { self: ws('inspection inspections') }),
    sense('ECONOMY', 'inspection', 'economy', 'campaign', { near: { words: new Set([...AIRCRAFT, ...CRACKED, ...VEHICLES]), before: 8, after: 4 } }),
    // "the fire brigade still had to inspect the new galleries", "inspectors will inspect the site" (events 1.113.0): who
    // inspects names the check, whatever is checked
    sense('ECONOMY', 'inspection', 'economy', 'campaign', { near: { words: INSPECTING, before: 6, after: 0 } }),
  ], [{ prev: ws('for') }]),
  // "fire officers who examined the building on Wednesday" (events 1.113.0): a building or a work examined is its
  // inspection (not "examined the evidence", "the doctor examined him")
  lemma('inspect', 'examine examines examined examining', '', [
    sense('ECONOMY', 'inspection', 'economy', 'campaign', { near: { words: new Set([...CRACKED, ...ws('site sites premises galleries gallery wing wreckage structure structures')]), before: 0, after: 4 } }),
  ]),
  // "forcing it to divert ambulances to other hospitals", "flights were diverted to Lyon", "the diversion of ambulances"
  // (events 1.113.0): traffic sent elsewhere (not attention, funds or a river diverted, nor "a diversion" to distract)
  lemma('divert', 'divert diverts diverted diverting diversion diversions', 'diversion diversions', [
    sense('ECONOMY', 'diversion', 'economy', undefined, { near: { words: DIVERTED, before: 4, after: 4 } }),
  ], [{ near: { words: ws('attention funds money cash resources river rivers water stream focus public'), before: 3, after: 3 } }]),
  // "forced the airline to cancel about 120 flights", "460 cancelled flights": services cancelled are a happening of their
  // own, not a plan called off (a cancellation without services near stays a status cue)
  lemma('cancel-services', 'cancel cancels cancelled canceled cancelling canceling cancellation cancellations', 'cancellation cancellations', [
    sense('ECONOMY', 'cancellation', 'economy', undefined, { near: { words: SERVICES_RUN, before: 1, after: 4 } }),
  ]),
  // a maker's or a dealer's repair of goods: "will replace the pumps", "fix every car", "the repair" (not "replaced
  // him as chairman", "fixed prices")
  // "Divers sealed the broken undersea pipeline", "the leak is sealed": a leak stopped is a works put right
  lemma('repair', 'repair repairs repaired repairing replace replaces replaced replacing fix fixes fixed fixing seal seals sealed sealing', 'repair repairs', [
    sense('ECONOMY', 'repair', 'economy', undefined, { near: { words: RECALLED_GOODS, before: 4, after: 4 } }),
    // "Repairs to the crack in the dam's wall will begin in June", "to repair the bridge's piers": works put right
    sense('ECONOMY', 'repair', 'economy', undefined, { near: { words: REPAIRED_WORKS, before: 2, after: 5 } }),
    // "The line was sealed by divers" in a report about a spill (events 1.91.0): the leak stopped (not "the border was
    // sealed" in a report with no spill)
    sense('ECONOMY', 'repair', 'economy', undefined, { self: ws('sealed'), prev: ws('was were been'), elsewhere: [SPILL_TOPIC] }),
  ], [{ next: ws('price prices rate rates date dates term income line off') }, { self: ws('fixed'), prev: ws('a an the') }]),
  // people compensated for a loss (events 1.91.0): "households could be compensated for spoiled food" (not "compensated
  // for the loss of speed", which names no one paid)
  lemma('pay', 'compensate compensates compensated compensating', '', [
    sense('ECONOMY', 'payment', 'economy', undefined, { near: { words: ws('households families victims residents customers passengers owners farmers workers consumers'), before: 4, after: 0 } }),
  ]),
  // money paid: "paid a ransom", "paid no ransom", "paid a fine", "the payment was made"; "paid 180 million euros for
  // the chain" is a purchase; "paid tribute", "paid a visit" are no payment
  lemma('pay', 'pay pays paid paying payment payments', 'payment payments', [
    sense('ECONOMY', 'acquisition', 'economy', undefined, { self: ws('paid pay pays paying'), near: { words: BOUGHT_FIRMS, before: 0, after: 8 } }, 'acquire'),
    sense('ECONOMY', 'payment', 'economy', undefined, { near: { words: MONEY, before: 3, after: 4 } }),
    sense('ECONOMY', 'payment', 'economy', undefined, { self: ws('payment'), prev: ws('the its this'), next: CLAUSE_VERB }),
    // "it paid nothing", "paid the kidnappers" in a report of a ransom (events 1.74.0)
    sense('ECONOMY', 'payment', 'economy', undefined, { self: ws('pay pays paid paying'), near: { words: ws('nothing kidnappers abductors captors'), before: 0, after: 4 }, elsewhere: [ws('ransom ransoms')] }),
    // "there has been no payment", "denied any payment" in a report of a kidnapping (events 1.76.0): the ransom's payment,
    // negated by its "no"
    sense('ECONOMY', 'payment', 'economy', undefined, { self: ws('payment payments'), prev: ws('no any'), elsewhere: [KIDNAP] }),
  ], [{ next: PAID_NOT }, { near: { words: ws('tribute tributes homage respects attention'), before: 0, after: 3 } }, { capitalInside: true }]),
  // money paid out: "the first tranche, $400 million, will be disbursed next week", "the disbursement of aid"
  lemma('pay', 'disburse disburses disbursed disbursing disbursement disbursements', 'disbursement disbursements', [sense('ECONOMY', 'payment', 'economy', undefined)]),
  // a public work closed: "the bridge was closed to lorries in 2019", "the closure of the airport" (not "shares closed
  // higher", "close to the bridge", "close the purchase")
  // "will shutter its Lyon factory" (events 1.83.0: the verb only; "shutters" are a window's)
  lemma('close', 'close closes closed closing closure closures shut shuts shutting shutdown shutter shuttered shuttering', 'closure closures shutdown', [
    // "ferries sail again after a four-day storm shutdown": a service halted (events 1.71.0)
    sense('ECONOMY', 'suspension', 'economy', undefined, { self: ws('shutdown'), near: { words: TRANSIT, before: 6, after: 3 } }, 'suspend'),
    sense('ECONOMY', 'suspension', 'economy', undefined, { self: ws('shutdown'), prev: ws('the this that'), elsewhere: [ws('ferries ferry sailings crossings flights trains')] }, 'suspend'),
    sense('ECONOMY', 'closure', 'economy', undefined, { near: { words: PUBLIC_WORKS, before: 6, after: 4 } }),
    sense('ECONOMY', 'closure', 'economy', undefined, { near: { words: FACILITIES, before: 6, after: 6 } }),
    // "the stores shut their doors for the last time", "closed its doors in 2019" (events 1.113.0): a business closed
    // (not "closed the door on talks": a door, singular, is OPENED_NOT's)
    sense('ECONOMY', 'closure', 'economy', undefined, { self: ws('close closes closed closing shut shuts shutting'), next: ws('its their his her'), near: { words: ws('doors'), before: 0, after: 2 } }),
    // "shut down the paper machine", "closed two furnaces", "the mine will close" (events 1.70.0)
    sense('ECONOMY', 'closure', 'economy', undefined, { near: { words: WORKINGS, before: 4, after: 4 } }),
    // "The stadium, which holds about 45,000 spectators, will be closed to the public until further notice" (events
    // 1.91.0): a public work or facility named further back, shut to the public (not "a hearing closed to the public")
    sense('ECONOMY', 'closure', 'economy', undefined, { self: ws('closed'), next: ws('to'), near: { words: new Set([...PUBLIC_WORKS, ...FACILITIES]), before: 12, after: 0 } }),
    // "Since that closure, lorries have taken a detour" in a report of a public work or a facility (events 1.120.0; not
    // "the closure of the case", "closure for the families")
    sense('ECONOMY', 'closure', 'economy', undefined, { self: ws('closure closures'), prev: ws('that this the its'), nextNot: ws('of for'), elsewhere: [new Set([...PUBLIC_WORKS, ...FACILITIES])] }),
  ], [
    { near: { words: MARKETS, before: 3, after: 3 } },
    { near: { words: DEALS, before: 0, after: 4 } },
    { self: ws('close'), next: ws('to by ties links friend friends call') },
    { next: ws('ceremony ceremonies doors door eyes ranks') },
  ]),
  // "found cracks in two of the bridge's piers", "no cracks had been found": damage to a structure, found or denied
  // (not "cracks down", "cracked jokes", a crackdown)
  lemma('damage', 'crack cracks cracked', 'crack cracks', [sense('DISASTER', 'damage', 'disaster', undefined, { near: { words: CRACKED, before: 8, after: 6 } })], [{ next: ws('down') }]),
  // "is expected to begin service", "entered service in 2019", "came into service": a craft, a line or a system put to
  // use (not "customer service", "the service said", "a memorial service")
  lemma('service', 'service', 'service', [sense('ECONOMY', 'service-entry', 'economy', undefined, { prev: ws('begin begins began begun beginning enter enters entered entering into') })], [{ near: { words: ws('pressed press presses pressing'), before: 3, after: 0 } }]),
  // "load tests on the span began", "stress tests": a public work's tests, begun, under way and completed (campaign phases)
  lemma('test', 'test tests testing', 'test tests testing', [sense('ECONOMY', 'test', 'economy', 'campaign', { prev: TEST_KINDS })]),

  // --- political life (extension POLITICAL) ---
  // A funeral, a burial and a period of mourning (events 1.113.0, issues 12/18): rites a story follows as it follows a
  // visit (announced, held, put off), typed POLITICAL so that one told in the past has happened (link/digest.ts); each its
  // own lemma, as news keeps them apart ("the state funeral on Friday", "he will be buried in his home village").
  // Not the trade ("funeral home", "funeral costs"), nor a figure of speech ("buried the report", "buried under rubble").
  lemma('funeral', 'funeral funerals obsequies exequies', 'funeral funerals obsequies exequies', [sense('POLITICAL', 'funeral', 'political')], [
    { next: ws('home homes parlour parlours parlor parlors director directors industry costs cost expenses insurance plan plans business businesses services') },
    { prev: ws('own') },
    // "would pay for the funerals" of victims: a cost borne, no rite a story follows
    { near: { words: ws('pay paid pays paying cover covers covered covering fund funds funded'), before: 4, after: 0 } },
  ]),
  // "was buried on Sunday", "the burial will take place", "his interment" in a report of a death or a funeral; the verb
  // never of what earth, rubble or snow covers, nor of a report, a hatchet or differences
  lemma('burial', 'bury buries buried burying burial burials interment interments interred', 'burial burials interment interments', [
    sense('POLITICAL', 'burial', 'political', undefined, { elsewhere: [FUNERAL_TOPIC] }),
  ], [
    { near: { words: BURIED_NOT, before: 3, after: 4 } },
    // "the buried houses", "30 buried homes": what a slide covered; "we buried our children": a mourner's memory
    { self: ws('buried'), prev: ws('the a an its their his her these those half partly partially') },
    { self: ws('buried'), prevNumber: true },
    { self: ws('bury buried'), prev: ws('we i') },
    { self: ws('burial burials'), next: ws('site sites ground grounds mound mounds chamber chambers pit pits place places') },
    { self: ws('burial burials'), prev: ws('ancient mass') },
  ]),
  // "three days of national mourning", "a period of mourning", "the official mourning period" (not "mourning the loss",
  // "in mourning", "mourning dress"): a period with a start and an end (campaign phases: declared, under way, ended)
  lemma('mourning', 'mourning', 'mourning', [
    sense('POLITICAL', 'mourning', 'political', 'campaign', { prev: ws('national official state public') }),
    sense('POLITICAL', 'mourning', 'political', 'campaign', { next: ws('period periods') }),
    sense('POLITICAL', 'mourning', 'political', 'campaign', { prev: OF, near: { words: ws('days day week weeks period month'), before: 3, after: 0 } }),
  ]),
  lemma('elect', 'elect elects elected electing re-elected election elections by-election by-elections byelection byelections referendum referendums', 'election elections by-election by-elections byelection byelections referendum referendums', [sense('POLITICAL', 'election', 'political', 'election')], [
    { next: ws('officials official representatives leaders members body bodies commission commissions campaign campaigns law laws') },
  ]),
  // "needs 29 votes", "won 31 votes": votes counted are ballots, no happening; a tally names the vote ("by 180 votes to
  // 60", "a 5-2 vote")
  lemma('vote', 'vote votes voted voting', 'vote votes', [sense('POLITICAL', 'vote', 'political', 'election')], [
    { prev: ws('swing popular') },
    { next: ws('bank banks share') },
    { self: ws('votes'), prevNumber: true, nextNot: ws('to against') },
    // "will need opposition votes", "won enough votes": votes needed, won or lacked are ballots too
    { self: ws('votes'), near: { words: BALLOTS_HELD, before: 2, after: 0 } },
    // "the voting system", "voting rights", "the voting age": what voting is done with, no vote (events 1.70.0)
    { self: ws('voting'), next: ws('system systems rights right age booth booths machine machines intention intentions record records pattern patterns bloc blocs member members share shares power powers method methods procedure procedures') },
  ]),
  // a bill passed or adopted is the vote on it ("approved a data protection bill by 31 votes to 20", "the bill passed");
  // not "passed away", "passed off without violence", "passed sentence": a bill must be near
  // events 1.120.0: a measure passed or adopted by a tally, "passed the measure by 49 votes to 33", "The measure passed by
  // 17 votes to 16"; a parliament's ratification, "parliament ratified the agreement" (not "ratified by both companies")
  lemma('vote', 'ratify ratifies ratified ratifying ratification', 'ratification', [
    sense('POLITICAL', 'vote', 'political', 'election', { near: { words: new Set([...LEGISLATORS, 'votes']), before: 4, after: 8 } }),
  ]),
  lemma('vote', 'pass passes passed passing adopt adopts adopted adopting', '', [
    sense('POLITICAL', 'vote', 'political', 'election', { near: { words: BILLS, before: 4, after: 4 } }),
    sense('POLITICAL', 'vote', 'political', 'election', { near: { words: ws('votes'), before: 0, after: 6 } }),
  ], [{ next: ws('away off on over through sentence judgment judgement') }]),
  // a bill laid before a legislature: "tabled a bill", "the bill, tabled in early June", "introduced legislation"
  lemma('table-bill', 'table tabled tabling tables introduce introduced introduces introducing', '', [
    sense('POLITICAL', 'table-bill', 'political', undefined, { near: { words: BILLS, before: 3, after: 3 } }),
    sense('POLITICAL', 'table-motion', 'political', undefined, { near: { words: CONFIDENCE_MOTION, before: 0, after: 5 } }, 'table-motion'),
  ]),
  // a motion against a government laid before a legislature (events 1.84.0): "filed a motion of no confidence", "files
  // no-confidence motion", "lodged a censure motion" (not "filed a motion to dismiss", a court's, nor "filed a lawsuit")
  lemma('table-motion', 'file files filing lodge lodges lodged lodging submit submits submitted submitting', '', [
    sense('POLITICAL', 'table-motion', 'political', undefined, { near: { words: CONFIDENCE_MOTION, before: 0, after: 5 } }),
  ]),
  // a motion that failed or passed names the vote on it (events 1.84.0): "The last no-confidence motion, against the
  // previous cabinet in June 2019, failed", "if the motion passed" (not "the motion carries 62 signatures", "needed 101
  // votes to pass", "filed a motion")
  // ("if the motion passed" is the condition of another happening, no vote told)
  lemma('vote', 'motion motions', 'motion motions', [sense('POLITICAL', 'vote', 'political', 'election', { near: { words: MOTION_OUTCOME, before: 0, after: 14 } })], [
    { near: { words: ws('if unless whether'), before: 3, after: 0 } },
  ]),
  // a law taking effect: "the law could take effect in January", "will come into force on January 1" (a truce or an
  // alert in force is the link layer's reading of its own noun: no law near, no event here)
  // a ban taking effect is the ban's own step (events 1.76.0): "the ban came into force on Tuesday", "the ban entered into
  // force", "the moratorium took effect" (a law's is the law's, tried first)
  // events 1.112.0 (issue 12): a treaty or a deal taking effect is in force as a law is ("the agreement will take effect",
  // "a free-trade agreement between A and B came into force"); a traffic zone's is its ban's ("the low-emission zone came
  // into force"); new prices' is the rise's in a report of one ("higher fuel prices took effect")
  lemma('in-force', 'effect', '', [
    sense('POLITICAL', 'in-force', 'political', undefined, { prev: ws('take takes took taken taking'), near: { words: BILLS, before: 5, after: 0 } }),
    sense('COERCE', 'ban', 'plover', undefined, { prev: ws('take takes took taken taking'), near: { words: BANS_AND_ZONES, before: 8, after: 0 } }, 'ban'),
    sense('POLITICAL', 'in-force', 'political', undefined, { prev: ws('take takes took taken taking'), near: { words: TREATIES, before: 8, after: 0 } }),
    sense('ECONOMY', 'price-rise', 'economy', undefined, { prev: ws('take takes took taken taking'), near: { words: PRICES_SET, before: 4, after: 0 }, elsewhere: [PRICE_RISING] }, 'price-rise'),
  ]),
  lemma('in-force', 'force', '', [
    sense('POLITICAL', 'in-force', 'political', undefined, { prev: ws('into'), near: { words: BILLS, before: 6, after: 0 } }),
    sense('COERCE', 'ban', 'plover', undefined, { prev: ws('into'), near: { words: BANS_AND_ZONES, before: 9, after: 0 } }, 'ban'),
    sense('POLITICAL', 'in-force', 'political', undefined, { prev: ws('into'), near: { words: TREATIES, before: 9, after: 0 } }),
    sense('ECONOMY', 'price-rise', 'economy', undefined, { prev: ws('into'), near: { words: PRICES_SET, before: 5, after: 0 }, elsewhere: [PRICE_RISING] }, 'price-rise'),
  ]),
  lemma('resign', 'resign resigns resigned resigning resignation resignations', 'resignation resignations', [sense('POLITICAL', 'resign', 'political')], [{ next: ws('himself herself themselves myself') }]),
  // a person leaving a career or a post for good (events 1.116.0): "had decided to retire rather than fight the case",
  // "has not retired", "will retire at the end of the season", "allowed dockers to retire at 58", "announced his
  // retirement"; not debt retired ("to retire part of the bond"), "a retired judge", "retirement age", "the retirement home"
  lemma('retire', 'retire retires retired retiring retirement', 'retirement', [
    // "wants to retire part of the $620 million bond" in a report of a buyback (events 1.120.0; "plans to retire 400 million
    // dollars of bonds" said alone names no event)
    sense('ECONOMY', 'buyback', 'economy', undefined, { self: ws('retire retires retired retiring'), near: { words: BONDS, before: 0, after: 8 }, elsewhere: [ws('buy buys bought buying'), ws('back')] }, 'buyback'),
    sense('ECONOMY', 'buyback', 'economy', undefined, { self: ws('retire retires retired retiring'), near: { words: BONDS, before: 0, after: 8 }, elsewhere: [ws('buy-back buy-backs buyback buybacks repurchase repurchases')] }, 'buyback'),
    sense('POLITICAL', 'retire', 'political', undefined, { self: ws('retire retires retiring'), next: RETIRE_NEXT, unlessNear: { words: BONDS, before: 0, after: 5 } }),
    sense('POLITICAL', 'retire', 'political', undefined, { self: ws('retired'), prev: ws('has have had having he she they who and not never already'), next: RETIRE_NEXT }),
    sense('POLITICAL', 'retire', 'political', undefined, { self: ws('retirement'), prev: ws('his her their planned early immediate'), nextNot: ws('age ages plan plans fund funds savings home homes benefits benefit pension pensions account accounts scheme schemes package village') }),
  ], [{ near: { words: ws('loan loans shares stock jersey number shirt'), before: 0, after: 5 } }]),
  lemma('step-down', 'step steps stepped stepping', '', [
    sense('POLITICAL', 'resign', 'political', undefined, { next: ws('down aside') }),
    // events 1.76.0: "another step could follow in December" in a report of a rate hike (one naming the rate, monetary policy
    // or basis points, and a rise); not "a step towards", "the next step in the talks"
    sense('ECONOMY', 'rate-raise', 'economy', 'rate', { self: ws('step'), prev: ws('another further second next'), nextNot: ws('towards toward to of in forward back up down aside by'), elsewhere: [RATE, RATE_TOPIC, ws('raised raise raises hike hikes hiked increase')] }, 'raise'),
  ]),
  lemma('appoint', 'appoint appoints appointed appointing appointment appointments', 'appointment appointments', [sense('POLITICAL', 'appoint', 'political')], [{ prev: ws('doctor doctor\'s dental hospital') }, { next: ws('with') }]),
  lemma('nominate', 'nominate nominates nominated nominating nomination nominations', 'nomination nominations', [sense('POLITICAL', 'appoint', 'political')]),
  // a post filled by naming someone: "will name a new health minister", "named her successor", "was named interim coach"
  // (not "a man named Ali", "named after", "named in the report", "named the minister responsible")
  lemma('name-appoint', 'name names named naming', '', [
    sense('POLITICAL', 'appoint', 'political', undefined, { near: { words: ws('successor successors replacement replacements'), before: 0, after: 3 } }, 'appoint'),
    sense('POLITICAL', 'appoint', 'political', undefined, { near: { words: ws('new interim acting caretaker'), before: 0, after: 3 } }, 'appoint'),
    // events 1.120.0: "the central bank official named finance minister on Monday", "A successor is expected to be named"
    // (an office after the name with no determiner, or a successor before a passive; not "named the minister responsible")
    sense('POLITICAL', 'appoint', 'political', undefined, { nextNot: ws('the a an his her their its this that'), near: { words: NAMED_OFFICES, before: 0, after: 4 } }, 'appoint'),
    sense('POLITICAL', 'appoint', 'political', undefined, { self: ws('named'), prev: ws('be been being'), near: { words: ws('successor successors replacement'), before: 6, after: 0 } }, 'appoint'),
  ], [{ next: ws('after in by for among') }, { near: { words: ws('after'), before: 0, after: 6 } }, { prev: ws('man woman boy girl men women person people company firm ship vessel group organisation organization') }]),
  // a post given by asking someone to fill it (events 1.84.0): "asked Finance Minister Eva Marková to lead a caretaker
  // cabinet", "to head an interim government" (not "to lead the talks", "to head the new party": no caretaker, interim or
  // transitional word after it); resolve.ts reads the asking as the appointment made
  lemma('lead-appoint', 'lead head', '', [
    sense('POLITICAL', 'appoint', 'political', undefined, { prev: ws('to'), near: { words: ws('caretaker interim transitional'), before: 0, after: 4 } }, 'appoint'),
  ]),
  lemma('sworn', 'sworn', '', [sense('POLITICAL', 'sworn-in', 'political', undefined, { next: ws('in') })]),
  lemma('sworn', 'swearing-in', 'swearing-in', [sense('POLITICAL', 'sworn-in', 'political')]),
  // "took the oath", "will take the oath of office": an oath someone takes, not one sworn in a court
  lemma('sworn', 'oath', 'oath', [sense('POLITICAL', 'sworn-in', 'political', undefined, { near: { words: ws('take takes took taken taking'), before: 2, after: 0 } })]),
  // a recount of votes: a process with a start and an end (campaign phases: planned, under way, ended); the verb
  // "recounts" / "recounted" is as often a telling ("she recounted how"), so only the noun
  lemma('recount', 'recount recounts', 'recount recounts', [sense('POLITICAL', 'recount', 'political', 'campaign')], [
    { prev: ws('he she they who i we you it which that also') },
    { next: ws('how what his her their its my our the a an') },
  ]),
  lemma('inaugurate', 'inaugurate inaugurated inauguration', 'inauguration', [sense('POLITICAL', 'sworn-in', 'political')]),
  // "quit over the purchase", "will vacate her office": leaving an office (with one near), not a habit or a ruling
  lemma('resign', 'quit quits quitting vacate vacates vacated vacating', '', [
    sense('POLITICAL', 'resign', 'political', undefined, { near: { words: OFFICES, before: 4, after: 4 } }),
    // "Belhadj quit last week", "quit in October 2019 after …" (events 1.94.0): the verb with no object, in a report
    // whose other sentences name an office (not "quit smoking", "workers quit their jobs")
    sense('POLITICAL', 'resign', 'political', undefined, { self: ws('quit quits'), next: ws('in on last this after over two three days since yesterday earlier'), elsewhere: [ws('minister president governor mayor chairman chief')] }),
  ], [{ next: ws('smoking drinking school') }]),
  lemma('impeach', 'impeach impeached impeachment', 'impeachment', [sense('POLITICAL', 'impeach', 'political')]),
  // events 1.120.0: "after her ouster", "ousted the chief executive" (not "the ousted president", a former holder)
  lemma('dismiss', 'ouster oust ousts ousted ousting', 'ouster', [sense('POLITICAL', 'dismiss', 'political')], [{ prev: ws('the a an former') }]),
  // "gave no reason for the dismissal", "her dismissal" in a report of an office-holder removed (events 1.120.0; not "the
  // dismissal of the appeal", "the dismissal of the charges")
  lemma('dismiss', 'dismissal dismissals', 'dismissal dismissals', [
    sense('POLITICAL', 'dismiss', 'political', undefined, { near: { words: NAMED_OFFICES, before: 0, after: 5 } }),
    sense('POLITICAL', 'dismiss', 'political', undefined, { prev: ws('his her their the'), nextNot: OF, elsewhere: [NAMED_OFFICES, ws('removed sacked ousted fired dismissed')] }),
  ], [{ next: OF, near: { words: ws('case cases appeal appeals charge charges lawsuit suit claim claims complaint petition'), before: 0, after: 4 } }]),
  lemma('dismiss', 'sacked fired', '', [sense('POLITICAL', 'dismiss', 'political')], [
    { next: ws('up at on upon back off into rockets rocket missiles missile shots shells bullets guns tear warning') },
    { near: { words: WEAPONS, before: 3, after: 4 } },
    // "fired mortar rounds at an army post", "not a single shot has been fired": shots, not a sacking
    { near: { words: ws('shot shots round rounds mortar mortars artillery grenade grenades salvo salvoes volley volleys'), before: 4, after: 3 } },
  ]),

  // --- economy (extension ECONOMY; labour strikes are PLOVER's PROTEST) ---
  // a tariff imposed, in force, suspended or lifted: a state with a start and an end (the campaign family), named by
  // its rate or by what is done to it ("tariffs of 25%", "imposed duties", "lifted its tariffs", "counter-tariffs");
  // a bare "lowers tariffs on cars" or "his duties" is no event
  // tariffs that answer others ("counter-tariffs", "retaliatory tariffs") are their own event, not the ones they answer
  lemma('tariff', 'tariff tariffs duty duties', 'tariff tariffs duty duties', [
    { ...plover('SANCTION', 'counter-tariff', 'campaign', { prev: ws('retaliatory counter') }), lemma: 'counter-tariff' },
    // "respond with tariffs of its own", "their own tariffs": a country's answer to another's
    { ...plover('SANCTION', 'counter-tariff', 'campaign', { near: { words: ws('own'), before: 1, after: 3 } }), lemma: 'counter-tariff' },
    plover('SANCTION', 'tariff', 'campaign', { near: { words: TARIFF_CUES, before: 4, after: 6 } }),
    // a person's duties ("her duties cover the region") are no tariff
  ], [{ prev: ws('non non- customs stamp import-export her his my your') }, { next: ws('free') }]),
  lemma('counter-tariff', 'counter-tariff counter-tariffs', 'counter-tariff counter-tariffs', [plover('SANCTION', 'counter-tariff', 'campaign')]),
  lemma('raise', 'raise raises raised raising hike hikes hiked hiking increase increases increased', 'hike hikes increase increases', [
    // "raised the alert for the volcano to orange": a public alert issued at a higher level (events 1.71.0; not "raised the
    // alarm about costs", "raised rates")
    sense('DISASTER', 'warning', 'disaster', 'incident', { self: ws('raise raises raised raising'), near: { words: ALERT_WORDS, before: 0, after: 3 } }, 'warning'),
    sense('ECONOMY', 'rate-raise', 'economy', 'rate', { near: { words: RATE, before: 2, after: 4, unlessNext: OF } }),
    // "raised borrowing costs" (events 1.74.0): a central bank's rate in other words
    sense('ECONOMY', 'rate-raise', 'economy', 'rate', { near: { words: ws('borrowing'), before: 0, after: 2 } }),
    // events 1.76.0: a central bank's hike in other words: "its first increase in more than four years", "a further increase
    // in December" in a report on a policy rate, and "after raising it by a quarter of a percentage point" (not "a further
    // increase in prices", "raised it with the minister")
    sense('ECONOMY', 'rate-raise', 'economy', 'rate', { self: ws('increase hike'), prev: RATE_MOVE_PREV, nextNot: OF, unlessNear: { words: RISING_NOT_RATE, before: 4, after: 3 }, elsewhere: [RATE, RATE_TOPIC] }),
    sense('ECONOMY', 'rate-raise', 'economy', 'rate', { self: ws('increase hike'), prev: RATE_STEPS }),
    // "a similar increase in pump prices", "the hike in fuel prices" in a report that names fuel and who sets its price
    // (events 1.80.0)
    sense('ECONOMY', 'price-rise', 'economy', undefined, { self: ws('increase hike increases hikes'), next: ws('in'), near: { words: ws('price prices'), before: 0, after: 4 }, elsewhere: [REGULATED_GOODS, PRICE_SETTERS] }, 'price-rise'),
    sense('ECONOMY', 'rate-raise', 'economy', 'rate', { self: ws('raise raises raised raising'), next: ws('it them'), near: { words: ws('basis percentage percentage-point point points'), before: 0, after: 7 } }),
    // "will raise the minimum wage by 7 percent", "raised the price cap" (events 1.83.0): a wage floor or a price ceiling set
    sense('ECONOMY', 'wage-rise', 'economy', undefined, { self: ws('raise raises raised raising increase increases increased'), near: { words: ws('minimum'), before: 0, after: 2 } }, 'wage-rise'),
    sense('ECONOMY', 'price-cap', 'economy', undefined, { self: ws('raise raises raised raising'), near: { words: ws('cap caps'), before: 0, after: 3 } }, 'price-cap'),
  ], [{ next: ws('of') }, { next: ws('concern concerns questions fears funds money capital') }]),
  // events 1.76.0: "a quarter-point rise", "a further rise was not ruled out", "the November rise" in a report on a policy
  // rate, and "another step could follow in December" there: the hike's other nouns (not "a rise in inflation", "the rise of
  // populism", "a step towards", "on the rise")
  lemma('rate-rise', 'rise rises', 'rise rises', [
    sense('ECONOMY', 'rate-raise', 'economy', 'rate', { prev: RATE_STEPS }, 'raise'),
    sense('ECONOMY', 'rate-raise', 'economy', 'rate', { prev: RATE_MOVE_PREV, nextNot: OF, unlessNear: { words: RISING_NOT_RATE, before: 4, after: 3 }, elsewhere: [RATE, RATE_TOPIC] }, 'raise'),
    // a price a government or a regulator sets (events 1.80.0), in a report that names fuel and who sets its price: "a rise
    // in fuel prices", "the planned rise", "the rise was suspended", "the pump price could rise to 210 shillings" (not "a
    // rise in house prices" in a market report, "the rise of", "on the rise")
    sense('ECONOMY', 'price-rise', 'economy', undefined, { next: ws('in'), near: { words: ws('price prices'), before: 0, after: 4 }, elsewhere: [REGULATED_GOODS, PRICE_SETTERS] }, 'price-rise'),
    sense('ECONOMY', 'price-rise', 'economy', undefined, { self: ws('rise'), prev: ws('the this planned proposed similar'), nextNot: OF, elsewhere: [REGULATED_GOODS, PRICE_SETTERS] }, 'price-rise'),
    sense('ECONOMY', 'price-rise', 'economy', undefined, { self: ws('rise'), next: ws('to by'), near: { words: ws('price prices'), before: 6, after: 0 }, elsewhere: [REGULATED_GOODS, PRICE_SETTERS] }, 'price-rise'),
  ], [{ prev: ws('on') }]),
  lemma('cut', 'cut cuts cutting lower lowers lowered lowering reduce reduces reduced reducing reduction reductions', 'cut cuts reduction reductions', [
    // "would lower the reservoir through a controlled release", "which lowered the reservoir by 3.6 metres": the release
    sense('ECONOMY', 'water-release', 'economy', 'campaign', { self: ws('lower lowers lowered lowering'), near: { words: WATER_BODIES, before: 3, after: 5 } }, 'water-release'),
    // "is expected to cut the ribbon": the opening of a public work, named by its rite (docs/events.md)
    sense('ECONOMY', 'opening', 'economy', undefined, { self: ws('cut cuts cutting'), next: ws('the a'), near: { words: ws('ribbon'), before: 0, after: 2, unlessNext: ws('of') } }, 'open'),
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { near: { words: RATE, before: 2, after: 4, unlessNext: OF } }),
    sense('ECONOMY', 'layoff', 'economy', undefined, { near: { words: JOBS, before: 1, after: 4 } }),
    // "oil producers agreed to cut output", "cut production by a fifth" (events 1.83.0): output cut by a decision
    sense('ECONOMY', 'output-cut', 'economy', undefined, { self: ws('cut cuts cutting reduce reduces reduced reducing'), near: { words: ws('output production'), before: 0, after: 3 } }),
    // "preparing to cut Rwanda's B+ rating", "lowered its rating on the bonds" (events 1.120.0): an agency's downgrade
    sense('ECONOMY', 'rating-change', 'economy', undefined, { self: ws('cut cuts cutting lower lowers lowered lowering'), near: { words: RATINGS, before: 0, after: 6, unlessNext: ws('agency agencies firm firms') } }, 'rating-change'),
    // "lowered the price cap on household bills" (events 1.83.0): a capped price moved, as a rate is
    sense('ECONOMY', 'price-cap', 'economy', undefined, { near: { words: ws('cap caps'), before: 0, after: 3 } }, 'price-cap'),
    // "the cuts will take effect by April", "The cuts had been set for April": the noun as a clause's subject in a report of
    // job cuts (events 1.70.0; "spending cuts", "power cuts" have their modifier before)
    sense('ECONOMY', 'layoff', 'economy', undefined, { self: ws('cuts'), prev: ws('the these those'), next: ws('will would had have has were are could may might should'), elsewhere: [JOB_TOPIC] }),
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { near: { words: RATE_SETTERS, before: 2, after: 0 }, next: NO_OBJECT }),
    // "a quarter-point cut", "voted 6-1 for the cut": a rate move named by its size or by the committee's vote
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { self: ws('cut reduction'), prev: RATE_STEPS }),
    // "when it cut by a quarter point", "cuts by 0.25 percentage points": a move sized in points is a rate's
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { self: ws('cut cuts'), next: ws('by'), near: { words: ws('point points'), before: 0, after: 5 } }),
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { self: ws('cut reduction'), prev: ws('the'), nextNot: ws('in to of on'), near: { words: RATE_VOTERS, before: 6, after: 0 } }),
    // a central bank's cut in other words (events 1.74.0): "could begin lowering borrowing costs", "a cut of 25 basis
    // points", and "a cut in June is likely", "putting off the cut", "a further cut" in a report on a policy rate (one
    // that names the rate and basis points or monetary policy elsewhere; not "a cut of the profits", "spending cuts")
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { near: { words: ws('borrowing'), before: 0, after: 2 } }),
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { self: ws('cut cuts reduction'), next: OF, near: { words: ws('basis percentage-point'), before: 0, after: 4 } }),
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { self: ws('cut'), prev: ws('a the further first another its second'), elsewhere: [RATE, RATE_TOPIC] }),
    // "when it cut it by 25 basis points": the rate named by a pronoun
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { self: ws('cut cuts lowered'), next: ws('it them'), near: { words: ws('basis percentage-point'), before: 0, after: 5 } }),
    // "rotating power cuts", "the rolling power cuts": electricity shed by turns, a process with a start and an end
    // "lowered the alert to yellow", "the orange alert could be lowered" (events 1.71.0)
    sense('DISASTER', 'warning', 'disaster', 'incident', { self: ws('lower lowers lowered lowering'), near: { words: ALERT_WORDS, before: 3, after: 3 } }, 'warning'),
    // a supply rationed (events 1.71.0): "water cuts", "rotating power cuts", "cutting supply to most suburbs" in a report
    // of rationing, "the cuts could last until November" there (not "spending cuts", "cut power to the whole country")
    sense('ECONOMY', 'rationing', 'economy', undefined, { self: ws('cut cuts'), prev: ws('water power electricity rotating rolling weekly') }, 'ration'),
    sense('ECONOMY', 'rationing', 'economy', undefined, { self: ws('cut cuts cutting'), next: ws('supply supplies water'), elsewhere: [RATION_TOPIC] }, 'ration'),
    sense('ECONOMY', 'rationing', 'economy', undefined, { self: ws('cuts'), elsewhere: [RATION_TOPIC] }, 'ration'),
  ], [{ next: ws('of'), unlessNear: { words: ws('basis percentage-point'), before: 0, after: 4 } }, { next: ws('off ties short back') }]),
  // rationing (events 1.71.0): "will ration water from Monday", "the city last rationed water", "water rationing" (not
  // "rational", "a daily ration of bread", "food rations" handed out)
  lemma('ration', 'ration rations rationed rationing', 'rationing', [
    sense('ECONOMY', 'rationing', 'economy', undefined, { self: ws('rationing rationed') }),
    sense('ECONOMY', 'rationing', 'economy', undefined, { self: ws('ration rations'), next: RATIONED }),
  ]),
  // "water restrictions", "the restrictions would remain in place" in a report of rationing (not "restrictions on imports")
  lemma('ration', 'restriction restrictions', 'restriction restrictions', [
    sense('ECONOMY', 'rationing', 'economy', undefined, { prev: RATIONED }),
    sense('ECONOMY', 'rationing', 'economy', undefined, { self: ws('restrictions'), prev: ws('the these'), elsewhere: [RATION_TOPIC] }),
  ]),
  // a rationing eased by a step (events 1.71.0): "will ease water rationing", "the restrictions had been eased", "the easing"
  // in a report of rationing (not "tensions eased", "conditions would not ease", "eased into the lead")
  lemma('ease', 'ease eases eased easing', 'easing', [
    sense('ECONOMY', 'easing', 'economy', undefined, { near: { words: EASED_WHAT, before: 3, after: 3 } }),
    sense('ECONOMY', 'easing', 'economy', undefined, { self: ws('easing'), prev: ws('the'), elsewhere: [RATION_TOPIC] }),
    // a central bank's easing (events 1.74.0): "the committee could begin easing", "we were close to easing", "further
    // easing" in a report on a policy rate: its cut (not "inflation keeps easing", "quantitative easing")
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { self: ws('easing'), prev: EASING_PREV, elsewhere: [RATE, RATE_TOPIC] }, 'cut'),
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { self: ws('ease'), prev: ws('to'), next: NO_OBJECT, elsewhere: [RATE, RATE_TOPIC] }, 'cut'),
  ]),
  lemma('hold', 'held hold holds holding kept keep keeps left leaves leave', '', [
    // "to leave office early", "left the government last week" (events 1.94.0, ACE Personnel-End-Position): an office left
    // (not "left the building", "left the meeting", "left the country")
    sense('POLITICAL', 'resign', 'political', undefined, { self: ws('left leaves leave'), next: ws('office') }, 'resign'),
    sense('POLITICAL', 'resign', 'political', undefined, { self: ws('left leaves leave'), next: ws('the his her'), near: { words: ws('government cabinet presidency post'), before: 0, after: 2 } }, 'resign'),
    // "were told to leave their homes", "ordered to leave their houses": people sent out of their homes, the evacuation
    // (not "left thousands of homes without power"; a plain "residents left their homes" is left alone, as the domain gold has it)
    sense('CASUALTY', 'evacuated', 'casualty', 'incident', { self: ws('leave'), prev: ws('to'), next: ws('their his her our'), near: { words: LEFT_HOMES, before: 0, after: 3 } }, 'evacuate'),
    sense('ECONOMY', 'rate-hold', 'economy', 'rate', { near: { words: RATE, before: 0, after: 4, unlessNext: OF } }),
    // "kept borrowing costs on hold", "left borrowing costs unchanged" (events 1.83.0): a central bank's rate in other words
    // (not "cannot keep borrowing to keep petrol cheap")
    sense('ECONOMY', 'rate-hold', 'economy', 'rate', { self: ws('kept keep keeps held hold holds left leave leaves'), next: ws('borrowing'), near: { words: ws('costs cost'), before: 0, after: 2 } }),
    // only "held" and "holds" stand alone for a decision ("kept in June", "left on Monday" do not)
    sense('ECONOMY', 'rate-hold', 'economy', 'rate', { self: ws('held holds'), near: { words: RATE_SETTERS, before: 2, after: 0 }, next: NO_OBJECT }),
    // a central bank's hold in a report on its rate (events 1.74.0): "has left it unchanged since", "had expected the hold",
    // "voted four to one to hold" (not "kept it secret", "a hold on the project")
    sense('ECONOMY', 'rate-hold', 'economy', 'rate', { self: ws('left kept held keeps leaves holds'), next: ws('it them'), near: { words: ws('unchanged steady'), before: 0, after: 3 }, elsewhere: [RATE] }),
    sense('ECONOMY', 'rate-hold', 'economy', 'rate', { self: ws('hold'), prev: ws('the a'), nextNot: ws('on of over'), elsewhere: [RATE, RATE_TOPIC] }),
    sense('ECONOMY', 'rate-hold', 'economy', 'rate', { self: ws('hold'), prev: ws('to'), next: NO_OBJECT, near: { words: ws('voted vote votes'), before: 5, after: 0 }, elsewhere: [RATE] }),
    // "held a photographer in Minsk for five months in 2021 before releasing him", "held in Minsk in 2021, was released":
    // a detention told by its end (events 1.81.0); "had held secret talks … and had agreed on the traders' release" holds
    // a meeting, not people (events 1.123.0)
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held'), near: { words: RELEASED_FORMS, before: 0, after: 16 }, unlessNear: { words: HELD_EVENTS, before: 0, after: 3 } }, 'detain'),
    // "left prison on Saturday": a release
    sense('LEGAL', 'release', 'legal', 'legal', { self: ws('left leave leaves'), next: ws('prison jail custody detention') }, 'release'),
    // "left Varsa prison on Saturday": a prison's name between (events 1.95.0; "left the prison" by its staff is none)
    sense('LEGAL', 'release', 'legal', 'legal', { self: ws('left leave leaves'), nextNot: ws('the a an his her their its'), near: { words: ws('prison jail'), before: 0, after: 2 } }, 'release'),
    // "the bus left the road", "a lorry left the highway": a vehicle off the road is its crash (events 1.78.0)
    sense('DISASTER', 'crash', 'disaster', 'incident', { self: ws('left'), next: ws('the'), near: { words: ws('road highway motorway carriageway'), before: 0, after: 2, unlessNext: ws('map maps') } }, 'crash'),
    // "held him hostage for a month", "were held captive" (events 1.74.0): the kidnapping, not a detention by the law
    sense('ASSAULT', 'abduct', 'plover', 'incident', { self: ws('held hold holds holding'), near: { words: HOSTAGE, before: 0, after: 3 } }, 'abduct'),
    // "police are holding the driver", "the seven sailors held since March": the police hold people, held people are held
    // (the bare "hold" is a power more than an act: "let police hold suspects for 30 days")
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held holding'), near: { words: POLICE, before: 3, after: 0 } }, 'detain'),
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held'), prev: FREED_PEOPLE, next: ws('since for in by at incommunicado captive hostage') }, 'detain'),
    // "held the crew for seven weeks", "held hostage", "held in custody": a detention, named as one (links with "detained")
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held hold holds holding'), near: { words: HELD, before: 0, after: 3 } }, 'detain'),
    // "ordered held on $1 million bail", "is being held on $500,000 bond", "held without bail": a detention with its bail
    // set or refused (events 1.95.0; "held on Monday" stays a meeting's day)
    // ("held on to its bond holdings" is kept, not held)
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held'), next: ws('on without'), near: { words: ws('bail bond'), before: 0, after: 6 }, unlessNear: { words: ws('to'), before: 0, after: 2 } }, 'detain'),
    // "is being held at a maximum-security prison", "was held in a cell at the police station" (events 1.100.0; a concert
    // held at a former prison is none)
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held'), prev: HELD_BE, near: { words: JAILS, before: 0, after: 5 }, unlessNear: { words: HELD_EVENTS, before: 8, after: 0 } }, 'detain'),
    // "has been held incommunicado since his arrest" (events 1.95.0)
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held'), next: ws('incommunicado') }, 'detain'),
    // "has been held without trial", "held without charge for 40 days": a detention named by what it lacks
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held hold holds holding'), next: ws('without'), near: { words: ws('trial charge charges'), before: 0, after: 2 } }, 'detain'),
    // "be held for weeks without charge", "held for questioning": a detention named by its length and what it lacks
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held'), next: ws('for'), near: { words: ws('charge charges trial questioning'), before: 0, after: 5 } }, 'detain'),
    // "who were held by Bissau for seven weeks" (events 1.91.0): people held by someone for a length of time (not "the
    // talks were held by video link for two days")
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held'), prev: ws('were was been'), next: ws('by'), near: { words: ws('days weeks months years'), before: 0, after: 7 }, unlessNear: { words: ws('talks meeting meetings summit conference election elections vote referendum festival ceremony event'), before: 8, after: 0 } }, 'detain'),
    // "the crew have been held since October 3": held people a little before the passive
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held'), prev: HELD_BE, near: { words: HELD, before: 4, after: 0 } }, 'detain'),
    // "the two aid workers, who had been held since March": people held since a day are detained (a festival "which
    // has been held since 2010" is no one)
    sense('LEGAL', 'detain', 'legal', 'legal', { self: ws('held'), prev: HELD_BE, next: ws('since'), near: { words: ws('who'), before: 3, after: 0 } }, 'detain'),
  ], [
    { next: ws('talks meeting meetings elections election up back off') },
    // "held a meeting", "held an election"; "held a Latvian photographer in Minsk … before releasing him" is a detention
    // told by its end (events 1.91.0: the rule of 1.81.0 above never fired past this reject)
    { next: ws('a an'), unlessNear: { words: RELEASED_FORMS, before: 0, after: 16 } },
  ]),
  lemma('layoff', 'layoff layoffs redundancies lay-offs', 'layoff layoffs redundancies lay-offs', [sense('ECONOMY', 'layoff', 'economy')]),
  // "job losses", "the loss of about 400 jobs", "560 people could lose their jobs" (events 1.70.0; not "losses of 3
  // million euros", "lost his job as coach")
  // (named "cut" as "cut 400 jobs" is, so the link layer joins them)
  lemma('layoff', 'loss losses', 'loss losses', [
    sense('ECONOMY', 'layoff', 'economy', undefined, { prev: ws('job') }, 'cut'),
    sense('ECONOMY', 'layoff', 'economy', undefined, { next: OF, near: { words: ws('jobs positions'), before: 0, after: 5 } }, 'cut'),
    // a firm's loss in its accounts (events 1.120.0): "reported a net loss of 214 million euros", "posted a 214 million
    // euro loss" (not "loss of life", "a loss to the family")
    sense('ECONOMY', 'loss', 'economy', undefined, { prev: ws('net operating pre-tax annual quarterly half-year') }, 'loss'),
    sense('ECONOMY', 'loss', 'economy', undefined, { prev: ws('euro euros dollar dollars million billion bn pound pounds') }, 'loss'),
  ]),
  lemma('layoff', 'lose loses losing lost', '', [
    sense('ECONOMY', 'layoff', 'economy', undefined, { near: { words: ws('jobs positions'), before: 0, after: 2 } }, 'cut'),
    // "the ferry had lost power mid-strait", "did not lose power" (events 1.71.0; not "the party lost power in 2019")
    sense('DISASTER', 'outage', 'disaster', undefined, { next: ws('power propulsion electricity') }, 'power-loss'),
    // "the company lost its licence in June" (events 1.79.0): a licence revoked
    sense('SANCTION', 'licence-revocation', 'plover', undefined, { next: ws('its their his her the a'), near: { words: LICENCES, before: 0, after: 3 } }, 'revoke'),
  ], [{ next: ws('power'), near: { words: ws('party parties government coalition regime president minister election elections vote voters'), before: 6, after: 4 } }]),
  // "the shutdown that cost 180 jobs", "the closure will cost 300 jobs" (not "cost 3 million euros")
  lemma('layoff', 'cost costs costing', '', [sense('ECONOMY', 'layoff', 'economy', undefined, { near: { words: ws('jobs positions'), before: 0, after: 3 } }, 'cut')]),
  // redundancy notices: "issued redundancy notices", "Notices will go out from March 2" in a report of job cuts (events
  // 1.70.0; not "until further notice", "at short notice", "notices went up" in a report without job cuts)
  lemma('notice', 'notice notices', 'notice notices', [
    sense('ECONOMY', 'notice', 'economy', undefined, { prev: ws('redundancy layoff lay-off dismissal termination') }),
    sense('ECONOMY', 'notice', 'economy', undefined, { self: ws('notices'), near: { words: ws('go goes went gone going sent send sends issued issue issues served serve serves'), before: 3, after: 3 }, elsewhere: [JOB_TOPIC] }),
  ], [{ next: ws('period periods board boards') }]),
  lemma('lay-off', 'laid lay lays laying', '', [sense('ECONOMY', 'layoff', 'economy', undefined, { next: ws('off') })]),
  // "is shedding 900 jobs", "axed 200 positions", "slashed its workforce": jobs cut (not "shed light", "slashed prices")
  lemma('layoff', 'shed sheds shedding axe axes axed axing slash slashes slashed slashing', '', [
    sense('ECONOMY', 'layoff', 'economy', undefined, { near: { words: JOBS, before: 0, after: 4 } }),
    // "slashed interest rates by a full point" (events 1.83.0): a rate cut in other words
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { self: ws('slash slashes slashed slashing'), near: { words: RATE, before: 0, after: 4, unlessNext: OF } }, 'cut'),
  ]),
  // "trimmed its main refinancing rate", "trims 300 jobs", "trimmed output" (events 1.83.0): a cut in other words
  lemma('cut', 'trim trims trimmed trimming', '', [
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { near: { words: RATE, before: 0, after: 4, unlessNext: OF } }),
    sense('ECONOMY', 'rate-cut', 'economy', 'rate', { next: ws('borrowing'), near: { words: ws('costs cost'), before: 0, after: 2 } }),
    sense('ECONOMY', 'layoff', 'economy', undefined, { near: { words: JOBS, before: 0, after: 4 } }),
    sense('ECONOMY', 'output-cut', 'economy', undefined, { near: { words: ws('output production'), before: 0, after: 3 } }),
  ]),
  lemma('strike', 'strike strikes walkout walkouts stoppage stoppages', 'strike strikes walkout walkouts stoppage stoppages', [
    // "a lightning strike", "lightning strikes a line" (events 1.91.0; not "a strike by lightning workers")
    sense('DISASTER', 'lightning', 'disaster', 'incident', { prev: LIGHTNING }, 'lightning'),
    plover('ASSAULT', 'airstrike', undefined, { prev: WEAPONS }),
    plover('PROTEST', 'strike', 'strike'),
  ], [
    { next: ws('zone zones a an out down back price prices force') },
    // "a lucky strike"; a first or second strike of arms ("a nuclear first strike", "second-strike capability"), not a
    // second strike of a labour dispute ("hold a second strike on March 17", events 1.74.1)
    { prev: ws('lucky') },
    { prev: ws('first second third'), near: { words: ws('nuclear missile missiles military pre-emptive preemptive capability capabilities retaliatory weapons arsenal'), before: 4, after: 3 } },
    // a strike in baseball or bowling
    { near: { words: ws('threw throws pitcher pitched batter bowler inning innings'), before: 4, after: 0 } },
    { near: { words: ws('deal balance chord note tone pose blow'), before: 0, after: 3 } },
  ]),
  lemma('acquire', 'acquire acquires acquired acquiring acquisition acquisitions takeover takeovers merger mergers buyout buyouts tie-up tie-ups', 'acquisition acquisitions takeover takeovers merger mergers buyout buyouts tie-up tie-ups', [sense('ECONOMY', 'acquisition', 'economy')], [{ next: ws('skills skill taste language languages knowledge citizenship immunity') }]),
  // a regulator's approval of a deal (not "approved a budget" by a cabinet: a deal or an approver must be near)
  // a bill approved, or what lawmakers approve, is the vote on it ("approved a data protection bill by 31 votes to 20",
  // "lawmakers approved it 31-22"); a deal near stays its approval ("parliament approved the takeover")
  lemma('approve', 'approve approves approved approving approval approvals', 'approval approvals', [
    sense('AGREE', 'approve', 'economy', 'approval', { near: { words: DEALS, before: 6, after: 8 } }),
    // "a court in Lessing approved the extradition": a court's ruling, not a regulator's approval
    sense('LEGAL', 'ruling', 'legal', undefined, { near: { words: COURT, before: 4, after: 0 } }, 'rule'),
    // "her extradition was approved by a judge" (events 1.95.0): the court after the passive
    sense('LEGAL', 'ruling', 'legal', undefined, { self: ws('approved'), next: ws('by'), near: { words: COURT, before: 0, after: 3 } }, 'rule'),
    sense('POLITICAL', 'vote', 'political', 'election', { near: { words: BILLS, before: 4, after: 4 } }, 'vote'),
    sense('POLITICAL', 'vote', 'political', 'election', { near: { words: LEGISLATORS, before: 3, after: 0 } }, 'vote'),
    // "the ban, approved by the city council in February": a measure passed by a council or a legislature (events 1.76.0)
    sense('POLITICAL', 'vote', 'political', 'election', { self: ws('approved'), next: ws('by'), near: { words: new Set([...LEGISLATORS, 'council', 'councillors', 'councilors', 'plenary']), before: 0, after: 4 } }, 'vote'),
    sense('AGREE', 'approve', 'economy', 'approval', { near: { words: APPROVERS, before: 4, after: 4 } }),
    // "as soon as it is approved", "once the medicine has been approved" (events 1.113.0): a passive with no approver named,
    // in a report whose other sentences name a regulator or an authority (a bill or a council came first)
    sense('AGREE', 'approve', 'economy', 'approval', { self: ws('approved'), prev: ws('is be been was were being'), elsewhere: [APPROVERS] }),
  ]),
  // "clear the deal", "cleared the takeover": the verb with the deal as its object
  lemma('approve', 'clear clears cleared clearing clearance', 'clearance', [
    // "was cleared of murder", "cleared him of all charges": an acquittal
    sense('LEGAL', 'acquit', 'legal', 'legal', { self: ws('cleared clears clear'), next: ws('of him her them'), near: { words: MORE_OFFENCES, before: 0, after: 5 } }),
    sense('AGREE', 'approve', 'economy', 'approval', { near: { words: DEALS, before: 0, after: 4 } }),
  ], [{ self: ws('clear'), prev: ws('is was be been not very more less all') }]),
  lemma('block', 'block blocks blocked blocking', '', [
    sense('REJECT', 'block', 'economy', 'approval', { near: { words: DEALS, before: 0, after: 4 } }),
    // "a federal judge blocked the plan": a court's order that stops a decision
    sense('LEGAL', 'ruling', 'legal', undefined, { near: { words: COURT, before: 4, after: 0 } }, 'rule'),
  ]),
  // a vaccination campaign: planned, under way, ended (campaign family)
  lemma('vaccinate', 'vaccinate vaccinates vaccinated vaccinating vaccination vaccinations immunisation immunization', 'vaccination vaccinations immunisation immunization', [sense('AID', 'vaccinate', 'disaster', 'campaign')], [
    { next: ws('rating ratings rate rates coverage figures level levels card cards certificate certificates status record records') },
    // "a vaccination campaign" is one happening, named by its head noun
    { next: ws('campaign campaigns drive drives programme programmes program programs') },
  ]),
  lemma('campaign', 'campaign campaigns', 'campaign campaigns', [
    sense('AID', 'vaccinate', 'disaster', 'campaign', { near: { words: VACCINES, before: 2, after: 3 } }),
    // a bare "the campaign" is one when it starts, ends or is stopped: "a campaign began", "the campaign has not been suspended"
    sense('AID', 'campaign', 'disaster', 'campaign', { near: { words: CAMPAIGN_STEPS, before: 0, after: 4 } }),
  ], [{ near: { words: CAMPAIGN_NOT, before: 2, after: 0 } }, { prev: ws('on') }]),
  lemma('deal', 'deal deals', 'deal deals', [
    sense('ECONOMY', 'deal', 'economy', undefined, { near: { words: ws('billion million bn worth valued buy acquire stake takeover merger $ € £'), before: 4, after: 6 } }),
    // a labour settlement is an agreement between the two sides ("reaching a pay deal"), as is its absence ("there is no deal")
    plover('AGREE', 'agree', undefined, { prev: ws('pay wage wages labour labor no') }),
    // a deal named by how it is made, voted, kept or broken (events 1.75.0): "reached a deal", "signed the deal",
    // "voted to accept a new pay deal", "under the deal"; and "the deal" as its clause's subject ("the deal was approved")
    plover('AGREE', 'agree', undefined, { near: { words: DEAL_MAKING, before: 4, after: 0 } }),
    plover('AGREE', 'agree', undefined, { prev: ws('the this that'), next: DEAL_DOES }),
  ], [{ prev: ws('trade peace ceasefire nuclear plea arms weapons to will would must should can could cannot') }, { next: ws('of') }]),
  // "the launch" alone is as often a missile's as a product's: the noun needs "of" (or "to launch")
  // a launch into space (a satellite, a probe, a crewed capsule) is a scheduled happening like any other; a launch
  // pad, window or director is no happening
  lemma('launch', 'launch', 'launch', [
    sense('ECONOMY', 'launch', 'economy', undefined, { near: { words: SPACE, before: 4, after: 5 } }),
    sense('ECONOMY', 'launch', 'economy', undefined, { next: ws('of') }),
    sense('ECONOMY', 'launch', 'economy', undefined, { prev: ws('to will would') }),
    // "the launch was scrubbed", "the launch has not been cancelled": the noun as a clause's subject
    // (a boat: "the launch went down", "the launch sank" is the craft, events 1.76.0)
    sense('ECONOMY', 'launch', 'economy', undefined, { prev: ws('the its this'), next: CLAUSE_VERB }),
  ], [{ near: { words: LAUNCH_NOT, before: 2, after: 4 } }, { next: LAUNCH_MODIFIER }, { next: ws('went sank capsized foundered') }]),
  lemma('launch', 'launches launched launching', '', [
    sense('ECONOMY', 'launch', 'economy', undefined, { near: { words: SPACE, before: 4, after: 5 } }),
    sense('ECONOMY', 'launch', 'economy'),
  ], [{ near: { words: LAUNCH_NOT, before: 2, after: 4 } }]),
  // "lifted off", "blasted off", "the liftoff": only a flight lifts off
  // "will share the flight with six smaller satellites": a space flight is the launch (not an airliner's flight)
  lemma('launch', 'flight', 'flight', [sense('ECONOMY', 'launch', 'economy', undefined, { near: { words: SPACE, before: 4, after: 5 } })]),
  lemma('launch', 'liftoff liftoffs lift-off lift-offs blastoff blast-off', 'liftoff liftoffs lift-off lift-offs blastoff blast-off', [sense('ECONOMY', 'launch', 'economy')]),
  lemma('launch', 'lift lifts lifted lifting blasted blasting', '', [
    sense('ECONOMY', 'launch', 'economy', undefined, { next: ws('off') }),
    // events 1.76.0: "last lifted its rate in September 2022": a rate raised (not "lifted the ban", "lifted rates of pay")
    sense('ECONOMY', 'rate-raise', 'economy', 'rate', { self: ws('lift lifts lifted lifting'), near: { words: RATE, before: 0, after: 3, unlessNext: OF } }, 'raise'),
  ]),
  // a maker's recall of goods: a happening with a size and a date ("recalled 120,000 vehicles on Monday", "widened its recall")
  lemma('recall', 'recall recalls recalled recalling', 'recall recalls', [
    sense('ECONOMY', 'recall', 'economy', undefined, { near: { words: RECALLED_GOODS, before: 4, after: 8 } }),
    // "the recall covers electric kettles": the noun as the subject of what a recall does
    sense('ECONOMY', 'recall', 'economy', undefined, { self: ws('recall'), prev: ws('the its this'), next: ws('covers cover covered affects affected applies includes included involves concerns') }),
    // "widened the recall on Wednesday", "its second large recall": the noun with its reach or its size
    sense('ECONOMY', 'recall', 'economy', undefined, { self: ws('recall recalls'), near: { words: RECALL_SIZE, before: 2, after: 0 } }),
    // "the cost of the recall and the shutdown" in a report of goods recalled (events 1.120.0; not an envoy's recall)
    sense('ECONOMY', 'recall', 'economy', undefined, { self: ws('recall'), prev: ws('the its this'), unlessNear: { words: ws('ambassador ambassadors envoy envoys diplomat diplomats'), before: 3, after: 5 }, elsewhere: [RECALLED_GOODS] }),
  ], [
    { near: { words: RECALL_NOT, before: 3, after: 3 } },
    { next: ws('how that what when why who seeing being having') },
  ]),
  // a public work opened to the public (a bridge, an airport, a railway), scheduled like a visit; "the opening would be
  // postponed": the noun as a clause's subject; "stayed open", "opened fire", "opened an investigation" are none
  lemma('open', 'open opens opened opening reopen reopens reopened reopening', 'opening reopening', [
    // a closed place reopened ends its closure ("reopened the six beaches", "the consulate reopened on Thursday"): one
    // happening with the closure, which it ends
    sense('ECONOMY', 'reopening', 'economy', undefined, { self: ws('reopen reopens reopened reopening'), near: { words: FACILITIES, before: 6, after: 4 } }, 'close'),
    sense('ECONOMY', 'opening', 'economy', undefined, { near: { words: PUBLIC_WORKS, before: 10, after: 6 } }),
    sense('ECONOMY', 'opening', 'economy', undefined, { self: ws('opening reopening'), prev: ws('the its'), next: CLAUSE_VERB }),
    // "The line over the pass reopened on January 27", "expected it to reopen for the start of next season" (events
    // 1.91.0): a place reopened with no object, in a report whose other sentences name a public work or a facility (not
    // "talks reopened", "the case could reopen": OPENED_NOT near)
    sense('ECONOMY', 'opening', 'economy', undefined, { self: ws('reopen reopens reopened'), next: ws('on in for to after by from'), unlessNear: { words: OPENED_NOT, before: 6, after: 0 }, elsewhere: [new Set([...PUBLIC_WORKS, ...FACILITIES])] }),
    // "is expected to reopen early next week", "could reopen within weeks", "which reopened a month later" (events 1.113.0):
    // the same place reopened with no object, after a modal, "to" or a relative ("reopen the chapter" has one; talks and
    // cases are OPENED_NOT); an adverb may stand between ("will now reopen next week", events 1.114.0)
    sense('ECONOMY', 'opening', 'economy', undefined, { self: ws('reopen reopens reopened'), prev: ws('to could would will can may might should must not which that now finally eventually only soon then also'), nextNot: REOPEN_OBJECTS, unlessNear: { words: OPENED_NOT, before: 6, after: 0 }, elsewhere: [new Set([...PUBLIC_WORKS, ...FACILITIES])] }),
  ], [
    { self: ws('open reopen'), prev: ws('is are was were be been being remain remains remained stay stays stayed kept keep keeps left leave leaves still wide fully') },
    // "the road is now open": the adjective after a copula and an adverb
    { self: ws('open'), prev: ws('now still already again partly partially fully'), near: { words: ws('is are was were be been remain remains remained stay stays stayed'), before: 2, after: 0 } },
    { near: { words: OPENED_NOT, before: 0, after: 3 } },
    // "An investigation into the collapse of the bridge has been opened": the thing opened is the passive's subject (events 1.73.0)
    { self: ws('opened reopened'), prev: ws('been was were being'), near: { words: OPENED_NOT, before: 10, after: 0 } },
  ]),
  // "will open the bridge at a ceremony", "A ceremony will be held …, and the bridge will open": the rite of a public
  // work's opening is the opening (not a memorial, an award or a signing ceremony)
  lemma('ceremony', 'ceremony ceremonies', 'ceremony ceremonies', [
    sense('ECONOMY', 'opening', 'economy', undefined, { near: { words: PUBLIC_WORKS, before: 6, after: 10 } }, 'open'),
    // "wants to preside over the ceremony himself" in a report of ministers sworn in (events 1.120.0)
    sense('POLITICAL', 'sworn-in', 'political', undefined, { prev: ws('the this that'), elsewhere: [ws('sworn swearing-in oath')] }, 'sworn'),
  ], [{ prev: ws('memorial funeral wreath-laying award awards prize signing closing wedding religious remembrance graduation medal') }]),
  // buying a company: an acquisition (with a firm or a stake as what is bought, or a purchase completed or closed);
  // not shares, tickets, time or goods
  lemma('acquire', 'buy buys bought buying purchase purchases purchased purchasing', 'purchase purchases', [
    // "to buy back notes due in 2031", "bought back $372 million of its bonds" (events 1.120.0): a buyback of debt or shares
    sense('ECONOMY', 'buyback', 'economy', undefined, { self: ws('buy buys bought buying'), next: ws('back'), near: { words: new Set([...BONDS, 'shares', 'stock']), before: 0, after: 10 } }, 'buyback'),
    // "bought Tatra Potraviny, a Slovak chain": a name of up to three words and its apposition before the firm word
    sense('ECONOMY', 'acquisition', 'economy', undefined, { near: { words: BOUGHT_FIRMS, before: 0, after: 6 } }),
    sense('ECONOMY', 'acquisition', 'economy', undefined, { self: ws('purchase'), prev: ws('the its this'), near: { words: CLOSE_DEAL, before: 3, after: 0 } }),
  ], [{ nextNot: ws('back'), near: { words: ws('shares share stock stocks bonds tickets ticket time votes weapons arms'), before: 0, after: 3 } }]),
  lemma('bankruptcy', 'bankruptcy insolvency', 'bankruptcy insolvency', [
    sense('ECONOMY', 'bankruptcy', 'economy', undefined, { prev: ws('for filed into declared') }),
    // "filed for Chapter 11 bankruptcy protection", "insolvency proceedings" (events 1.83.0)
    sense('ECONOMY', 'bankruptcy', 'economy', undefined, { next: ws('protection proceedings proceeding filing filings') }),
  ]),
  // "collapsed into administration", "went into receivership", "placed in liquidation" (events 1.83.0): a firm's insolvency
  // in British words (not "the administration said", "the building collapsed")
  // "part of a stand collapsed at the same ground", "a stand at the same ground had collapsed in April 2011", "the roof of
  // the mine collapsed" (events 1.91.0): a structure's collapse in the verb (this entry owns the form; not "talks
  // collapsed", "the deal collapsed", "his stand on tariffs collapsed": a possessive before the structure)
  lemma('bankruptcy', 'collapsed collapses', '', [
    sense('ECONOMY', 'bankruptcy', 'economy', undefined, { next: ws('into'), near: { words: ws('administration receivership liquidation insolvency bankruptcy'), before: 0, after: 2 } }),
    sense('DISASTER', 'collapse', 'disaster', 'incident', { near: { words: COLLAPSING, before: 6, after: 0 }, unlessNear: { words: ws('his her their its talks deal deals'), before: 8, after: 0 } }, 'collapse'),
  ]),
  lemma('bankruptcy', 'administration receivership liquidation', 'administration receivership liquidation', [
    sense('ECONOMY', 'bankruptcy', 'economy', undefined, { prev: ws('into in'), near: { words: ws('went go goes going gone entered enter enters entering placed put fell falls'), before: 3, after: 0 } }),
    sense('ECONOMY', 'bankruptcy', 'economy', undefined, { self: ws('receivership liquidation'), prev: ws('into in') }),
  ], [{ near: { words: ws('collapsed collapses'), before: 3, after: 0 } }]),
  // "a 6 billion euro bailout for the airline" (events 1.83.0)
  lemma('bailout', 'bailout bailouts bail-out bail-outs', 'bailout bailouts bail-out bail-outs', [sense('ECONOMY', 'bailout', 'economy')]),
  // events 1.120.0: "a support package", "a 700 million euro package", "approved the package of about 550 million euros"
  // (not "a software package", "the package of reforms")
  lemma('bailout', 'package packages', 'package packages', [
    sense('ECONOMY', 'bailout', 'economy', undefined, { prev: new Set([...PACKAGE_KINDS, ...PACKAGE_SIZES]) }),
    sense('ECONOMY', 'bailout', 'economy', undefined, { prev: ws('the a this'), next: OF, near: { words: PACKAGE_SIZES, before: 0, after: 5 } }),
  ]),
  // a bond sold by a borrower (events 1.120.0): "could sell a new dollar bond", "The bond will be priced next week", "raised
  // $800 million from a 10-year Eurobond", "the $800 million issue was priced" in a report of bonds (not "bond yields rose",
  // "investors sold bonds", "the issue of migration")
  lemma('bond-issue', 'bond bonds eurobond eurobonds', 'bond bonds eurobond eurobonds', [
    sense('ECONOMY', 'bond-issue', 'economy', undefined, { self: ws('eurobond eurobonds') }),
    sense('ECONOMY', 'bond-issue', 'economy', undefined, { near: { words: BOND_ISSUING, before: 8, after: 4 }, unlessNear: { words: BOND_TRADERS, before: 4, after: 0 } }),
  ], [{ next: BOND_NOT }, { prev: ws('bail') }]),
  lemma('bond-issue', 'issue', 'issue', [sense('ECONOMY', 'bond-issue', 'economy', undefined, { prev: ws('million billion bn'), elsewhere: [ws('bond bonds eurobond eurobonds')] })]),
  // a strike's minimum services set by a government (events 1.120.0): "set minimum services of 50 percent", "the challenge
  // to the minimum services ordered for its weekend stoppage"
  lemma('minimum-services', 'services', 'services', [sense('POLITICAL', 'minimum-services', 'political', undefined, { prev: ws('minimum') })]),
  // a sale by bids (events 1.120.0): "will auction four blocks of 5G spectrum", "The NCA's last auction, in 2023", set for a
  // day and put off as a tender is (not "an auction house", "the auction site")
  lemma('auction', 'auction auctions auctioned auctioning', 'auction auctions', [sense('ECONOMY', 'auction', 'economy')], [{ next: ws('house houses site sites room rooms platform platforms') }]),
  // "will fund a buy-back of up to $400 million of bonds", "a share buyback" (events 1.120.0)
  lemma('buyback', 'buyback buybacks buy-back buy-backs', 'buyback buybacks buy-back buy-backs', [sense('ECONOMY', 'buyback', 'economy')]),
  // "Moody's downgraded the country's credit rating to junk", "an upgrade of its debt" (events 1.83.0): a rating changed
  // (not a storm downgraded, a growth forecast)
  lemma('rating-change', 'downgrade downgrades downgraded downgrading upgrade upgrades upgraded upgrading', 'downgrade downgrades upgrade upgrades', [
    sense('ECONOMY', 'rating-change', 'economy', undefined, { near: { words: ws('rating ratings credit creditworthiness debt junk bonds sovereign investment-grade moody fitch'), before: 3, after: 5 } }),
    // "had said was about to downgrade Rwanda" in a report of ratings (events 1.120.0; not a storm or a forecast downgraded)
    sense('ECONOMY', 'rating-change', 'economy', undefined, { self: ws('downgrade downgrades downgraded downgrading'), unlessNear: { words: DOWNGRADED_NOT, before: 4, after: 5 }, elsewhere: [RATINGS] }),
  ]),
  // "the state electricity company was privatised in 2019" (events 1.83.0)
  lemma('privatise', 'privatise privatises privatised privatising privatize privatizes privatized privatizing privatisation privatization', 'privatisation privatization', [sense('ECONOMY', 'privatisation', 'economy')]),
  // "the two lenders have agreed to merge" (events 1.83.0): firms merged (not lanes, parties or files)
  lemma('acquire', 'merge merges merged merging', '', [sense('ECONOMY', 'acquisition', 'economy', undefined, { near: { words: BOUGHT_FIRMS, before: 5, after: 5 } })]),
  // "rejected a hostile bid from its rival", "a bid for the retailer", "a 2 billion euro bid" (events 1.83.0): a takeover
  // offer (not "a bid to climb", "an Olympic bid", "a bid for re-election")
  lemma('acquire', 'bid bids', 'bid bids', [
    sense('ECONOMY', 'acquisition', 'economy', undefined, { prev: ws('takeover hostile rival buyout cash all-cash all-share counter sweetened improved unsolicited') }),
    sense('ECONOMY', 'acquisition', 'economy', undefined, { next: ws('for'), near: { words: BOUGHT_FIRMS, before: 0, after: 4 } }),
    sense('ECONOMY', 'acquisition', 'economy', undefined, { near: { words: SUMS, before: 3, after: 4 } }),
  ], [{ next: ws('to'), unlessNear: { words: SUMS, before: 3, after: 0 } }]),
  // a takeover offer in its own word (events 1.91.0): "had offered to buy it", "made an offer for most of the chain's
  // stores", "a takeover offer" (not "offered to help", "an offer of talks", "a pay offer")
  lemma('acquire', 'offer offers offered', 'offer offers', [
    sense('ECONOMY', 'acquisition', 'economy', undefined, { self: ws('offered offers offer'), next: ws('to'), near: { words: ws('buy acquire purchase'), before: 0, after: 2 } }),
    sense('ECONOMY', 'acquisition', 'economy', undefined, { self: ws('offer offers'), next: ws('for'), near: { words: BOUGHT_FIRMS, before: 0, after: 5 } }),
    sense('ECONOMY', 'acquisition', 'economy', undefined, { self: ws('offer offers'), prev: ws('takeover buyout cash all-cash all-share counter sweetened improved unsolicited') }),
  ]),
  // "a price cap on household bills", "a cap on rents" (events 1.83.0; not a cap worn, "a salary cap" in a league; a cap
  // moved is the verb's: "lowered the price cap")
  lemma('price-cap', 'cap caps', 'cap caps', [
    sense('ECONOMY', 'price-cap', 'economy', undefined, { prev: ws('price prices rent rents energy fee fees fare fares') }),
    sense('ECONOMY', 'price-cap', 'economy', undefined, { next: ws('on'), near: { words: ws('price prices rent rents bills fees fares energy bonuses'), before: 0, after: 4 } }),
  ], [{ near: { words: ws('lowered lower lowers lowering raised raise raises raising cut cuts cutting trimmed'), before: 3, after: 0 } }]),
  // "shares jumped on their market debut" (events 1.83.0): a listing (not a debut novel or album)
  lemma('ipo', 'debut debuts', 'debut debuts', [
    sense('ECONOMY', 'ipo', 'economy', undefined, { prev: ws('market trading stock exchange bourse listing') }),
    // "its Jakarta debut", "due to debut on the exchange" in a report about a listing (events 1.94.0; not a debut album)
    sense('ECONOMY', 'ipo', 'economy', undefined, { elsewhere: [SHARE_WORDS, LISTING_TOPIC] }),
  ], [{ near: { words: ws('album novel film single season goal match game role'), before: 3, after: 3 } }]),
  // "went bankrupt in 2019", "was declared bankrupt" (not "the bankrupt retailer", "morally bankrupt")
  lemma('bankruptcy', 'bankrupt', '', [sense('ECONOMY', 'bankruptcy', 'economy', undefined, { prev: ws('went go goes going gone declared') })]),
  // "completed the sale of its chemicals unit": a part of a firm sold is the deal that buys it (not "the sale of the
  // house", "arms sales"; a whole firm's sale is as often a privatisation debated as a deal done)
  lemma('acquire', 'sale', 'sale', [
    sense('ECONOMY', 'acquisition', 'economy', undefined, { next: OF, near: { words: ws('unit units division divisions subsidiary subsidiaries stake stakes arm assets'), before: 0, after: 5 } }),
  ], [{ near: { words: ws('shares share stock stocks bonds tickets'), before: 0, after: 4 } }]),
  // a company's shares first offered to the public: "its initial public offering", "the IPO was priced at"
  // "a share offering", "a secondary offering", and "the offering" in a report about a share sale (events 1.94.0)
  lemma('ipo', 'offering offerings', 'offering offerings', [
    sense('ECONOMY', 'ipo', 'economy', undefined, { prev: ws('public share stock secondary') }),
    sense('ECONOMY', 'ipo', 'economy', undefined, { prev: ws('the an its their smaller larger planned'), elsewhere: [SHARE_WORDS, LISTING_TOPIC] }),
  ], [{ prev: ws('peace product products') }]),
  lemma('ipo', 'ipo ipos', 'ipo ipos', [sense('ECONOMY', 'ipo', 'economy')]),
  // "filed for creditor protection", "sought protection from its creditors", "filed under the same law": the filing,
  // read only where another sentence of the report names the creditors or the insolvency (docs/events.md)
  lemma('bankruptcy', 'filed sought seek seeks seeking', '', [
    // "filed a motion of no confidence" (events 1.84.0; the form's other lemma, table-motion, has the rest of the verb)
    sense('POLITICAL', 'table-motion', 'political', undefined, { self: ws('filed'), near: { words: CONFIDENCE_MOTION, before: 0, after: 5 } }, 'table-motion'),
    sense('ECONOMY', 'bankruptcy', 'economy', undefined, { near: { words: ws('protection'), before: 0, after: 3 }, elsewhere: [INSOLVENT] }),
    sense('ECONOMY', 'bankruptcy', 'economy', undefined, { self: ws('filed'), next: ws('under'), near: { words: ws('law act'), before: 0, after: 6 }, elsewhere: [INSOLVENT] }),
  ], [{ near: { words: PROTECTION_NOT, before: 0, after: 3 } }]),

  // --- ACE 2005 coverage (events 1.94.0; docs/events.md): Personnel-Elect, Business listings, Conflict-Attack clashes,
  // Justice-Execute, Contact by phone, Personnel reshuffles; each gated by its contexts below ---
  // a second ballot: "will go to a runoff", "the presidential run-off" (not water running off farmland)
  lemma('elect', 'runoff runoffs run-off run-offs', 'runoff runoffs run-off run-offs', [sense('POLITICAL', 'election', 'political', 'election')], [
    { near: { words: RUNOFF_NOT, before: 3, after: 3 } },
  ]),
  // "Sunday's first round", "the second round between the two", "in the final round of voting": a ballot, with the election
  // named in the sentence or the report (not "the first round of talks", "a second round of sanctions", a sport's round)
  lemma('elect', 'round rounds', 'round rounds', [
    sense('POLITICAL', 'election', 'political', 'election', { prev: ws('first second third final decisive deciding'), near: { words: ELECTION_WORDS, before: 8, after: 6 } }),
    sense('POLITICAL', 'election', 'political', 'election', { prev: ws('first second third final decisive deciding'), elsewhere: [ELECTION_WORDS] }),
  ], [
    { near: { words: ROUND_NOT, before: 2, after: 3 } },
    { next: ws('of'), unlessNear: { words: ws('voting vote votes ballot ballots election elections polling'), before: 0, after: 3 } },
  ]),
  // "polling had been largely orderly", "on polling day", "polling opened at 7 am": the voting (not opinion polling, "a
  // polling firm", "polling stations" as places)
  lemma('elect', 'polling', 'polling', [
    sense('POLITICAL', 'election', 'political', 'election', { next: ws('day days') }),
    sense('POLITICAL', 'election', 'political', 'election', { next: ws('had has was is began begins opened opens closed closes ended ends went passed'), elsewhere: [ELECTION_WORDS] }),
  ], [{ prev: ws('opinion recent latest internal exit private public telephone online party our their its') }]),
  // a company's shares listed on a market: "readies Jakarta listing", "postponed its listing", "the largest listing since
  // 2022" in a report about shares (not "a property listing", "the listing of names", "job listings")
  lemma('ipo', 'listing listings', 'listing listings', [
    sense('ECONOMY', 'ipo', 'economy', undefined, { near: { words: SHARE_MARKETS, before: 4, after: 5 } }),
    sense('ECONOMY', 'ipo', 'economy', undefined, { prev: ws('a the its their this largest biggest planned stock market share public'), elsewhere: [SHARE_WORDS, LISTING_TOPIC] }),
  ], [
    { prev: ws('property properties job jobs house home real-estate rental apartment hotel heritage product directory') },
    { next: ws('of'), unlessNear: { words: SHARE_WORDS, before: 0, after: 3 } },
  ]),
  // "to list its shares on the exchange", "will list on June 9" in a report about a listing (not "a list of names")
  lemma('ipo', 'list lists', '', [
    sense('ECONOMY', 'ipo', 'economy', undefined, { prev: ws('to will would could plans plan'), near: { words: SHARE_MARKETS, before: 0, after: 5 } }),
    sense('ECONOMY', 'ipo', 'economy', undefined, { prev: ws('to will would'), next: ws('on in its'), elsewhere: [SHARE_WORDS, LISTING_TOPIC] }),
  ], [{ next: ws('of the a all some') }]),
  // "shares would start trading on the exchange", "set to begin trading on July 8" (not "trading resumed", "began trading
  // insults"): a listing's first day
  lemma('ipo', 'trading', '', [
    sense('ECONOMY', 'ipo', 'economy', undefined, { prev: ws('start starts started begin begins began begun commence commenced debut'), near: { words: SHARE_MARKETS, before: 6, after: 5 } }),
  ], [{ near: { words: EXCHANGED_NOT, before: 0, after: 2 } }]),
  // a British flotation: "the flotation of the company" (not a flotation device)
  lemma('ipo', 'flotation flotations', 'flotation flotations', [sense('ECONOMY', 'ipo', 'economy')], [{ next: ws('device devices tank tanks aid aids vest vests') }]),
  // clashes: "border clashes", "protesters clashed with police" (PLOVER ASSAULT), with a kind of violence before or the
  // fighters named (not "a clash of schedules", ministers who clashed over the budget; a bare "the clashes" is left to
  // the report's other words)
  lemma('clash', 'clash clashes clashed clashing', 'clash clashes', [
    plover('ASSAULT', 'clash', undefined, { prev: CLASH_KINDS }),
    plover('ASSAULT', 'clash', undefined, { next: ws('with between'), near: { words: new Set([...TROOPS, ...CATCHERS, ...ws('rebels militants militias fighters guards demonstrators rioters supporters gangs')]), before: 4, after: 3 } }),
  ], [
    { next: ws('over about on of') },
    { prev: ws('verbal ideological cultural personality public political diplomatic') },
    { near: { words: CLASH_NOT, before: 3, after: 3 } },
  ], true),
  // combat as a noun: "heavy fighting", "fighting broke out", "renewed fighting in the east" (not "fighting fires",
  // "fighting for", "fighting corruption")
  lemma('fighting', 'fighting', 'fighting', [
    plover('ASSAULT', 'fighting', undefined, { prev: ws('heavy fierce intense renewed fresh sporadic street border factional deadly bloody ongoing armed') }),
    plover('ASSAULT', 'fighting', undefined, { next: ws('broke erupted flared raged continued intensified between') }),
  ], [
    { next: ws('for to against back off words chance fit spirit force forces season') },
    { near: { words: FIGHT_NOT, before: 2, after: 3 } },
  ], true),
  // a death by law (ACE Justice-Execute): "was executed by firing squad", "the execution of a convicted murderer" (not
  // "executed the plan", "the execution of orders")
  lemma('execute', 'execute executes executed executing execution executions', 'execution executions', [
    sense('LEGAL', 'execute', 'legal', undefined, { near: { words: EXECUTION_NEAR, before: 6, after: 6 } }),
    sense('LEGAL', 'execute', 'legal', undefined, { self: ws('executed'), prev: ws('was were been be being') }),
  ], [{ near: { words: EXECUTED_NOT, before: 2, after: 3 } }, { next: ws('of-style style') }]),
  // a phone call between leaders (PLOVER CONSULT): "in a phone call on Tuesday", "held a telephone call" (not "a call for")
  lemma('phone-call', 'call calls', 'call calls', [plover('CONSULT', 'call', undefined, { prev: ws('phone telephone video') })], [{ next: ws('for centre center centres centers') }], true),
  // a cabinet reshuffled (Personnel): "the cabinet reshuffle", "reshuffled his government"
  lemma('reshuffle', 'reshuffle reshuffles reshuffled reshuffling', 'reshuffle reshuffles', [sense('POLITICAL', 'reshuffle', 'political')], [
    { near: { words: ws('deck cards pack'), before: 0, after: 3 } },
  ]),
  // an office left (Personnel-End-Position): "his departure from the cabinet", "a departure at this stage" in a report
  // about an office (not flights' departures, "a departure from policy")
  lemma('departure', 'departure', 'departure', [
    sense('POLITICAL', 'resign', 'political', undefined, { near: { words: ws('cabinet government post office presidency ministry board leadership'), before: 0, after: 4 } }, 'resign'),
    sense('POLITICAL', 'resign', 'political', undefined, { prev: ws('a his her the'), elsewhere: [ws('minister president chairman governor'), ws('resign resigned resignation quit step successor')] }, 'resign'),
  ], [
    { next: ws('lounge lounges gate gates board boards time times hall terminal date dates point points') },
    { near: { words: ws('flight flights airport plane train bus passengers policy policies tradition practice norm script approach stance line rules'), before: 3, after: 4 } },
  ]),
  // "contest the results", "contested the outcome" (a court challenge to a count; not "contest the election": running in it)
  lemma('petition', 'contest contests contested contesting', '', [sense('LEGAL', 'lawsuit', 'legal', undefined, { near: { words: RESULTS, before: 0, after: 4 } }, 'petition')]),
  // "turned down the application": a refusal (not "turned down the volume", "turned down the street")
  lemma('reject', 'turned turn turns turning', '', [
    // "turned himself in to police" (events 1.100.0): a suspect gives himself up, the arrest ("turned himself into a
    // brand" is none)
    sense('LEGAL', 'arrest', 'legal', 'legal', { next: ONESELF, near: { words: ws('in'), before: 0, after: 2 } }, 'arrest'),
    plover('REJECT', 'reject', undefined, { next: ws('down'), near: { words: ws('application applications request requests offer offers bid bids proposal proposals appeal appeals plea plan plans invitation request deal'), before: 0, after: 5 } }),
    // "Pressavel was turned down by the agency" (events 1.112.0): the passive, what was refused before it
    plover('REJECT', 'reject', undefined, { self: ws('turned'), prev: ws('was were been be being is are'), next: ws('down') }),
  ]),
];

// --- multiword event expressions (events 1.112.0, helper hphrase, issues 12/18): a verb and the words that complete it,
// read as one event where no single word of it is one ("the roof gave way" is a collapse, "came off the rails" a
// derailment), each with the sense of its single-word equivalent; or a light verb's ("caught fire" is the fire's, no
// catching). Matched by phrases.ts, indexed by the verb's forms.

/** What a multiword expression is, once matched. */
export interface PhraseLemma {
  /** The phrase's name, the lemma of its senses that name none. */
  readonly name: string;
  /** The verb's forms ("give gives gave given giving"): the phrase's first word, where its trigger stands. */
  readonly verbs: readonly string[];
  /** The words after the verb, in order, each a set of alternatives ("off", "the", "rails|tracks"). */
  readonly rest: readonly ReadonlySet<string>[];
  /** How many words (a short object: "signed them off") may stand between the verb and the rest. */
  readonly gap: number;
  /** A typed event: the first sense whose context holds at the verb (none holding, the phrase is none). */
  readonly senses: readonly Sense[];
  /** The verb is light: no event of its own, the event is its noun's ("caught fire", "broke out", "went ahead"). */
  readonly light: boolean;
  /** Contexts (at the verb) that rule the phrase out. */
  readonly reject: readonly Context[];
  /** The word right after the phrase is none of these ("gave way to pressure" is a yielding, no collapse). */
  readonly notAfter?: ReadonlySet<string>;
}

interface PhraseOpts {
  readonly gap?: number;
  readonly senses?: readonly Sense[];
  readonly light?: boolean;
  readonly reject?: readonly Context[];
  readonly notAfter?: string;
}

/** `rest`: the words after the verb, alternatives joined by "|" ("off the rails|tracks"). */
const phrase = (name: string, verbs: string, rest: string, o: PhraseOpts): PhraseLemma => ({
  name,
  verbs: verbs.split(' ').filter(Boolean),
  rest: rest.split(' ').filter(Boolean).map((alt) => new Set(alt.split('|'))),
  gap: o.gap ?? 0,
  senses: o.senses ?? [],
  light: o.light ?? false,
  reject: o.reject ?? [],
  ...(o.notAfter ? { notAfter: ws(o.notAfter) } : {}),
});

const GIVE = 'give gives gave given giving';
const COME = 'come comes came coming';
const GO = 'go goes went gone going';
const LEAVE = 'leave leaves left leaving';
/** What gives way, comes down or blows over in a collapse: structures, stands, stages, tents, a section of one. */
const GIVING_WAY = new Set([...COLLAPSING, ...CRACKED, ...ws('stage stages tent tents marquee marquees platform platforms floor floors ceiling ceilings section sections structure structures scaffold embankment embankments levee levees footbridge walkway walkways')]);
/** Rail vehicles: what comes off the rails in a derailment. */
const RAIL_VEHICLES = ws('train trains carriage carriages coach coaches wagon wagons tram trams locomotive locomotives freight railcar railcars');
/** What goes down in an outage: a grid, a network, a system. */
const OUTAGE_SUBJECTS = ws('grid grids network networks system systems power electricity servers server website websites internet');
/** People moved out of harm's way: an evacuation ("the number of patients moved out"). */
const MOVED_PEOPLE = new Set([...PEOPLE, ...ws('patients residents families households inhabitants pupils students')]);
/** Who signs off on work or a plan as its approver: a board, a regulator, inspectors, an insurer. */
const SIGNING_OFF = new Set([...APPROVERS, ...ws('board boards insurer insurers inspector inspectors officers engineers auditors lender lenders imf')]);
/** Said before a passive participle: "was pushed out", "were moved out". */
const PASSIVE_BE = ws('was were been be being is are');
/** A structure's collapse (the collapse lemma's sense, named by a phrase). */
const collapseSense = (when: Context): Sense => sense('DISASTER', 'collapse', 'disaster', 'incident', when, 'collapse');

export const PHRASE_LEMMAS: readonly PhraseLemma[] = [
  // "will be laid to rest in his home village" (events 1.113.0): the burial, in a report of a death or a funeral (not "laid
  // to rest fears of a strike")
  phrase('burial', 'lay lays laid laying', 'to rest', { senses: [sense('POLITICAL', 'burial', 'political', undefined, { elsewhere: [FUNERAL_TOPIC] })] }),
  // "the roof of a tunnel … gave way", "a section of the stand gave way", "a stage had given way" (the single-word
  // "collapsed"); a hillside's is a landslide; "gave way to pressure" is a yielding, and "the government gave way on
  // pensions" names no structure
  phrase('give-way', GIVE, 'way', {
    senses: [
      sense('DISASTER', 'landslide', 'disaster', 'incident', { near: { words: SLOPES, before: 8, after: 0 } }, 'landslide'),
      collapseSense({ near: { words: GIVING_WAY, before: 10, after: 0 } }),
    ],
    notAfter: 'to',
  }),
  // "a stage has come down", "the scaffolding fell down", "a bar tent blew over in a storm", "the roof caved in"; "the
  // plane came down on the slopes" is its crash (not "prices came down", "came down with flu", "came down to")
  phrase('come-down', COME, 'down', {
    senses: [
      sense('DISASTER', 'crash', 'disaster', 'incident', { near: { words: AIRCRAFT, before: 8, after: 0 } }, 'crash'),
      collapseSense({ near: { words: GIVING_WAY, before: 6, after: 0 } }),
    ],
    notAfter: 'to with',
  }),
  phrase('fall-down', 'fall falls fell fallen falling', 'down', { senses: [collapseSense({ near: { words: GIVING_WAY, before: 6, after: 0 } })] }),
  phrase('blow-over', 'blow blows blew blown blowing', 'over', { senses: [collapseSense({ near: { words: GIVING_WAY, before: 6, after: 0 } })] }),
  phrase('cave-in', 'cave caves caved caving', 'in', { senses: [collapseSense({ near: { words: GIVING_WAY, before: 6, after: 0 } })] }),
  // "a freight train came off the rails", "five carriages left the track" (the derailment; not "the talks came off the
  // rails": a rail vehicle near, or in the report)
  ...[phrase('derail', COME, 'off the rails|tracks|track|line', {}), phrase('derail', `${LEAVE} jump jumps jumped jumping`, 'the rails|tracks|track', {})].map(
    (p): PhraseLemma => ({
      ...p,
      senses: [
        sense('DISASTER', 'crash', 'disaster', 'incident', { near: { words: RAIL_VEHICLES, before: 8, after: 0 } }, 'derail'),
        sense('DISASTER', 'crash', 'disaster', 'incident', { elsewhere: [RAIL_VEHICLES] }, 'derail'),
      ],
    }),
  ),
  // "voters last went to the polls in 2012": a vote held (the election's lemma); where the clause names the vote ("go to
  // the polls on Sunday in a presidential election") the noun is its trigger
  phrase('go-to-polls', GO, 'to the polls', {
    senses: [sense('POLITICAL', 'election', 'political', 'election', undefined, 'elect')],
    reject: [{ near: { words: ws('election elections referendum referendums by-election runoff run-off vote ballot'), before: 6, after: 10 } }],
  }),
  // "the grid went down", "the network went down" (an outage; a boat that went down sank: domains' sink)
  phrase('go-down', GO, 'down', { senses: [sense('DISASTER', 'outage', 'disaster', undefined, { near: { words: OUTAGE_SUBJECTS, before: 4, after: 0 } }, 'outage')] }),
  // "once the board signs off", "signed off on the repairs", "signs them off" (an approval: an approver's, or of what it
  // is on; "the pipeline, signed off by the two governments" is their deal's signing, "signed off sick" none)
  phrase('sign-off', 'sign signs signed signing', 'off', {
    gap: 1,
    senses: [
      sense('AGREE', 'approve', 'economy', 'approval', { near: { words: ws('on'), before: 0, after: 3 } }, 'approve'),
      sense('AGREE', 'approve', 'economy', 'approval', { near: { words: SIGNING_OFF, before: 8, after: 0 } }, 'approve'),
    ],
    notAfter: 'sick with',
  }),
  // "the number of people moved out", "patients were moved out", "had to move 45 children out" (an evacuation)
  phrase('move-out', 'move moves moved moving', 'out', { gap: 3, senses: [sense('CASUALTY', 'evacuated', 'casualty', 'incident', { near: { words: MOVED_PEOPLE, before: 4, after: 3 } }, 'evacuate')] }),
  // "all 64 passengers and four crew members left the aircraft on the emergency slides" (its evacuation; not "the pilot
  // left the plane at the gate": people counted or named as a group before it)
  phrase('leave-aircraft', LEAVE, 'the aircraft|plane|jet|airliner|cabin', { senses: [sense('CASUALTY', 'evacuated', 'casualty', 'incident', { near: { words: MOVED_PEOPLE, before: 6, after: 0 } }, 'evacuate')] }),
  // "some 3,000 people left their homes for about a month" in a report of an evacuation (not commuters leaving home)
  phrase('leave-homes', LEAVE, 'their homes|houses|villages', {
    senses: [sense('CASUALTY', 'evacuated', 'casualty', 'incident', { near: { words: MOVED_PEOPLE, before: 6, after: 0 }, elsewhere: [ws('evacuation evacuations evacuated evacuate evacuees')] }, 'evacuate')],
  }),
  // "those aircraft will stay on the ground", "the LR-180 was kept on the ground" (a grounding)
  phrase('keep-grounded', 'keep keeps kept keeping stay stays stayed staying remain remains remained remaining', 'on the ground', {
    senses: [sense('ECONOMY', 'grounding', 'economy', undefined, { near: { words: AIRCRAFT, before: 8, after: 0 } }, 'ground')],
  }),
  // "the imaging archive came back online" (a service restored); "the plant will come on stream" (an opening)
  phrase('come-back-online', COME, 'back online', { senses: [sense('ECONOMY', 'restore', 'economy', undefined, undefined, 'restore')], notAfter: 'to' }),
  phrase('come-on-stream', `${COME} ${GO}`, 'on stream|line', { senses: [sense('ECONOMY', 'opening', 'economy', undefined, undefined, 'open')] }),
  phrase('come-on-stream', `${COME} ${GO}`, 'online', { senses: [sense('ECONOMY', 'opening', 'economy', undefined, undefined, 'open')] }),
  // "a 2019 plan to join forces" in a report about two firms (a merger; not the police and the army joining forces)
  phrase('join-forces', 'join joins joined joining', 'forces', { senses: [sense('ECONOMY', 'acquisition', 'economy', undefined, { near: { words: BOUGHT_FIRMS, before: 12, after: 6 } }, 'acquire')] }),
  // "six weeks after she was pushed out", "was forced out as chairman" (a dismissal; not "forced out of their homes")
  phrase('push-out', 'pushed forced ousted', 'out', { senses: [sense('POLITICAL', 'dismiss', 'political', undefined, { prev: PASSIVE_BE }, 'dismiss')], notAfter: 'of' }),
  // light verbs: the event is the noun's ("caught fire", "opened fire", "fighting broke out", "went on strike", "handed
  // down a sentence") or the subject's ("the strike went ahead", "the meeting took place", "put on hold")
  phrase('catch-fire', 'catch catches caught catching', 'fire', { light: true }),
  phrase('open-fire', 'open opens opened opening', 'fire', { light: true }),
  phrase('break-out', 'break breaks broke broken breaking', 'out', { light: true }),
  phrase('go-ahead', GO, 'ahead', { light: true }),
  phrase('go-on-strike', GO, 'on strike', { light: true }),
  phrase('hand-down', 'hand hands handed handing', 'down', { light: true }),
  phrase('take-place', 'take takes took taken taking', 'place', { light: true }),
  phrase('put-on-hold', 'put puts putting', 'on hold', { light: true }),
];
