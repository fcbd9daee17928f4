import type { EntityManager } from 'typeorm';
import { queueOrder, type Constituency } from '@tripart/contracts';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, notFound } from '../common/errors';
import { Delegation } from '../dossiers/delegation.entity';
import type { ConsultationSession } from './consultation-session.entity';
import { Hand } from './hand.entity';
import { Round } from './round.entity';

/** Small checks and reads shared by the live-room handlers. */
export function requireLive(session: ConsultationSession): void {
  if (session.status !== 'LIVE') throw conflict('The session is not live.');
}

export async function sideOf(manager: EntityManager, delegationId: string | null): Promise<Constituency> {
  const delegation = delegationId ? await manager.getRepository(Delegation).findOne({ where: { id: delegationId } }) : null;
  if (!delegation) throw badInput('Only delegates take the floor for a side.');
  return delegation.constituency;
}

export async function openRound(manager: EntityManager, session: ConsultationSession): Promise<Round> {
  const round = session.currentRoundId ? await manager.getRepository(Round).findOne({ where: { id: session.currentRoundId } }) : null;
  if (!round || round.closedAt) throw conflict('No round is open.');
  return round;
}

export async function orderedQueue(manager: EntityManager, session: ConsultationSession): Promise<Hand[]> {
  const waiting = await manager.getRepository(Hand).find({ where: { sessionId: session.id, status: 'WAITING' } });
  return queueOrder(waiting, session.queueMode, session.lastSpeakerSide);
}

export async function handOf(manager: EntityManager, session: ConsultationSession, handId: string): Promise<Hand> {
  const hand = await manager.getRepository(Hand).findOne({ where: { id: handId, sessionId: session.id } });
  if (!hand) throw notFound('The hand');
  return hand;
}

/** A facilitator's departure from the default order is audited (invariant 5). */
export function auditOverride(audit: AuditService, manager: EntityManager, actorId: string, session: ConsultationSession, what: string, data: Record<string, unknown>) {
  return audit.record(manager, { actorId, action: `session.override.${what}`, subjectId: session.id, dossierId: session.dossierId, data });
}
