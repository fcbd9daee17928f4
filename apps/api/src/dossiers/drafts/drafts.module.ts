import { Module } from '@nestjs/common';
import { CommentsModule } from '../../comments/comments.module';
import { DossiersModule } from '../dossiers.module';
import { DraftsController } from './drafts.controller';
import { DossierDraftsResolver, DraftsResolver } from './drafts.resolver';
import { DraftsService } from './drafts.service';
import { ProvisionsResolver } from './provisions.resolver';

@Module({
  imports: [DossiersModule, CommentsModule],
  controllers: [DraftsController],
  providers: [DraftsService, DraftsResolver, DossierDraftsResolver, ProvisionsResolver],
})
export class DraftsModule {}
