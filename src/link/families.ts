/**
 * Trigger lemmas that name the same kind of happening, so "the visit", "the trip" and "the tour" can be one
 * tracked event, and "killed", "death" and "dead" one incident. Read by the link layer (tracked events) and
 * by the ECB+ event linker: one table, general English, never a corpus's own words. The families beyond
 * visits, talks, deals and invitations are the synonym and derivation pairs most often coreferent in the
 * ECB+ train and dev topics (death / kill, victory / win, quake / earthquake, blaze / fire, capture / arrest,
 * shooting / gunfire, flee / escape, ...); a word with several common senses ("fire" the blaze and the
 * dismissal, "hit", "cut", "release") joins none it would confuse.
 */
const LEMMA_FAMILIES: ReadonlyArray<readonly string[]> = [
  ['visit', 'trip', 'tour', 'travel', 'stay', 'arrive', 'arrival'],
  // a mediator's talks are the talks ("the mediation", "talks at the ministry")
  ['talks', 'talk', 'meet', 'meeting', 'negotiate', 'negotiation', 'summit', 'discuss', 'discussion', 'mediation', 'mediate'],
  ['sign', 'signing', 'signature', 'agree', 'agreement', 'deal', 'accord'],
  ['invite', 'invitation'],
  ['die', 'death', 'dead', 'kill', 'killing', 'murder', 'slay', 'slaying', 'homicide', 'fatal', 'suicide'],
  ['win', 'victory', 'defeat', 'beat'],
  ['earthquake', 'quake', 'tremor', 'temblor'],
  ['fire', 'blaze', 'inferno', 'burn'],
  ['injure', 'injury', 'wound', 'hurt'],
  // not "march" or "rally": one march is one day of a protest wave, and joining them merged separate marches on dev
  ['protest', 'demonstration', 'riot'],
  ['robbery', 'rob', 'heist', 'theft', 'steal'],
  // a vessel seized is its crew detained ("seized the trawler", "the crew detained in Bissau")
  ['arrest', 'detain', 'detention', 'custody', 'capture', 'apprehend', 'nab', 'seize'],
  // a person handed from one state or holder to another: "extradited", "the extradition", "handed over", "the handover"
  // (a release lets people go: its own family, as it was)
  ['extradite', 'handover'],
  ['thwart', 'foil', 'interdict'],
  ['nominate', 'nomination', 'nominee'],
  ['shoot', 'shooting', 'gunfire', 'gunshot', 'gun'],
  // a cyberattack is "the attack" in its later sentences and reports
  ['attack', 'cyberattack'],
  ['escape', 'flee', 'getaway'],
  ['find', 'discover', 'discovery'],
  ['damage', 'destroy', 'destruction', 'devastate', 'devastation'],
  // "found X guilty" is the conviction ("appeal against the conviction")
  ['convict', 'conviction', 'guilty', 'verdict'],
  // a court's ruling and the decision it undoes ("the court ruled", "overturned the ban", "quashed")
  ['rule', 'ruling', 'overturn', 'quash'],
  // an authority's ban: "barred the march", "the police ban", "prohibited"
  ['ban', 'bar', 'prohibit', 'prohibition'],
  // a service back after an outage: "restored", "will resume", "the restoration"
  ['restore', 'restoration', 'resume', 'resumption'],
  // goods or works put right: "will replace the pumps", "fix every car", "the repair"
  ['repair', 'replace', 'replacement', 'fix'],
  ['close', 'closure', 'shut', 'shutdown'],
  ['pay', 'payment'],
  ['strike', 'walkout', 'stoppage'],
  ['collapse', 'cave'],
  ['acquire', 'acquisition', 'takeover', 'merger', 'buyout', 'buy', 'purchase'],
  ['approve', 'approval', 'clear', 'clearance'],
  // a vaccination campaign is named by either word ("the campaign began", "vaccinations there were suspended")
  ['vaccinate', 'vaccination', 'campaign'],
  // a court case's trial is its hearing ("set aside ten weeks for the hearing")
  ['trial', 'hearing'],
  // a burial is the lexicon's "burial" and the tagger's "bury" / "inter" (events 1.113.0): "sepultado", "beigesetzt"
  ['burial', 'bury', 'inter', 'interment'],
  // the glossary's English happenings for other languages' inspections and diversions ("inspección", "desvío"): the
  // lexicon's lemmas (events 1.113.0)
  ['inspect', 'inspection'],
  ['divert', 'diversion'],
  // a vessel lost at sea: "capsized", "sank", "foundered", "naufrage" (the lexicon's capsize) are one shipwreck
  ['capsize', 'sink', 'founder', 'shipwreck'],
  // the search for the missing is the rescue operation ("rescuers searched", "the rescue", "recherches")
  ['rescue', 'search'],
  // armed clashes and the fighting they are ("the clashes", "fighting broke out")
  ['clash', 'fighting'],
  // an indictment is the charge ("indicted", "charged with", "inculpés"); an arrest stays apart
  ['charge', 'indict', 'indictment'],
  // a sacking is a dismissal ("sacked", "fired", "ousted", "the ouster")
  ['dismiss', 'dismissal', 'sack', 'oust', 'ouster'],
  // a marathon is the race its reports also call it ("the marathon has been postponed", "the race has not been cancelled")
  ['race', 'marathon'],
];
const FAMILY = new Map(LEMMA_FAMILIES.flatMap((f) => f.map((l) => [l, f[0]!] as const)));

/** The family of a trigger lemma: its family's first lemma, or the lemma itself when it is in none. */
export function lemmaFamily(lemma: string): string {
  return FAMILY.get(lemma) ?? lemma;
}

/**
 * Nouns that name an incident without saying which kind ("the accident", "the tragedy", "the crash" of a train, a bus or
 * a plane): they can be any incident of their event type, as a pronoun can be any person.
 */
const GENERAL_NOUNS: ReadonlySet<string> = new Set(['accident', 'incident', 'disaster', 'tragedy', 'crash']);

export function isGeneralNoun(lemma: string): boolean {
  return GENERAL_NOUNS.has(lemma);
}

/** Communication verbs and nouns: one lemma, many statements, so two of them by different speakers are two events. */
const REPORTING: ReadonlySet<string> = new Set(['say', 'tell', 'report', 'announce', 'confirm', 'state', 'statement', 'accord', 'add', 'claim', 'deny', 'reveal']);

export function isReporting(lemma: string): boolean {
  return REPORTING.has(lemma);
}

/** The events layer's lemma of an inquiry's report or findings (annotate/events/domains.ts): "will hand its findings by May 15". */
export const INQUIRY_REPORT = 'inquiry-report';

/** An inquiry's lemma (annotate/events/domains.ts: investigation, inquiry, probe; "investigación", "enquête"). */
export function isInquiry(lemma: string): boolean {
  return lemma === 'investigate';
}
