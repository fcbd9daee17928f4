import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { PositionsModule } from '../positions/positions.module';
import { EvidenceExportController } from './export/evidence-export.controller';
import { EvidenceExport } from './export/evidence-export.service';
import { EvidenceResolver } from './evidence.resolver';

/** The C144 evidence pack of a dossier: what its audit trail proves, in one document (on screen, PDF/A, Word). */
@Module({ imports: [DossiersModule, PositionsModule], controllers: [EvidenceExportController], providers: [EvidenceResolver, EvidenceExport] })
export class EvidenceModule {}
