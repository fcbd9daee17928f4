import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ReferenceModule } from '../reference/reference.module';
import { RatificationsImportController } from './ratifications-import.controller';
import { RatificationsRepository } from './ratifications.repository';
import { RatificationsResolver } from './ratifications.resolver';
import { RatificationsService } from './ratifications.service';

/** Each country's register of ILO instruments: status, dates, denunciations, declarations; imported from NORMLEX-style tables. */
@Module({
  imports: [ReferenceModule, DossiersModule],
  controllers: [RatificationsImportController],
  providers: [RatificationsRepository, RatificationsService, RatificationsResolver],
  exports: [RatificationsService],
})
export class RatificationsModule {}
