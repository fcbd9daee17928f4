import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ProvisionDirectoryModule } from '../dossiers/drafts/provision-directory.module';
import { CommentExport } from './comment-export.service';
import { CommentReader } from './comment-reader.service';
import { CommentsExportController } from './comments-export.controller';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { EarlierCommentsResolver } from './earlier-comments.resolver';
import { MentionCandidatesResolver } from './mention-candidates.resolver';
import { MentionReads } from './mention-reads.repository';
import { MentionsResolver } from './mentions.resolver';

@Module({
  imports: [DossiersModule, ProvisionDirectoryModule],
  controllers: [CommentsExportController],
  providers: [CommentExport, CommentReader, CommentsService, CommentsResolver, EarlierCommentsResolver, MentionReads, MentionsResolver, MentionCandidatesResolver],
  exports: [CommentReader, CommentsService],
})
export class CommentsModule {}
