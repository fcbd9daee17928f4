import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access-rule.decorator';
import { AuditLogRepository } from './audit-log.repository';
import { AuditChainReport, AuditVerification } from './audit-log.types';
import { AuditService } from './audit.service';

@Resolver(() => AuditVerification)
export class AuditVerificationResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly log: AuditLogRepository,
  ) {}

  @Allow('audit.verify')
  @Query(() => AuditVerification, { description: 'Verifies every audit chain now, as `npm run audit:verify` does: each chain’s state and first broken link.' })
  async auditVerification(): Promise<AuditVerification> {
    const { summary, chains } = await this.audit.verifyAll();
    const titles = await this.log.dossierTitles(chains.flatMap((chain) => (chain.dossierId ? [chain.dossierId] : [])));
    const reports: AuditChainReport[] = chains.map((chain) => ({ ...chain, dossierTitle: chain.dossierId ? titles.get(chain.dossierId) ?? null : null }));
    reports.sort((a, b) => Number(Boolean(b.broken)) - Number(Boolean(a.broken)) || (a.dossierTitle ?? '').localeCompare(b.dossierTitle ?? '') || a.chain.localeCompare(b.chain));
    return { verifiedAt: new Date(), events: summary.events, brokenChains: summary.brokenChains, milliseconds: summary.milliseconds, chains: reports };
  }
}
