import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { queueOrder, type Constituency } from '@tripart/contracts';
import { isUuid } from '../common/ids';
import { groupBy } from '../common/request-loaders';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { namesOf } from '../people/people-directory';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import type { CaucusMessageView } from './session-state.types';
import { ConsultationSession } from './consultation-session.entity';
import { Hand } from './hand.entity';
import { Intervention } from './intervention.entity';
import { Outcome } from './outcome.entity';
import { Round } from './round.entity';
import type { PersonRef } from './session-state.types';
import { Stance } from './stance.entity';

/**
 * Every read of the sessions feature's tables that its resolvers present:
 * the resolvers authorize, call one method here, and shape the answer. The
 * writes stay with `LiveRoom` and its handlers (inside the change's
 * transaction).
 */
@Injectable()
export class SessionReads {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dossiers: DossierReads,
  ) {}

  session(id: string): Promise<ConsultationSession> {
    return this.dataSource.getRepository(ConsultationSession).findOneOrFail({ where: { id } });
  }

  /** Sessions of many dossiers at once, soonest first (per dossier, in the order of `dossierIds`). */
  async sessionsOfDossiers(dossierIds: readonly string[]): Promise<ConsultationSession[][]> {
    const rows = await this.dataSource.getRepository(ConsultationSession).find({ where: { dossierId: In([...dossierIds]) }, order: { startsAt: 'ASC' } });
    return groupBy(dossierIds, rows, (row) => row.dossierId);
  }

  /** Sessions not yet closed of the dossiers a person takes part in, soonest first. */
  upcomingFor(userId: string): Promise<ConsultationSession[]> {
    return this.dataSource
      .getRepository(ConsultationSession)
      .createQueryBuilder('s')
      .innerJoin('participant', 'p', 'p.dossier_id = s.dossier_id AND p.user_id = :userId', { userId })
      .where(`s.status = 'LIVE' OR (s.status <> 'CLOSED' AND s.ends_at > now())`)
      .orderBy('s.starts_at', 'ASC')
      .limit(50)
      .getMany();
  }

  /** The agendas of many sessions at once, each in its order: one statement for a dossier's sessions (the consensus matrix asks for all). */
  async agendaOfSessions(sessionIds: readonly string[]): Promise<AgendaItem[][]> {
    const rows = await this.dataSource.getRepository(AgendaItem).find({ where: { sessionId: In([...sessionIds]) }, order: { sessionId: 'ASC', position: 'ASC' } });
    return groupBy(sessionIds, rows, (row) => row.sessionId);
  }

  round(roundId: string): Promise<Round | null> {
    return this.dataSource.getRepository(Round).findOne({ where: { id: roundId } });
  }

  /** The waiting hands, in the order they get the floor. */
  async queue(session: ConsultationSession): Promise<Hand[]> {
    const waiting = await this.dataSource.getRepository(Hand).find({ where: { sessionId: session.id, status: 'WAITING' } });
    return queueOrder(waiting, session.queueMode, session.lastSpeakerSide);
  }

  hand(handId: string): Promise<Hand> {
    return this.dataSource.getRepository(Hand).findOneOrFail({ where: { id: handId } });
  }

  attendance(sessionId: string): Promise<Attendance[]> {
    return this.dataSource.getRepository(Attendance).find({ where: { sessionId }, order: { joinedAt: 'ASC' } });
  }

  interventions(sessionId: string): Promise<Intervention[]> {
    return this.dataSource.getRepository(Intervention).find({ where: { sessionId }, order: { startedAt: 'ASC' } });
  }

  /** The outcomes of many agenda items at once (at most one each). */
  async outcomesOfItems(itemIds: readonly string[]): Promise<Outcome[][]> {
    const rows = await this.dataSource.getRepository(Outcome).find({ where: { agendaItemId: In([...itemIds]) } });
    return groupBy(itemIds, rows, (row) => row.agendaItemId);
  }

  /** The stances of many agenda items at once: for each, those of its latest consensus check, by side. */
  async latestStancesOfItems(itemIds: readonly string[]): Promise<Stance[][]> {
    const rows = await this.dataSource.getRepository(Stance).find({ where: { agendaItemId: In([...itemIds]) }, order: { declaredAt: 'DESC' } });
    return groupBy(itemIds, rows, (row) => row.agendaItemId).map((stances) => {
      const latestRound = stances[0]?.roundId;
      return stances.filter((s) => s.roundId === latestRound).sort((a, b) => a.constituency.localeCompare(b.constituency));
    });
  }

  /** Every outcome recorded in a dossier's sessions, oldest first. */
  outcomesOfDossier(dossierId: string): Promise<Outcome[]> {
    return this.dataSource
      .getRepository(Outcome)
      .createQueryBuilder('o')
      .innerJoin('consultation_session', 's', 's.id = o.session_id')
      .where('s.dossier_id = :dossierId', { dossierId })
      .orderBy('o.recorded_at', 'ASC')
      .getMany();
  }

  /** An agenda item of a session, with the session's dossier; null when the session has no such item. */
  async agendaItemOf(sessionId: string, agendaItemId: string): Promise<{ provisionId: string | null; dossierId: string } | null> {
    if (!isUuid(agendaItemId)) return null;
    const item = await this.dataSource.getRepository(AgendaItem).findOne({ where: { id: agendaItemId, sessionId }, relations: { session: true } });
    return item ? { provisionId: item.provisionId, dossierId: item.session!.dossierId } : null;
  }

  /** A delegation's private caucus channel in a session, oldest first. */
  caucusMessages(sessionId: string, delegationId: string): Promise<CaucusMessageView[]> {
    return this.dataSource.query(
      `SELECT m.id, u.display_name AS "authorName", m.body, m.created_at AS "createdAt"
         FROM caucus_message m JOIN app_user u ON u.id = m.author_id
        WHERE m.session_id = $1 AND m.delegation_id = $2 ORDER BY m.created_at`,
      [sessionId, delegationId],
    );
  }

  /** Names of people, by id (asked of the people feature, one statement). */
  people(ids: readonly string[]): Promise<Map<string, PersonRef>> {
    return namesOf(this.dataSource.manager, ids);
  }

  /** The side a delegation speaks for (asked of the dossiers feature). */
  sideOfDelegation(delegationId: string): Promise<Constituency | null> {
    return this.dossiers.sideOf(delegationId);
  }
}
