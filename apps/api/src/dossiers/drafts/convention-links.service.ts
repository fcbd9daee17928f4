import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ServerEventPayload } from '@tripart/contracts';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { badInput, notFound } from '../../common/errors';
import { RealtimeService } from '../../realtime/realtime.service';
import { Convention } from '../../reference/convention.entity';
import { DossierAccess } from '../../access/dossier-access.service';
import { plenaryRoom } from '../dossier-rooms';
import { ConventionLink } from './convention-link.entity';
import type { LinkConventionInput } from './convention-link.inputs';
import { Draft } from './draft.entity';
import { Provision } from './provision.entity';
import { isUuid } from '../../common/ids';

type LinkChange = ServerEventPayload<'convention-links:changed'>['change'];


/** Writing the gap analysis (facilitators): each change audited in its transaction, then announced to the plenary. */
@Injectable()
export class ConventionLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Links a provision to a convention article; linking the same article again replaces its gap note (and so reviews it). */
  async link(actor: Actor, input: LinkConventionInput): Promise<ConventionLink> {
    const provision = await this.dataSource.getRepository(Provision).findOne({ where: { id: input.provisionId } });
    if (!provision) throw notFound('The provision');
    const draft = await this.dataSource.getRepository(Draft).findOneOrFail({ where: { id: provision.draftId } });
    await this.access.require(actor, draft.dossierId, 'dossier.manage', 'The provision');
    if (!(await this.dataSource.getRepository(Convention).exist({ where: { code: input.conventionCode } }))) {
      throw badInput(`Unknown convention ${input.conventionCode}.`, [{ field: 'conventionCode', message: 'Unknown convention.' }]);
    }
    const { link, change } = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.getRepository(ConventionLink).findOne({
        where: { provisionId: provision.id, conventionCode: input.conventionCode, article: input.article },
      });
      const saved = await manager.getRepository(ConventionLink).save({ ...(existing ?? {}), ...input, needsReview: false, createdById: actor.userId });
      await this.audit.record(manager, { actorId: actor.userId, action: 'convention.linked', subjectId: provision.id, dossierId: draft.dossierId, data: { ...input } });
      return { link: saved, change: (existing ? 'updated' : 'linked') as LinkChange };
    });
    this.notify(draft.dossierId, provision.id, change);
    return link;
  }

  async unlink(actor: Actor, id: string): Promise<true> {
    const { link, dossierId } = await this.managedLink(actor, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ConventionLink).delete({ id });
      await this.audit.record(manager, { actorId: actor.userId, action: 'convention.unlinked', subjectId: link.provisionId, dossierId, data: { conventionCode: link.conventionCode, article: link.article } });
    });
    this.notify(dossierId, link.provisionId, 'unlinked');
    return true;
  }

  /** The facilitator has checked a carried link's gap note against the changed provision: it no longer awaits review. */
  async markReviewed(actor: Actor, id: string): Promise<ConventionLink> {
    const { link, dossierId } = await this.managedLink(actor, id);
    const reviewed = await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.getRepository(ConventionLink).update({ id }, { needsReview: false });
      if (!affected) throw notFound('The link'); // removed meanwhile
      await this.audit.record(manager, { actorId: actor.userId, action: 'convention.reviewed', subjectId: link.provisionId, dossierId, data: { conventionCode: link.conventionCode, article: link.article } });
      return manager.getRepository(ConventionLink).findOneByOrFail({ id });
    });
    this.notify(dossierId, link.provisionId, 'updated');
    return reviewed;
  }

  /** A link the actor may change, with its dossier; an unknown id is not found, before any rights are checked. */
  private async managedLink(actor: Actor, id: string): Promise<{ link: ConventionLink; dossierId: string }> {
    const link = isUuid(id) ? await this.dataSource.getRepository(ConventionLink).findOne({ where: { id } }) : null;
    if (!link) throw notFound('The link');
    const [row]: Array<{ dossier_id: string }> = await this.dataSource.query('SELECT d.dossier_id FROM provision p JOIN draft d ON d.id = p.draft_id WHERE p.id = $1', [link.provisionId]);
    if (!row) throw notFound('The link'); // its draft was removed meanwhile
    const dossierId = row.dossier_id;
    await this.access.require(actor, dossierId, 'dossier.manage', 'The link');
    return { link, dossierId };
  }

  /** Links are plenary information: every open browser of the dossier, after the commit. */
  private notify(dossierId: string, provisionId: string, change: LinkChange): void {
    const event: ServerEventPayload<'convention-links:changed'> = { dossierId, provisionId, change };
    this.realtime.notify(plenaryRoom(dossierId), 'convention-links:changed', event);
  }
}
