import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { AuditService } from '../audit/audit.service';
import { User } from '../people/user.entity';
import { DossierReads } from './dossier-reads.repository';
import { DossierStatusChange, STATUS_CHANGED } from './dossier-status-history';

@Resolver(() => DossierStatusChange)
export class DossierStatusHistoryResolver {
  constructor(
    private readonly access: DossierAccess,
    private readonly audit: AuditService,
    private readonly reads: DossierReads,
  ) {}

  @InDossier('dossier.read')
  @Query(() => [DossierStatusChange], { description: 'Who moved the dossier’s status, when, from what to what; oldest first.' })
  async dossierStatusHistory(@CurrentActor() actor: Actor, @Args('dossierId', { type: () => ID }) dossierId: string): Promise<DossierStatusChange[]> {
    await this.access.require(actor, dossierId, 'dossier.read');
    const events = await this.audit.trailOf(dossierId, STATUS_CHANGED);
    return events.map((event) => ({ at: event.at, from: event.data.from, to: event.data.to, byId: event.actorId }) as DossierStatusChange);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who moved it.' })
  async by(@Parent() change: DossierStatusChange, @Context('req') request: object): Promise<User | null> {
    return change.byId ? ((await this.reads.user(request, change.byId)) ?? null) : null;
  }
}
