import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RealtimeService } from './realtime.service';

/** `presence:ping`: the server's clock, so that clients can correct countdowns. */
@Injectable()
export class PresenceHandlers implements OnModuleInit {
  constructor(private readonly realtime: RealtimeService) {}

  onModuleInit(): void {
    this.realtime.on('presence:ping', (actor) => ({ serverTime: Date.now(), userId: actor.userId }));
  }
}
