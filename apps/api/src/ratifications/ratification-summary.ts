import { BINDING_STATUSES, RATIFIED_STATUSES, type RatificationStatus } from '@tripart/contracts';
import type { Convention } from '../reference/convention.entity';
import type { RatificationSummary } from './ratification.types';

interface Entry {
  status: RatificationStatus;
  convention: Pick<Convention, 'code' | 'category'>;
}

const isProtocol = (code: string) => code.startsWith('P');

/** NORMLEX's summary of a register, and the fundamental and governance conventions it lacks. */
export function summarize<C extends Pick<Convention, 'code' | 'category'>>(entries: readonly Entry[], reference: readonly C[]): { summary: RatificationSummary; gap: C[] } {
  const bound = new Set(entries.filter((entry) => BINDING_STATUSES.includes(entry.status)).map((entry) => entry.convention.code));
  const conventions = entries.filter((entry) => !isProtocol(entry.convention.code));
  const count = (status: RatificationStatus) => entries.filter((entry) => entry.status === status).length;
  const category = (name: Convention['category'], withTotal: boolean) => {
    const of = reference.filter((convention) => convention.category === name && !isProtocol(convention.code));
    return {
      bound: conventions.filter((entry) => entry.convention.category === name && bound.has(entry.convention.code)).length,
      of: withTotal ? of.length : null,
    };
  };
  const gap = reference.filter((convention) => convention.category !== 'TECHNICAL' && !isProtocol(convention.code) && !bound.has(convention.code));
  return {
    summary: {
      fundamental: category('FUNDAMENTAL', true),
      governance: category('GOVERNANCE', true),
      technical: category('TECHNICAL', false),
      conventionsRatified: conventions.filter((entry) => RATIFIED_STATUSES.includes(entry.status)).length,
      protocolsRatified: entries.filter((entry) => isProtocol(entry.convention.code) && RATIFIED_STATUSES.includes(entry.status)).length,
      inForce: count('IN_FORCE'),
      notInForce: count('NOT_IN_FORCE'),
      denounced: count('DENOUNCED'),
      abrogated: count('ABROGATED'),
    },
    gap,
  };
}
