/**
 * Event trigger lexicon: every inflected form we accept, mapped to its lemma and PLOVER-style type.
 * Forms are listed rather than stemmed so that "meeting" (noun) and "meets" (verb) are explicit and
 * a word like "signal" can never match "sign". The ontology and its reasons are in docs/events.md.
 */

import { DOMAIN_LEMMAS, WALKED_OUT_OF, WATER_BARRIERS, type Context, type Domain, type DomainLemma, type Family } from './domains.js';

export type EventType =
  | 'CONSULT'
  | 'REQUEST'
  | 'AGREE'
  | 'COOPERATE'
  | 'AID'
  | 'ACCUSE'
  | 'SANCTION'
  | 'VIOLATE'
  | 'SUPPORT'
  // the rest of PLOVER (domains.ts)
  | 'CONCEDE'
  | 'RETREAT'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT'
  // wiretrace extensions for what PLOVER leaves out (domains.ts, docs/events.md)
  | 'DISASTER'
  | 'CASUALTY'
  | 'LEGAL'
  | 'POLITICAL'
  | 'ECONOMY'
  // an event an amount counts that the lexicon has no type for (counted.ts): TimeML's broad class
  | 'OCCURRENCE'
  // a happening the learned tagger reads where the lexicon has no trigger (happenings.ts)
  | 'HAPPENING';

export interface TriggerEntry {
  readonly lemma: string;
  readonly type: EventType;
  readonly subtype: string;
  /** Visits, meetings, summits, talks, signings, invitations: things that get a status. */
  readonly schedulable: boolean;
  /** How source and target are read: directed (A visits B) or symmetric (A and B meet). */
  readonly symmetric: boolean;
  /** A context the form needs ("transfer of missiles", "expressed concern"). */
  readonly requires?: Context;
  /** Contexts that rule the form out ("a sign of", "thanks to", "met with criticism"). */
  readonly reject?: readonly Context[];
  /** Which news domain the trigger belongs to (per-domain evaluation, docs/events.md). */
  readonly domain: Domain;
  /** The event family whose phases the event moves through (status.ts), if it has one. */
  readonly family?: Family;
}

interface LemmaSpec extends TriggerEntry {
  readonly forms: readonly string[];
  /** Forms that are nouns; the rest are verbs. */
  readonly nouns: readonly string[];
}

const spec = (
  lemma: string,
  type: EventType,
  subtype: string,
  forms: string,
  nouns: string,
  opts: Partial<Pick<TriggerEntry, 'schedulable' | 'symmetric' | 'requires' | 'reject'>> = {},
): LemmaSpec => ({
  lemma,
  type,
  subtype,
  forms: forms.split(' ').filter(Boolean),
  nouns: nouns.split(' ').filter(Boolean),
  schedulable: opts.schedulable ?? false,
  symmetric: opts.symmetric ?? false,
  ...(opts.requires ? { requires: opts.requires } : {}),
  ...(opts.reject ? { reject: opts.reject } : {}),
  domain: 'plover',
});

/** Words that make "transfer", "supply", "trade" an arms event. */
export const ARMS_WORDS: ReadonlySet<string> = new Set(
  'arms weapon weapons missile missiles munitions ammunition shells artillery rockets rocket drones drone tanks tank armaments military weaponry warheads'.split(' '),
);

/** Speech verbs that make "concern" an expression of concern. */
export const EXPRESS_WORDS: ReadonlySet<string> = new Set(
  'express expresses expressed expressing voice voices voiced voicing raise raises raised raising voiced share shared conveyed convey'.split(' '),
);

const ws = (words: string): ReadonlySet<string> => new Set(words.split(' '));
/** "transfer of missiles", "arms shipments": an arms word within two words before or six after. */
const NEAR_ARMS: Context = { near: { words: ARMS_WORDS, before: 2, after: 6 } };
/** "arms trade", "weapons deal": the arms word right before (or one word between). */
const AFTER_ARMS: Context = { near: { words: ARMS_WORDS, before: 2, after: 0 } };
/**
 * "a sign of", "no sign that": the noun "sign" is evidence, not a signing. Only the noun: "the signing of
 * the accord" is a signing.
 */
const SIGN_NOUN = ws('sign signs');
const SIGN_NOT: readonly Context[] = [
  { self: SIGN_NOUN, prev: ws('a an the no any every this that clear first some') },
  { self: SIGN_NOUN, next: ws('of that') },
  // "signs them off", "signed off on the repairs": an approval, no signing
  { near: { words: ws('off'), before: 0, after: 2 } },
  // boards with writing: "road signs", "where signs promised discounts", "signs warned drivers"
  { self: ws('signs'), prev: ws('road street warning traffic exit shop neon handwritten protest') },
  { self: ws('signs'), next: ws('were are promised warned read said showed pointed advertised announced offered urged told directed') },
];
/** "met with criticism": meet here means "received", not an encounter. */
const MET_WITH_RECEPTION: Context = {
  next: ws('with'),
  near: { words: ws('criticism resistance skepticism scepticism protests opposition approval silence condemnation outrage applause praise anger disappointment derision'), before: 0, after: 2 },
};

/** "travel to Riga", "travel there": the verb with its destination. */
const TRAVEL_TO: Context = { next: ws('to there') };
/**
 * "a ban on travel to", "advised against travel to", "business travel to", "air travel to": the noun
 * (an industry, a rule or a warning), never a trip someone is making.
 */
const TRAVEL_NOUN: Context = {
  prev: ws('a an the this that their his her its our of on for against about from by with without no any free business air rail road sea leisure holiday tourist international domestic overseas foreign cross-border visa-free non-essential unnecessary essential space time'),
};

/** "for every visit", "per trip": a quantified noun is any visit, no visit that happened or is planned. */
const GENERIC: Context = { prev: ws('every each per') };

const S = { schedulable: true };
const SS = { schedulable: true, symmetric: true };

const LEMMAS: readonly LemmaSpec[] = [
  // CONSULT: visits and meetings (PLOVER CONSULT covers visit, host, meet, negotiate)
  spec('visit', 'CONSULT', 'visit', 'visit visits visited visiting', 'visit visits', { ...S, reject: [GENERIC] }),
  spec('trip', 'CONSULT', 'visit', 'trip trips', 'trip trips', { ...S, reject: [GENERIC] }),
  spec('arrive', 'CONSULT', 'visit', 'arrive arrives arrived arriving arrival', 'arrival', S),
  // "set to travel to Riga": a visit only as a verb heading for a place; the noun ("travel advisory",
  // "a travel ban", "business travel") is an industry or a rule, never a visit
  spec('travel', 'CONSULT', 'visit', 'travel travels travelled traveled travelling traveling', '', { ...S, requires: TRAVEL_TO, reject: [TRAVEL_NOUN] }),
  spec('meet', 'CONSULT', 'meet', 'meet meets met meeting meetings', 'meeting meetings', { ...SS, reject: [MET_WITH_RECEPTION] }),
  spec('summit', 'CONSULT', 'summit', 'summit summits', 'summit summits', SS),
  spec('talks', 'CONSULT', 'talks', 'talks talked', 'talks', SS),
  spec('negotiate', 'CONSULT', 'talks', 'negotiate negotiates negotiated negotiating negotiation negotiations', 'negotiation negotiations', SS),
  // REQUEST: an invitation asks the target to come
  spec('invite', 'REQUEST', 'invite', 'invite invites invited inviting invitation invitations', 'invitation invitations', S),
  // AGREE: agreeing, accepting, signing, treaties
  // "accepting bribes from a builder", "accepting gifts from a contractor" (events 1.73.0): money or gifts taken, no offer accepted
  spec('accept', 'AGREE', 'accept', 'accept accepts accepted accepting acceptance', 'acceptance', { ...S, reject: [{ near: { words: ws('bribe bribes kickback kickbacks gift gifts payment payments cash'), before: 0, after: 3 } }] }),
  // "has agreed to plead guilty" (events 1.100.0): the plea is the event, no accord between parties
  spec('agree', 'AGREE', 'agree', 'agree agrees agreed agreeing agreement agreements', 'agreement agreements', { symmetric: true, reject: [{ next: ws('to'), near: { words: ws('plead'), before: 0, after: 2 } }] }),
  spec('sign', 'AGREE', 'sign', 'sign signs signed signing', 'signing', { ...SS, reject: SIGN_NOT }),
  spec('treaty', 'AGREE', 'treaty', 'treaty treaties pact pacts accord accords', 'treaty treaties pact pacts accord accords', {
    symmetric: true,
    // "their own accord", "in accord with"
    reject: [{ prev: ws('own') }, { prev: ws('in'), self: ws('accord') }],
  }),
  // COOPERATE
  spec('collaborate', 'COOPERATE', 'cooperate', 'collaborate collaborates collaborated collaborating collaboration', 'collaboration', { symmetric: true }),
  spec('cooperate', 'COOPERATE', 'cooperate', 'cooperate cooperates cooperated cooperating cooperation co-operation', 'cooperation co-operation', { symmetric: true }),
  // AID: material support, here arms transfers
  spec('supply', 'AID', 'arms', 'supply supplies supplied supplying', 'supplies', { requires: NEAR_ARMS }),
  spec('transfer', 'AID', 'arms', 'transfer transfers transferred transferring', 'transfer transfers', { requires: NEAR_ARMS }),
  spec('deliver', 'AID', 'arms', 'deliver delivers delivered delivering delivery deliveries', 'delivery deliveries', { requires: NEAR_ARMS }),
  spec('ship', 'AID', 'arms', 'ship ships shipped shipping shipment shipments', 'shipment shipments', { requires: NEAR_ARMS }),
  spec('trade', 'AID', 'arms', 'trade sale sales deal deals', 'trade sale sales deal deals', { requires: AFTER_ARMS }),
  // "voted to walk out": a strike (the domain table's lemma and family, so it links with "the strike")
  // "walked out of prison", "walked out of court on bail" (events 1.100.0) are releases (domains.ts walk-free)
  { ...spec('strike', 'PROTEST', 'strike', 'walk walks walked walking', '', { requires: { next: ws('out') }, reject: [{ near: { words: WALKED_OUT_OF, before: 0, after: 4 } }] }), family: 'strike' },
  // "will stop work for 24 hours on March 10": a strike; "stopped work on the bridge" halts a job, not a strike
  { ...spec('strike', 'PROTEST', 'strike', 'stop stops stopped stopping', '', { requires: { next: ws('work') }, reject: [{ near: { words: ws('the its a an their his her this that'), before: 0, after: 3 } }] }), family: 'strike' },
  // ACCUSE: criticism, condemnation, concern (PLOVER folds CAMEO's DISAPPROVE into ACCUSE)
  spec('criticize', 'ACCUSE', 'criticize', 'criticize criticizes criticized criticizing criticise criticises criticised criticising criticism criticisms', 'criticism criticisms'),
  spec('condemn', 'ACCUSE', 'condemn', 'condemn condemns condemned condemning condemnation denounce denounces denounced denouncing', 'condemnation'),
  spec('concern', 'ACCUSE', 'concern', 'concern concerns', 'concern concerns', { requires: { near: { words: EXPRESS_WORDS, before: 4, after: 0 } } }),
  // SANCTION
  spec('sanction', 'SANCTION', 'sanction', 'sanction sanctions sanctioned sanctioning embargo embargoes', 'sanction sanctions embargo embargoes'),
  // VIOLATE (wiretrace extension, see docs/events.md)
  // a dam or a levee breached is a collapse (domains.ts), not a rule broken
  spec('violate', 'VIOLATE', 'violate', 'violate violates violated violating violation violations breach breaches breached', 'violation violations breach breaches', {
    reject: [{ self: ws('breach breaches breached'), near: { words: WATER_BARRIERS, before: 5, after: 3 } }],
  }),
  // SUPPORT: thanks, praise, backing
  spec('thank', 'SUPPORT', 'thank', 'thank thanks thanked thanking gratitude', 'gratitude', { reject: [{ self: ws('thanks'), next: ws('to') }] }),
  spec('appreciate', 'SUPPORT', 'thank', 'appreciate appreciates appreciated appreciating appreciation', 'appreciation'),
  spec('praise', 'SUPPORT', 'praise', 'praise praises praised praising', ''),
  spec('support', 'SUPPORT', 'support', 'support supports supported supporting', 'support'),
];

export interface TriggerForm extends TriggerEntry {
  readonly noun: boolean;
}

/** Lower-cased surface form → entry. One form, one lemma (checked by the tests). */
export const TRIGGER_FORMS: ReadonlyMap<string, TriggerForm> = (() => {
  const m = new Map<string, TriggerForm>();
  for (const l of LEMMAS) {
    const { forms, nouns, ...entry } = l;
    for (const f of forms) m.set(f, { ...entry, noun: nouns.includes(f) });
  }
  return m;
})();

export interface DomainForm {
  readonly entry: DomainLemma;
  readonly noun: boolean;
}

/**
 * Lower-cased surface form → domain lemma (domains.ts), whose sense is chosen by context. A form may
 * also be in TRIGGER_FORMS only where the diplomacy sense needs a context the domain sense does not
 * ("arms deal" is AID, "a $2 billion deal" is ECONOMY); the diplomacy reading is tried first.
 */
export const DOMAIN_FORMS: ReadonlyMap<string, DomainForm> = (() => {
  const m = new Map<string, DomainForm>();
  for (const l of DOMAIN_LEMMAS) for (const f of l.forms) m.set(f, { entry: l, noun: l.nouns.includes(f) });
  return m;
})();
