import type { EntityManager } from 'typeorm';
import { queueOrder, type Constituency } from '@tripart/contracts';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound } from '../common/errors';
import type { ConsultationSession } from './consultation-session.entity';
import type { Hand } from './hand.entity';
import type { Round } from './round.entity';
import type { RoomStore } from './room-store';

/** Small checks shared by the live-room handlers, over the room's store. */
export function requireLive(session: ConsultationSession): void {
  if (session.status !== 'LIVE') throw conflict('The session is not live.');
}

/** A recorded outcome freezes the item's agreed text (and the outcome itself) until the facilitator reopens the item. */
export const FROZEN = 'The outcome of this item is recorded, which freezes its agreed text: the facilitator reopens the item to change it.';

export async function requireNotFrozen(store: RoomStore, agendaItemId: string): Promise<void> {
  if (await store.outcomeOf(agendaItemId)) throw conflict(FROZEN);
}

export async function sideOf(store: RoomStore, delegationId: string | null): Promise<Constituency> {
  const side = await store.sideOf(delegationId);
  if (!side) throw badInput('Only delegates take the floor for a side.');
  return side;
}

export async function openRound(store: RoomStore, session: ConsultationSession): Promise<Round> {
  const round = await store.round(session.currentRoundId);
  if (!round || round.closedAt) throw conflict('No round is open.');
  return round;
}

export async function orderedQueue(store: RoomStore, session: ConsultationSession): Promise<Hand[]> {
  return queueOrder(await store.waitingHands(session.id), session.queueMode, session.lastSpeakerSide);
}

export async function handOf(store: RoomStore, session: ConsultationSession, handId: string): Promise<Hand> {
  const hand = await store.hand(session.id, handId);
  if (!hand) throw notFound('The hand');
  return hand;
}

/** A facilitator's departure from the default order is audited (invariant 5). */
export function auditOverride(audit: AuditService, manager: EntityManager, actorId: string, session: ConsultationSession, what: string, data: Record<string, unknown>) {
  return audit.record(manager, { actorId, action: `session.override.${what}`, subjectId: session.id, dossierId: session.dossierId, data });
}
