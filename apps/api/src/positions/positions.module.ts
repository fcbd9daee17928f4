import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { PositionsResolver } from './positions.resolver';
import { PositionsService } from './positions.service';

@Module({ imports: [DossiersModule], providers: [PositionsService, PositionsResolver] })
export class PositionsModule {}
