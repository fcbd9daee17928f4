import { In, IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { Constituency, PersonView } from '@tripart/contracts';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { personOf } from '../people/people-directory';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { CaucusMessage } from './caucus-message.entity';
import { ConsultationSession } from './consultation-session.entity';
import { Hand } from './hand.entity';
import { Intervention } from './intervention.entity';
import { Outcome } from './outcome.entity';
import { Round } from './round.entity';
import { Stance } from './stance.entity';

type Fields<T> = Omit<T, 'id' | 'session' | 'round' | 'agendaItem' | 'provision' | 'hand' | 'user' | 'delegation'>;

/**
 * The live room's reads and writes of the sessions feature's tables, inside
 * one change's transaction (the session row locked): the handlers decide,
 * this stores. What the room needs of other features (a delegation's side,
 * a seat, a name) is asked of them, in the same transaction.
 */
export class RoomStore {
  constructor(
    readonly manager: EntityManager,
    private readonly dossiers: DossierReads,
  ) {}

  // The session
  updateSession(sessionId: string, fields: Partial<Pick<ConsultationSession, 'status' | 'currentRoundId' | 'queueMode' | 'floorHandId' | 'floorSince' | 'floorDeadline' | 'lastSpeakerSide'>>) {
    return this.manager.getRepository(ConsultationSession).update(sessionId, fields);
  }

  // Agenda
  agendaItem(sessionId: string, agendaItemId: string): Promise<AgendaItem | null> {
    return this.manager.getRepository(AgendaItem).findOne({ where: { id: agendaItemId, sessionId } });
  }

  setDraftingUnlocked(agendaItemId: string, unlocked: boolean) {
    return this.manager.getRepository(AgendaItem).update(agendaItemId, { draftingUnlocked: unlocked });
  }

  // Rounds
  round(roundId: string | null): Promise<Round | null> {
    return roundId ? this.manager.getRepository(Round).findOne({ where: { id: roundId } }) : Promise.resolve(null);
  }

  openRound(fields: Omit<Fields<Round>, 'closedAt'>): Promise<Round> {
    return this.manager.getRepository(Round).save({ ...fields, closedAt: null });
  }

  closeRound(roundId: string, closedAt: Date) {
    return this.manager.getRepository(Round).update(roundId, { closedAt });
  }

  // Hands and the floor
  waitingHands(sessionId: string): Promise<Hand[]> {
    return this.manager.getRepository(Hand).find({ where: { sessionId, status: 'WAITING' } });
  }

  hand(sessionId: string, handId: string): Promise<Hand | null> {
    return this.manager.getRepository(Hand).findOne({ where: { id: handId, sessionId } });
  }

  /** The hand a person raised last and that still waits. */
  ownWaitingHand(sessionId: string, userId: string): Promise<Hand | null> {
    return this.manager.getRepository(Hand).findOne({ where: { sessionId, userId, status: 'WAITING' }, order: { raisedAt: 'DESC' } });
  }

  /** Whether the person already raised a hand with this client id (a retry). */
  raisedFromClient(userId: string, clientId: string): Promise<boolean> {
    return this.manager.getRepository(Hand).exist({ where: { userId, clientId } });
  }

  hasWaitingNormalHand(sessionId: string, userId: string): Promise<boolean> {
    return this.manager.getRepository(Hand).exist({ where: { sessionId, userId, status: 'WAITING', kind: 'NORMAL' } });
  }

  raiseHand(fields: Omit<Fields<Hand>, 'manualPosition' | 'status'>): Promise<Hand> {
    return this.manager.getRepository(Hand).save({ ...fields, manualPosition: null, status: 'WAITING' as const });
  }

  setHandStatus(handId: string, status: Hand['status']) {
    return this.manager.getRepository(Hand).update(handId, { status });
  }

  /** The facilitator's order: the hands given, first to last. */
  async placeHands(handIds: readonly string[]): Promise<void> {
    for (const [position, id] of handIds.entries()) await this.manager.getRepository(Hand).update(id, { manualPosition: position + 1 });
  }

  lowerWaitingHands(sessionId: string) {
    return this.manager.getRepository(Hand).update({ sessionId, status: 'WAITING' }, { status: 'LOWERED' });
  }

  recordIntervention(fields: Fields<Intervention>): Promise<Intervention> {
    return this.manager.getRepository(Intervention).save(fields);
  }

  // Consensus
  /** A side's stance in a round, declared again if it was declared before. */
  async declareStance(fields: Fields<Stance>): Promise<Stance> {
    const stances = this.manager.getRepository(Stance);
    const existing = await stances.findOne({ where: { roundId: fields.roundId, constituency: fields.constituency } });
    return stances.save({ ...(existing ?? {}), ...fields });
  }

  /** An item's outcome (one at most: another is recorded only after the item is reopened). */
  recordOutcome(fields: Fields<Outcome>): Promise<Outcome> {
    return this.manager.getRepository(Outcome).save(fields);
  }

  outcomeOf(agendaItemId: string): Promise<Outcome | null> {
    return this.manager.getRepository(Outcome).findOne({ where: { agendaItemId } });
  }

  /** A reopened item's outcome is withdrawn; the audit trail keeps what it was. */
  async withdrawOutcome(outcomeId: string): Promise<void> {
    await this.manager.getRepository(Outcome).delete(outcomeId);
  }

  // Caucus
  sayInCaucus(fields: Pick<CaucusMessage, 'sessionId' | 'delegationId' | 'authorId' | 'body'>): Promise<CaucusMessage> {
    return this.manager.getRepository(CaucusMessage).save(fields);
  }

  // Attendance
  /** Opens a presence unless one is open; the row opened, or null. */
  async openAttendance(sessionId: string, userId: string, inRoom: boolean): Promise<Attendance | null> {
    const attendances = this.manager.getRepository(Attendance);
    if (await attendances.exist({ where: { sessionId, userId, leftAt: IsNull() } })) return null;
    return attendances.save({ sessionId, userId, inRoom, joinedAt: new Date(), leftAt: null });
  }

  /** Closes the open presences of a person (only the online one, or also the one marked in the room); the rows closed. */
  async closeAttendances(sessionId: string, userId: string, only?: { inRoom: boolean }): Promise<Attendance[]> {
    const where: FindOptionsWhere<Attendance> = { sessionId, userId, leftAt: IsNull(), ...(only ? { inRoom: only.inRoom } : {}) };
    const open = await this.manager.getRepository(Attendance).find({ where, select: { id: true, userId: true, inRoom: true, joinedAt: true } });
    if (!open.length) return [];
    const leftAt = new Date();
    await this.manager.getRepository(Attendance).update({ id: In(open.map((row) => row.id)) }, { leftAt });
    return open.map((row) => Object.assign(row, { leftAt }));
  }

  // Of other features
  /** The side a delegation speaks for; null when there is no such delegation. */
  sideOf(delegationId: string | null): Promise<Constituency | null> {
    return delegationId ? this.dossiers.sideOf(delegationId, this.manager) : Promise.resolve(null);
  }

  hasSeat(dossierId: string, userId: string): Promise<boolean> {
    return this.dossiers.hasSeat(dossierId, userId, this.manager);
  }

  person(userId: string): Promise<PersonView> {
    return personOf(this.manager, userId);
  }
}
