/**
 * What a family event's phase means to a reader of its story. Deals, approvals, campaigns and outbreaks do not
 * follow a visit's schedule: an outbreak declared is going on (under way), not over; a takeover agreed is still
 * ahead (expected) until it is completed; an approval blocked calls the thing off. The events layer reads the
 * phase (annotate/events/phases.ts); this table turns it into the reader's status. Families not listed here
 * (incidents, legal processes, strikes, rates, elections) keep the status rules of status.ts.
 */
import type { EventFamily } from '../doc/schemas/events.js';
import type { ReaderStatus } from './schema.js';

type PhasedFamily = Extract<EventFamily, 'deal' | 'approval' | 'campaign' | 'outbreak'>;

const PHASE_STATUS: Readonly<Record<PhasedFamily, Readonly<Record<string, ReaderStatus>>>> = {
  deal: { bid: 'expected', agreed: 'expected', completed: 'happened', blocked: 'cancelled', abandoned: 'cancelled' },
  approval: { sought: 'expected', 'under-review': 'expected', approved: 'happened', blocked: 'cancelled' },
  campaign: { planned: 'expected', 'under-way': 'under-way', ended: 'happened' },
  outbreak: { declared: 'under-way', spreading: 'under-way', contained: 'under-way', 'declared-over': 'happened' },
};

function isPhased(family: string): family is PhasedFamily {
  return Object.hasOwn(PHASE_STATUS, family);
}

/** The reader's status a family phase gives, or null when the family or phase has no reading of its own. */
export function phaseStatus(family: string | undefined, phase: string | undefined): ReaderStatus | null {
  if (!family || !phase || !isPhased(family)) return null;
  return PHASE_STATUS[family][phase] ?? null;
}
