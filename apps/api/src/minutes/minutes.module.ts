import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { MinutesExportController } from './export/minutes-export.controller';
import { MinutesExport } from './export/minutes-export.service';
import { MinutesRepository } from './minutes.repository';
import { MinutesResolver } from './minutes.resolver';
import { MinutesService } from './minutes.service';

/** Minutes of sessions: generated from the record, approved by the three sides and the chair, sealed. */
@Module({
  imports: [DossiersModule],
  providers: [MinutesRepository, MinutesService, MinutesResolver, MinutesExport],
  controllers: [MinutesExportController],
})
export class MinutesModule {}
