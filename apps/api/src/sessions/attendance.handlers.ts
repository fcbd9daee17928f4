import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../access/actor';
import { notFound } from '../common/errors';
import { RealtimeService } from '../realtime/realtime.service';
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
      const result = await this.room.change(actor, sessionId, 'session:join', async ({ store, session, standing }) => {
        const rooms = [sessionRoom(session.dossierId, sessionId)];
        if (standing.role === 'DELEGATE' && standing.delegationId) rooms.push(caucusRoom(session.dossierId, sessionId, standing.delegationId));
        // In the room (authorized by now) before this change is told: the joiner gets its own arrival, and its
        // state has no gap to fetch again for. A join that then fails leaves it in a room it may be in.
        await socket.join(rooms);
        if (!standing.role) return null; // administrators watch without attending
        const opened = await store.openAttendance(sessionId, actor.userId, false);
        return opened ? { change: 'attendance.joined', attendance: [attendanceView(opened)] } : null;
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
      this.room.change(actor, sessionId, 'attendance:mark', async ({ store, session }) => {
        if (!(await store.hasSeat(session.dossierId, userId))) throw notFound('The participant');
        if (present) {
          const opened = await store.openAttendance(sessionId, userId, true);
          return opened ? { change: 'attendance.marked', attendance: [attendanceView(opened)] } : null;
        }
        const closed = await store.closeAttendances(sessionId, userId);
        return closed.length ? { change: 'attendance.marked', attendance: closed.map(attendanceView) } : null;
      }),
    );
  }

  /** Leaving closes the online presence (marked-in-room presence stays until the facilitator unmarks it). */
  private async leave(actor: Actor, sessionId: string): Promise<{ seq: number }> {
    const { userId } = actor;
    const room = sessionRoom(await this.room.dossierOf(sessionId), sessionId);
    const stillHere = await this.realtime.hasLocalSocketIn(room, userId);
    return this.room.change(actor, sessionId, 'session:leave', async ({ store }) => {
      if (stillHere) return null;
      const closed = await store.closeAttendances(sessionId, userId, { inRoom: false });
      return closed.length ? { change: 'attendance.left', attendance: closed.map(attendanceView) } : null;
    });
  }
}
