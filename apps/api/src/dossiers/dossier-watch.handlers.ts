import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { DossierAction } from '../access/dossier-policy';
import { RealtimeService } from '../realtime/realtime.service';
import { DossierAccess } from '../access/dossier-access.service';
import { delegationRoom, plenaryRoom } from './dossier-rooms';

/** What `dossier:watch` asks of the policy in the dossier it names (the access snapshot records it). */
export const DOSSIER_WATCH_RULE = 'dossier.read' satisfies DossierAction;

/** `dossier:watch` joins the dossier's plenary room and, for a delegate, their delegation's room. */
@Injectable()
export class DossierWatchHandlers implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly access: DossierAccess,
  ) {}

  onModuleInit(): void {
    this.realtime.on('dossier:watch', async (actor, { dossierId }, socket) => {
      const { standing } = await this.access.require(actor, dossierId, DOSSIER_WATCH_RULE);
      await socket.join(plenaryRoom(dossierId));
      if (standing.role === 'DELEGATE' && standing.delegationId) await socket.join(delegationRoom(dossierId, standing.delegationId));
      return { dossierId };
    });
    // Leaves what `dossier:watch` joined, nothing else: a live session of the dossier (its own rooms) stays joined.
    this.realtime.on('dossier:unwatch', async (_actor, { dossierId }, socket) => {
      for (const room of [...socket.rooms]) {
        if (room === plenaryRoom(dossierId) || room.startsWith(`dossier:${dossierId}:delegation:`)) await socket.leave(room);
      }
      return { dossierId };
    });
  }
}
