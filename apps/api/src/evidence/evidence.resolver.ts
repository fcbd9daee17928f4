import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { SubmissionDirectory } from '../positions/submission-directory';
import { readEvidencePack } from './evidence-pack.reader';
import { EvidencePack } from './evidence-pack.types';

@Resolver(() => EvidencePack)
export class EvidenceResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly submissions: SubmissionDirectory,
  ) {}

  @InDossier('evidence.read')
  @Query(() => EvidencePack, { description: 'The dossier’s C144 evidence pack, generated from its audit trail: each fact names the event that proves it.' })
  async evidencePack(@CurrentActor() actor: Actor, @Args('dossierId', { type: () => ID }) dossierId: string): Promise<EvidencePack> {
    await this.access.require(actor, dossierId, 'evidence.read');
    // One snapshot of the trail and the records it points at.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) =>
      readEvidencePack(manager, dossierId, await this.submissions.latestOf(dossierId, manager), actor.locale),
    );
  }
}
