import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { badInput } from '../common/errors';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { User } from '../people/user.entity';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogEvent, AuditLogPage } from './audit-log.types';

const MAX_PAGE = 200;

@Resolver(() => AuditLogEvent)
export class AuditLogResolver {
  constructor(
    private readonly access: DossierAccess,
    private readonly log: AuditLogRepository,
    private readonly reads: DossierReads,
  ) {}

  @InDossier('audit.read')
  @Query(() => AuditLogPage, { description: 'The dossier’s activity log: the audited acts this person may see (the policy’s canSeeAuditEvent), newest first.' })
  async dossierActivity(
    @CurrentActor() actor: Actor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => String, nullable: true, description: 'The chainSeq of the oldest event already shown.' }) before: string | null,
  ): Promise<AuditLogPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}.`, [{ field: 'first', message: `Between 1 and ${MAX_PAGE}.`, constraint: 'range' }]);
    if (before !== null && before !== undefined && !/^\d{1,18}$/.test(before)) throw badInput('before must be a chainSeq.', [{ field: 'before', message: 'A chainSeq.', constraint: 'format' }]);
    const { dossier, standing } = await this.access.require(actor, dossierId, 'audit.read');
    const rows = await this.log.page(standing, dossier.id, first + 1, before ?? null);
    const sides = await this.reads.sidesOf(rows.flatMap((row) => (row.delegationId ? [row.delegationId] : [])));
    return {
      hasMore: rows.length > first,
      events: rows.slice(0, first).map(({ delegationId, data, ...row }) => ({ ...row, side: delegationId ? sides.get(delegationId) ?? null : null, data: JSON.stringify(data) })),
    };
  }

  @ResolveField(() => User, { nullable: true, description: 'Who acted (null: the system).' })
  async actor(@Parent() event: AuditLogEvent, @Context('req') request: object): Promise<User | null> {
    return event.actorId ? ((await this.reads.user(request, event.actorId)) ?? null) : null;
  }
}
