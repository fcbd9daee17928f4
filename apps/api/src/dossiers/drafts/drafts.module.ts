import { Module } from '@nestjs/common';
import { CommentsModule } from '../../comments/comments.module';
import { DossiersModule } from '../dossiers.module';
import { ConventionLinksResolver, DossierCoverageResolver } from './convention-links.resolver';
import { ConventionLinkReads } from './convention-link-reads.repository';
import { ConventionLinksService } from './convention-links.service';
import { DraftChangesResolver } from './draft-changes.resolver';
import { DraftsController } from './drafts.controller';
import { DossierDraftsResolver, DraftsResolver } from './drafts.resolver';
import { DraftsService } from './drafts.service';
import { DraftImportQueue } from './import/draft-import-queue';
import { ProvisionDirectoryModule } from './provision-directory.module';
import { ProvisionReads } from './provision-reads.repository';
import { ProvisionsResolver } from './provisions.resolver';
import { DraftProvisionsReader } from './draft-provisions.reader';

@Module({
  imports: [DossiersModule, CommentsModule, ProvisionDirectoryModule],
  controllers: [DraftsController],
  providers: [DraftImportQueue, ConventionLinksService, ConventionLinkReads, ConventionLinksResolver, DossierCoverageResolver, DraftsService, DraftsResolver, DraftChangesResolver, DossierDraftsResolver, ProvisionReads, DraftProvisionsReader, ProvisionsResolver],
  exports: [DraftsService],
})
export class DraftsModule {}
