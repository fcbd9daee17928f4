import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module';
import { DossierAccess } from '../access/dossier-access.service';
import { DossierC144SubjectResolver } from './dossier-c144-subject.resolver';
import { DossierC144SubjectService } from './dossier-c144-subject.service';
import { DossierClosingRules } from './dossier-closing-rules';
import { DossierReads } from './dossier-reads.repository';
import { DossierStatusHistoryResolver } from './dossier-status-history.resolver';
import { DossierRoomsRecovery } from './dossier-rooms.recovery';
import { DossierWatchHandlers } from './dossier-watch.handlers';
import { DossiersResolver } from './dossiers.resolver';
import { DossiersService } from './dossiers.service';
import { DelegationsResolver, ParticipantsResolver } from './participants.resolver';
import { DelegationProposalsResolver, DelegationRequestsResolver } from './delegation-requests.resolver';
import { DelegationRequestsService } from './delegation-requests.service';
import { ParticipantsService } from './participants.service';

@Module({
  imports: [ReferenceModule],
  providers: [
    DossierAccess,
    DossierReads,
    DossierClosingRules,
    DossiersService,
    DossiersResolver,
    DossierStatusHistoryResolver,
    DossierC144SubjectService,
    DossierC144SubjectResolver,
    ParticipantsService,
    ParticipantsResolver,
    DelegationsResolver,
    DelegationRequestsService,
    DelegationRequestsResolver,
    DelegationProposalsResolver,
    DossierWatchHandlers,
    DossierRoomsRecovery,
  ],
  exports: [DossierAccess, DossierReads, DossierClosingRules, DossiersService, ParticipantsService],
})
export class DossiersModule {}
