import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ProvisionDirectoryModule } from '../dossiers/drafts/provision-directory.module';
import { PositionsModule } from '../positions/positions.module';
import { ResponsesModule } from '../responses/responses.module';
import { SessionsModule } from '../sessions/sessions.module';
import { MatrixExportController } from './matrix-export.controller';
import { MatrixExport } from './matrix-export.service';
import { MatrixReader } from './matrix.reader';

/** The consensus matrix printed (PDF/A, Word): the web's rows, built by the same function in libs/contracts. */
@Module({ imports: [DossiersModule, ProvisionDirectoryModule, SessionsModule, PositionsModule, ResponsesModule], controllers: [MatrixExportController], providers: [MatrixReader, MatrixExport] })
export class ConsensusMatrixModule {}
