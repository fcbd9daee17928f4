import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SessionChange, SessionChanged } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import type { DossierStanding } from '../access/dossier-policy';
import { notFound } from '../common/errors';
import { DossierAccess } from '../access/dossier-access.service';
import { sessionRoom } from '../dossiers/dossier-rooms';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { RealtimeService } from '../realtime/realtime.service';
import { ConsultationSession } from './consultation-session.entity';
import { LIVE_ROOM_RULES, type LiveRoomEvent } from './live-room-rules';
import { RoomStore } from './room-store';
import { isUuid } from '../common/ids';

/** What an outsider is told of a session it may not see, real or made up: that it was not found. */
export const SESSION_SUBJECT = 'The session';

export interface RoomChange {
  /** The change's transaction, for what other features record in it (the audit trail). */
  manager: EntityManager;
  /** The room's reads and writes, in that transaction. */
  store: RoomStore;
  session: ConsultationSession;
  standing: DossierStanding;
}
/**
 * Every change to a live session goes through `change`: the session row is
 * locked, the actor authorized, the change written and the sequence number
 * bumped in one transaction; only after the commit are the clients told —
 * with what changed (built by `write` from the rows it wrote, in the same
 * transaction), so that no client has to ask for the state again.
 */
@Injectable()
export class LiveRoom {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly realtime: RealtimeService,
    private readonly dossierReads: DossierReads,
  ) {}

  async change(actor: Actor, sessionId: string, event: LiveRoomEvent, write: (room: RoomChange) => Promise<SessionChange | null>): Promise<{ seq: number }> {
    const dossierId = await this.dossierOf(sessionId);
    const { standing } = await this.access.require(actor, dossierId, LIVE_ROOM_RULES[event], SESSION_SUBJECT);
    const result = await this.dataSource.transaction(async (manager) => {
      const session = await manager
        .getRepository(ConsultationSession)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :sessionId', { sessionId })
        .getOneOrFail();
      const change = await write({ manager, store: new RoomStore(manager, this.dossierReads), session, standing });
      if (!change) return { seq: session.seq, change: null, dossierId: session.dossierId };
      // TypeORM answers an UPDATE with [rows, affected].
      const [rows] = await manager.query('UPDATE consultation_session SET seq = seq + 1 WHERE id = $1 RETURNING seq', [sessionId]);
      return { seq: Number(rows[0].seq), change, dossierId: session.dossierId };
    });
    if (result.change) {
      const event: SessionChanged = { sessionId, seq: result.seq, ...result.change };
      this.realtime.notify(sessionRoom(result.dossierId, sessionId), 'session:changed', event);
    }
    return { seq: result.seq };
  }

  /** Checks the event's right before slow work outside the change (the change checks it again). */
  async authorize(actor: Actor, sessionId: string, event: LiveRoomEvent): Promise<void> {
    await this.access.require(actor, await this.dossierOf(sessionId), LIVE_ROOM_RULES[event], SESSION_SUBJECT);
  }

  async itemExists(sessionId: string, agendaItemId: string): Promise<boolean> {
    const [row] = await this.dataSource.query('SELECT 1 FROM agenda_item WHERE id = $1 AND session_id = $2', [agendaItemId, sessionId]);
    return Boolean(row);
  }

  /** The dossier a session belongs to; an unknown session is NOT_FOUND like one you may not see (authorize with SESSION_SUBJECT). */
  async dossierOf(sessionId: string): Promise<string> {
    const session = isUuid(sessionId)
      ? await this.dataSource.getRepository(ConsultationSession).findOne({ where: { id: sessionId }, select: { id: true, dossierId: true } })
      : null;
    if (!session) throw notFound(SESSION_SUBJECT);
    return session.dossierId;
  }
}
