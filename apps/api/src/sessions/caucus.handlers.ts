import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { CaucusMessageEvent } from '@tripart/contracts';
import { RealtimeService } from '../realtime/realtime.service';
import { conflict } from '../common/errors';
import { openRound } from './room-rules';
import { caucusRoom } from '../dossiers/dossier-rooms';
import { LiveRoom } from './live-room.service';

/** A delegation's private channel in a session: stored, and sent to that delegation's sockets only. */
@Injectable()
export class CaucusHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly room: LiveRoom,
  ) {}

  onModuleInit(): void {
    this.realtime.on('caucus:say', async (actor, { sessionId, body }) => {
      let event: CaucusMessageEvent | undefined;
      let room = '';
      const result = await this.room.change(actor, sessionId, 'caucus:say', async ({ store, session, standing }) => {
        const round = await openRound(store, session);
        if (round.kind !== 'CAUCUS_BREAK') throw conflict('The caucus channel opens during a caucus break.');
        const message = await store.sayInCaucus({ sessionId, delegationId: standing.delegationId!, authorId: actor.userId, body });
        const author = await store.person(actor.userId);
        event = { sessionId, message: { id: message.id, authorName: author.displayName, body, createdAt: message.createdAt.toISOString() } };
        room = caucusRoom(session.dossierId, sessionId, standing.delegationId!);
        return null; // private: the session's shared sequence does not move
      });
      if (event) this.realtime.notify(room, 'caucus:message', event);
      return result;
    });
  }
}
