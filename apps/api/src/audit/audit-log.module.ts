import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditVerificationResolver } from './audit-verification.resolver';

/** The trail's readers: a dossier's activity log and the administrators' verification (AuditModule appends; it is global). */
@Module({
  imports: [DossiersModule],
  providers: [AuditLogRepository, AuditLogResolver, AuditVerificationResolver],
})
export class AuditLogModule {}
