import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ProvisionDirectoryModule } from '../dossiers/drafts/provision-directory.module';
import { PositionsModule } from '../positions/positions.module';
import { ResponsesOverview } from './responses-overview';
import { ResponsesRepository } from './responses.repository';
import { ResponsesResolver } from './responses.resolver';
import { ResponsesService } from './responses.service';
import { UnansweredClosingRule } from './unanswered-closing-rule';

/** The government's response to every contribution, and the closing rule that waits for them. */
@Module({
  imports: [DossiersModule, ProvisionDirectoryModule, PositionsModule],
  providers: [ResponsesRepository, ResponsesService, ResponsesOverview, ResponsesResolver, UnansweredClosingRule],
  exports: [ResponsesOverview],
})
export class ResponsesModule {}
