import { Global, Module } from '@nestjs/common';
import { AccessChanges } from './access-changes';
import { PresenceHandlers } from './presence.handlers';
import { RealtimeService } from './realtime.service';

@Global()
@Module({ providers: [RealtimeService, PresenceHandlers, AccessChanges], exports: [RealtimeService, AccessChanges] })
export class RealtimeModule {}
