import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { notFound } from '../common/errors';
import { Participant } from '../dossiers/participant.entity';
import { RealtimeService } from '../realtime/realtime.service';
import { Attendance } from './attendance.entity';
import { caucusRoom, sessionRoom } from '../dossiers/dossier-rooms';
import { LiveRoom } from './live-room.service';

/** Joining the live room (and who was there, when); the facilitator marks people present in the room. */
@Injectable()
export class AttendanceHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
  ) {}

  onModuleInit(): void {
    this.realtime.on('session:join', async (actor, { sessionId }, socket) => {
      let rooms: string[] = [];
      const result = await this.room.change(actor, sessionId, 'session.join', async ({ manager, session, standing }) => {
        rooms = [sessionRoom(session.dossierId, sessionId)];
        if (standing.role === 'DELEGATE' && standing.delegationId) rooms.push(caucusRoom(session.dossierId, sessionId, standing.delegationId));
        if (!standing.role) return null; // administrators watch without attending
        return (await this.open(manager, sessionId, actor.userId, false)) ? 'attendance.joined' : null;
      });
      await socket.join(rooms);
      // One disconnect listener per socket, whatever the number of joins.
      const joined: Set<string> = (socket.data.sessions ??= new Set<string>());
      if (joined.size === 0) {
        socket.once('disconnect', () => {
          for (const id of joined) void this.leave(actor.userId, id).catch(() => undefined);
        });
      }
      joined.add(sessionId);
      return result;
    });

    this.realtime.on('session:leave', async (actor, { sessionId }, socket) => {
      const dossierId = await this.room.dossierOf(sessionId);
      for (const room of [...socket.rooms]) if (room.startsWith(sessionRoom(dossierId, sessionId))) await socket.leave(room);
      return this.leave(actor.userId, sessionId);
    });

    this.realtime.on('attendance:mark', (actor, { sessionId, userId, present }) =>
      this.room.change(actor, sessionId, 'session.run', async ({ manager, session }) => {
        if (!(await manager.getRepository(Participant).exist({ where: { dossierId: session.dossierId, userId } }))) throw notFound('The participant');
        if (present) return (await this.open(manager, sessionId, userId, true)) ? 'attendance.marked' : null;
        const closed = await manager.getRepository(Attendance).update({ sessionId, userId, leftAt: IsNull() }, { leftAt: new Date() });
        return closed.affected ? 'attendance.marked' : null;
      }),
    );
  }

  private async open(manager: EntityManager, sessionId: string, userId: string, inRoom: boolean): Promise<boolean> {
    const attendances = manager.getRepository(Attendance);
    if (await attendances.exist({ where: { sessionId, userId, leftAt: IsNull() } })) return false;
    await attendances.save({ sessionId, userId, inRoom, joinedAt: new Date(), leftAt: null });
    return true;
  }

  /** Leaving closes the online presence (marked-in-room presence stays until the facilitator unmarks it). */
  private async leave(userId: string, sessionId: string): Promise<{ seq: number }> {
    const server = this.realtime.server;
    const room = sessionRoom(await this.room.dossierOf(sessionId), sessionId);
    // This instance's sockets only: asking every instance would hold the answer for seconds.
    const stillHere = server ? (await server.in(room).local.fetchSockets()).some((s) => s.data.actor?.userId === userId) : false;
    const actor = { userId, email: '', role: 'MEMBER', locale: 'en', organizationKinds: [] } as const;
    return this.room.change({ ...actor, organizationKinds: [] }, sessionId, 'session.join', async ({ manager }) => {
      if (stillHere) return null;
      const closed = await manager.getRepository(Attendance).update({ sessionId, userId, leftAt: IsNull(), inRoom: false }, { leftAt: new Date() });
      return closed.affected ? 'attendance.left' : null;
    });
  }
}
