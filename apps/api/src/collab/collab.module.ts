import { Global, Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { CollabAccess } from './collab-access.service';
import { CollabServer } from './collab.server';

@Global()
@Module({
  imports: [DossiersModule],
  providers: [CollabAccess, CollabServer],
  exports: [CollabServer],
})
export class CollabModule {}
