import { Module } from '@nestjs/common';
import { ProvisionDirectoryModule } from '../dossiers/drafts/provision-directory.module';
import { PositionsModule } from '../positions/positions.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { AgendaItemsResolver, DossierOutcomesResolver } from './agenda-items.resolver';
import { AttendanceHandlers } from './attendance.handlers';
import { CaucusHandlers } from './caucus.handlers';
import { CaucusResolver } from './caucus.resolver';
import { ConsensusHandlers } from './consensus.handlers';
import { DraftingHandlers } from './drafting.handlers';
import { JointTextHandlers } from './joint-text.handlers';
import { ItemReopenHandlers } from './item-reopen.handlers';
import { FloorHandlers } from './floor.handlers';
import { LiveRoom } from './live-room.service';
import { QueueHandlers } from './queue.handlers';
import { RoundsHandlers } from './rounds.handlers';
import { DossierSessionsResolver, SessionsResolver } from './sessions.resolver';
import { SessionReads } from './session-reads.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [DossiersModule, ProvisionDirectoryModule, PositionsModule],
  providers: [
    LiveRoom,
    SessionReads,
    SessionsService,
    SessionsResolver,
    DossierSessionsResolver,
    AgendaItemsResolver,
    DossierOutcomesResolver,
    AttendanceHandlers,
    QueueHandlers,
    FloorHandlers,
    RoundsHandlers,
    ConsensusHandlers,
    CaucusHandlers,
    CaucusResolver,
    DraftingHandlers,
    JointTextHandlers,
    ItemReopenHandlers,
  ],
  exports: [SessionReads],
})
export class SessionsModule {}
