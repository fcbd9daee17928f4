import { Args, Context, ID, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { InDossier } from '../../access/access-rule.decorator';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/current-actor.decorator';
import { badInput, notFound } from '../../common/errors';
import { DossierAccess } from '../../access/dossier-access.service';
import { isUuid } from '../../common/ids';
import { Dossier } from '../dossier.entity';
import { Draft } from './draft.entity';
import { DraftChangeSummary } from './draft.types';
import { Provision } from './provision.entity';
import { ProvisionReads } from './provision-reads.repository';
import { DraftProvisionsReader } from './draft-provisions.reader';

@Resolver(() => Draft)
export class DraftsResolver {
  constructor(
    private readonly reads: ProvisionReads,
    private readonly access: DossierAccess,
    private readonly provisionsReader: DraftProvisionsReader,
  ) {}

  @InDossier('dossier.read')
  @Query(() => Draft)
  async draft(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Context('req') request: object): Promise<Draft> {
    // The draft with its dossier and the reader's seat, in one statement; the policy judges them as it would its own read.
    const read = isUuid(id) ? await this.reads.draftWithSeat(id, actor.userId) : null;
    if (!read) throw notFound('The draft');
    await this.access.admitOnce(request, actor, read.found).catch(() => {
      throw notFound('The draft');
    });
    return read.draft;
  }

  /** At most this many provisions per `provisions(ids)` call. */
  static readonly MAX_PROVISIONS = 100;

  @InDossier('dossier.read')
  @Query(() => [Provision], {
    name: 'provisions',
    // Costs what it returns: each provision asked for counts with everything asked of it.
    complexity: ({ args, childComplexity }) => Math.max(1, Array.isArray(args.ids) ? args.ids.length : 1) * childComplexity,
    description: 'Some provisions, in the order asked (at most 100): e.g. to refresh the threads a live event names, without reloading the draft.',
  })
  async provisionsByIds(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Context('req') request: object,
  ): Promise<Provision[]> {
    if (ids.length > DraftsResolver.MAX_PROVISIONS) throw badInput(`Ask for at most ${DraftsResolver.MAX_PROVISIONS} provisions at once.`);
    const wanted = [...new Set(ids)];
    const { provisions, dossiers } = wanted.every((id) => isUuid(id)) ? await this.reads.provisionsWithSeats(wanted, actor.userId) : { provisions: [], dossiers: [] };
    // A provision of a dossier one may not read does not exist for them.
    for (const found of dossiers) {
      await this.access.admitOnce(request, actor, found).catch(() => {
        throw notFound('The provision');
      });
    }
    const byId = new Map(provisions.map((row) => [row.id, row]));
    return ids.map((id) => {
      const provision = byId.get(id);
      if (!provision) throw notFound('The provision');
      return provision;
    });
  }

  @ResolveField(() => [Provision], { description: 'Every provision, in document order.' })
  provisions(@Parent() draft: Draft, @CurrentActor() actor: Actor, @Context('req') request: object, @Info() info: GraphQLResolveInfo): Promise<Provision[]> {
    // With what the query asks of each provision (counts, links, threads) read side by side.
    return this.provisionsReader.provisionsOf(request, actor, draft, info);
  }

  @ResolveField(() => DraftChangeSummary, { nullable: true, description: 'Against the previous version; null for the first.' })
  async changeSummary(@Parent() draft: Draft): Promise<DraftChangeSummary | null> {
    return draft.version === 1 ? null : this.reads.changeSummary(draft);
  }
}

@Resolver(() => Dossier)
export class DossierDraftsResolver {
  constructor(private readonly reads: ProvisionReads) {}

  @ResolveField(() => [Draft], { description: 'Every version, newest first.' })
  drafts(@Parent() dossier: Dossier, @Context('req') request: object): Promise<Draft[]> {
    return this.reads.draftsOf(request, dossier.id);
  }

  @ResolveField(() => Draft, { nullable: true, description: 'The newest version.' })
  async currentDraft(@Parent() dossier: Dossier, @Context('req') request: object): Promise<Draft | null> {
    return (await this.reads.draftsOf(request, dossier.id))[0] ?? null;
  }
}
