import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { C144Subject } from '@tripart/contracts';
import { InDossier } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { DossierAccess } from '../access/dossier-access.service';
import { C144SubjectEnum, Dossier } from './dossier.entity';
import { DossierC144SubjectService } from './dossier-c144-subject.service';

@Resolver(() => Dossier)
export class DossierC144SubjectResolver {
  constructor(
    private readonly access: DossierAccess,
    private readonly subjects: DossierC144SubjectService,
  ) {}

  @InDossier('dossier.manage')
  @Mutation(() => Dossier, { description: 'Say which C144 Article 5(1) item (a–e) the dossier concerns, or none (null): the facilitators’ and administrators’ call, audited.' })
  async setDossierC144Subject(
    @CurrentActor() actor: Actor,
    @Args('dossierId', { type: () => ID }) dossierId: string,
    @Args('subject', { type: () => C144SubjectEnum, nullable: true }) subject: C144Subject | null,
  ): Promise<Dossier> {
    const { dossier } = await this.access.require(actor, dossierId, 'dossier.manage');
    return this.subjects.set(actor, dossier, subject ?? null);
  }
}
