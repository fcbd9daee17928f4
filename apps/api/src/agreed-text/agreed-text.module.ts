import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ProvisionDirectoryModule } from '../dossiers/drafts/provision-directory.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AgreedTextController } from './agreed-text.controller';
import { AgreedTextReader } from './agreed-text.reader';
import { AgreedTextExport } from './agreed-text.service';

/** The texts agreed in a dossier's sessions, in place in its newest draft: an Akoma Ntoso bill. */
@Module({ imports: [DossiersModule, ProvisionDirectoryModule, SessionsModule], controllers: [AgreedTextController], providers: [AgreedTextReader, AgreedTextExport] })
export class AgreedTextModule {}
