import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { PositionsModule } from '../positions/positions.module';
import { EvidenceResolver } from './evidence.resolver';

/** The C144 evidence pack of a dossier: what its audit trail proves, in one document. */
@Module({ imports: [DossiersModule, PositionsModule], providers: [EvidenceResolver] })
export class EvidenceModule {}
