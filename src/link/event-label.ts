/**
 * A tracked event's label, as the story list and page show it: who, what, where ("Yerlan Temirov visit —
 * Ulaanbaatar", "Hradec approval"). The trigger's lemma is a verb as often as a noun, and "Hradec approve"
 * reads as a broken headline, so a verb is named by its noun (general English derivations, never a corpus's
 * words); a lemma not in the table is shown as it is.
 */
const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['accuse', 'accusation'], ['acquire', 'acquisition'], ['acquit', 'acquittal'], ['agree', 'agreement'],
  ['announce', 'announcement'], ['appoint', 'appointment'], ['approve', 'approval'], ['arrive', 'arrival'],
  ['build', 'construction'], ['buy', 'purchase'], ['cancel', 'cancellation'], ['capsize', 'capsizing'],
  ['close', 'closure'], ['collapse', 'collapse'], ['complete', 'completion'], ['convict', 'conviction'],
  ['criticise', 'criticism'], ['criticize', 'criticism'], ['damage', 'damage'], ['deny', 'denial'],
  ['deploy', 'deployment'], ['derail', 'derailment'], ['destroy', 'destruction'], ['detain', 'detention'],
  ['die', 'death'], ['discuss', 'discussion'], ['dismiss', 'dismissal'], ['elect', 'election'], ['erupt', 'eruption'],
  ['evacuate', 'evacuation'], ['expire', 'expiry'], ['explode', 'explosion'], ['extend', 'extension'],
  ['guilty', 'guilty verdict'], ['implement', 'implementation'], ['injure', 'injuries'], ['inquire', 'inquiry'],
  ['investigate', 'investigation'], ['invite', 'invitation'], ['kill', 'killing'], ['lift', 'lifting'],
  ['meet', 'meeting'], ['merge', 'merger'], ['mobilise', 'mobilisation'], ['mobilize', 'mobilization'],
  ['negotiate', 'negotiations'], ['nominate', 'nomination'], ['postpone', 'postponement'], ['ratify', 'ratification'],
  ['reject', 'rejection'], ['resign', 'resignation'], ['resume', 'resumption'], ['sell', 'sale'],
  ['sentence', 'sentencing'], ['shoot', 'shooting'], ['sign', 'signing'], ['sink', 'sinking'],
  ['suspend', 'suspension'], ['swear', 'swearing-in'], ['sworn', 'swearing-in'], ['threaten', 'threat'],
  ['travel', 'trip'], ['try', 'trial'], ['vaccinate', 'vaccination'], ['warn', 'warning'], ['win', 'victory'],
  ['withdraw', 'withdrawal'],
]);

/** The noun that names an event whose trigger has this lemma ("approve" → "approval"). */
export function eventNoun(lemma: string): string {
  return EVENT_NOUNS.get(lemma) ?? lemma;
}

export interface LabelParts {
  /** Participants' display names, in the event's order. */
  readonly who: readonly string[];
  readonly lemma: string;
  /** The event's place's display name, if any. */
  readonly where: string | null;
}

/** "Yerlan Temirov visit — Ulaanbaatar": up to two participants that are not the place, the event's noun, the place. */
export function eventLabel({ who, lemma, where }: LabelParts): string {
  const people = who.filter((n) => n !== where).slice(0, 2).join(', ');
  return [people || null, eventNoun(lemma), where ? `— ${where}` : null].filter(Boolean).join(' ');
}
