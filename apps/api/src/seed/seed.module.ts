import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { DraftsModule } from '../dossiers/drafts/drafts.module';
import { DemoDossierSeed } from './demo-dossier.seed';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [DossiersModule, DraftsModule, CommentsModule],
  providers: [DemoSeedService, DemoDossierSeed],
  exports: [DemoSeedService],
})
export class SeedModule {}
