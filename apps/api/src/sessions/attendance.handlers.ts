import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { AttendanceView } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { notFound } from '../common/errors';
import { Participant } from '../dossiers/participant.entity';
import { RealtimeService } from '../realtime/realtime.service';
import { Attendance } from './attendance.entity';
import { caucusRoom, sessionRoom } from '../dossiers/dossier-rooms';
import { LiveRoom } from './live-room.service';
import { attendanceView } from './session-change.presenter';

/** Joining the live room (and who was there, when); the facilitator marks people present in the room. */
@Injectable()
export class AttendanceHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
  ) {}

  onModuleInit(): void {
    this.realtime.on('session:join', async (actor, { sessionId }, socket) => {
      const result = await this.room.change(actor, sessionId, 'session:join', async ({ manager, session, standing }) => {
        const rooms = [sessionRoom(session.dossierId, sessionId)];
        if (standing.role === 'DELEGATE' && standing.delegationId) rooms.push(caucusRoom(session.dossierId, sessionId, standing.delegationId));
        // In the room (authorized by now) before this change is told: the joiner gets its own arrival, and its
        // state has no gap to fetch again for. A join that then fails leaves it in a room it may be in.
        await socket.join(rooms);
        if (!standing.role) return null; // administrators watch without attending
        const opened = await this.open(manager, sessionId, actor.userId, false);
        return opened ? { change: 'attendance.joined', attendance: [opened] } : null;
      });
      // One disconnect listener per socket, whatever the number of joins.
      const joined: Set<string> = (socket.data.sessions ??= new Set<string>());
      if (joined.size === 0) {
        socket.once('disconnect', () => {
          for (const id of joined) void this.leave(actor, id).catch(() => undefined);
        });
      }
      joined.add(sessionId);
      return result;
    });

    this.realtime.on('session:leave', async (actor, { sessionId }, socket) => {
      const dossierId = await this.room.dossierOf(sessionId);
      for (const room of [...socket.rooms]) if (room.startsWith(sessionRoom(dossierId, sessionId))) await socket.leave(room);
      return this.leave(actor, sessionId);
    });

    this.realtime.on('attendance:mark', (actor, { sessionId, userId, present }) =>
      this.room.change(actor, sessionId, 'attendance:mark', async ({ manager, session }) => {
        if (!(await manager.getRepository(Participant).exist({ where: { dossierId: session.dossierId, userId } }))) throw notFound('The participant');
        if (present) {
          const opened = await this.open(manager, sessionId, userId, true);
          return opened ? { change: 'attendance.marked', attendance: [opened] } : null;
        }
        const closed = await this.close(manager, { sessionId, userId, leftAt: IsNull() });
        return closed.length ? { change: 'attendance.marked', attendance: closed } : null;
      }),
    );
  }

  /** Opens a presence unless one is open; the row opened, or null. */
  private async open(manager: EntityManager, sessionId: string, userId: string, inRoom: boolean): Promise<AttendanceView | null> {
    const attendances = manager.getRepository(Attendance);
    if (await attendances.exist({ where: { sessionId, userId, leftAt: IsNull() } })) return null;
    return attendanceView(await attendances.save({ sessionId, userId, inRoom, joinedAt: new Date(), leftAt: null }));
  }

  /** Closes the open presences that match; the rows closed. */
  private async close(manager: EntityManager, where: FindOptionsWhere<Attendance>): Promise<AttendanceView[]> {
    const open = await manager.getRepository(Attendance).find({ where, select: { id: true, userId: true, inRoom: true, joinedAt: true } });
    if (!open.length) return [];
    const leftAt = new Date();
    await manager.getRepository(Attendance).update({ id: In(open.map((row) => row.id)) }, { leftAt });
    return open.map((row) => attendanceView({ ...row, leftAt }));
  }

  /** Leaving closes the online presence (marked-in-room presence stays until the facilitator unmarks it). */
  private async leave(actor: Actor, sessionId: string): Promise<{ seq: number }> {
    const { userId } = actor;
    const server = this.realtime.server;
    const room = sessionRoom(await this.room.dossierOf(sessionId), sessionId);
    // This instance's sockets only: asking every instance would hold the answer for seconds.
    const stillHere = server ? (await server.in(room).local.fetchSockets()).some((s) => s.data.actor?.userId === userId) : false;
    return this.room.change(actor, sessionId, 'session:leave', async ({ manager }) => {
      if (stillHere) return null;
      const closed = await this.close(manager, { sessionId, userId, leftAt: IsNull(), inRoom: false });
      return closed.length ? { change: 'attendance.left', attendance: closed } : null;
    });
  }
}
