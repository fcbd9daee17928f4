import { Global, Module } from '@nestjs/common';
import { PresenceHandlers } from './presence.handlers';
import { RealtimeService } from './realtime.service';

@Global()
@Module({ providers: [RealtimeService, PresenceHandlers], exports: [RealtimeService] })
export class RealtimeModule {}
