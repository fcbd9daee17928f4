import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { notFound } from '../common/errors';
import { Participant } from '../dossiers/participant.entity';
import { RealtimeService } from '../realtime/realtime.service';
import { Attendance } from './attendance.entity';
import { LiveRoom, sessionRoom } from './live-room.service';

/** Joining the live room (and who was there, when); the facilitator marks people present in the room. */
@Injectable()
export class AttendanceHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
  ) {}

  onModuleInit(): void {
    this.realtime.on('session:join', async (actor, { sessionId }, socket) => {
      const result = await this.room.change(actor, sessionId, 'session.join', async ({ manager, standing }) => {
        if (!standing.role) return null; // administrators watch without attending
        return (await this.open(manager, sessionId, actor.userId, false)) ? 'attendance.joined' : null;
      });
      await socket.join(sessionRoom(sessionId));
      socket.once('disconnect', () => void this.leave(actor.userId, sessionId).catch(() => undefined));
      return result;
    });

    this.realtime.on('session:leave', async (actor, { sessionId }, socket) => {
      await socket.leave(sessionRoom(sessionId));
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
    const stillHere = server ? (await server.in(sessionRoom(sessionId)).fetchSockets()).some((s) => s.data.actor?.userId === userId) : false;
    const actor = { userId, email: '', role: 'MEMBER', locale: 'en', organizationKinds: [] } as const;
    return this.room.change({ ...actor, organizationKinds: [] }, sessionId, 'session.join', async ({ manager }) => {
      if (stillHere) return null;
      const closed = await manager.getRepository(Attendance).update({ sessionId, userId, leftAt: IsNull(), inRoom: false }, { leftAt: new Date() });
      return closed.affected ? 'attendance.left' : null;
    });
  }
}
