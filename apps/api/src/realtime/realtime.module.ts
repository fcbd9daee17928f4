import { Global, Module } from '@nestjs/common';
import { AccessChanges } from './access-changes';
import { ClientEventDispatcher } from './client-event-dispatcher';
import { PresenceHandlers } from './presence.handlers';
import { RealtimeService } from './realtime.service';
import { ServerBus } from './server-bus';
import { SocketAuth } from './socket-auth';
import { SocketRecovery } from './socket-recovery';
import { SocketServer } from './socket-server';

@Global()
@Module({
  providers: [SocketServer, SocketAuth, ClientEventDispatcher, SocketRecovery, ServerBus, RealtimeService, PresenceHandlers, AccessChanges],
  exports: [RealtimeService, AccessChanges],
})
export class RealtimeModule {}
