import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ProvisionDirectoryModule } from '../dossiers/drafts/provision-directory.module';
import { PositionsResolver } from './positions.resolver';
import { SubmissionDirectory } from './submission-directory';
import { PositionsService } from './positions.service';

@Module({ imports: [DossiersModule, ProvisionDirectoryModule], providers: [PositionsService, PositionsResolver, SubmissionDirectory], exports: [SubmissionDirectory] })
export class PositionsModule {}
