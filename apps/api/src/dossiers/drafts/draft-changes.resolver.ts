import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Draft } from './draft.entity';
import { ProvisionDirectory } from './provision-directory';
import { RemovedProvision, removedProvisions } from './removed-provisions';

/** What a version changed that its own provisions cannot show: what it took out. */
@Resolver(() => Draft)
export class DraftChangesResolver {
  constructor(private readonly provisions: ProvisionDirectory) {}

  @ResolveField(() => [RemovedProvision], { description: 'Provisions of the previous version that nothing here follows, each placed where it stood; empty for the first version.' })
  async removedSincePrevious(@Parent() draft: Draft): Promise<RemovedProvision[]> {
    if (draft.version <= 1) return [];
    const previous = await this.provisions.draftVersion(draft.dossierId, draft.version - 1);
    if (!previous) return [];
    const [before, now] = await Promise.all([this.provisions.ofDraft(previous.id), this.provisions.ofDraft(draft.id)]);
    return removedProvisions(before, now);
  }
}
