import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CONSTITUENCIES, mayMoveDossier } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { canInDossier, type DossierStanding } from '../access/dossier-policy';
import { badInput, forbidden } from '../common/errors';
import { AuditService } from '../audit/audit.service';
import { STATUS_CHANGED } from './dossier-status-history';
import { ReferenceService } from '../reference/reference.service';
import { Delegation } from './delegation.entity';
import { DossierClosingRules } from './dossier-closing-rules';
import { Dossier } from './dossier.entity';
import type { CreateDossierInput, UpdateDossierInput } from './dto/dossier.inputs';
import { Participant } from './participant.entity';

@Injectable()
export class DossiersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reference: ReferenceService,
    private readonly closingRules: DossierClosingRules,
  ) {}

  /** The dossiers a person takes part in; administrators see all. */
  listFor(actor: Actor): Promise<Dossier[]> {
    const query = this.dataSource.getRepository(Dossier).createQueryBuilder('d').orderBy('d.updated_at', 'DESC');
    if (actor.role !== 'ADMIN') {
      query.innerJoin(Participant, 'p', 'p.dossier_id = d.id AND p.user_id = :userId', { userId: actor.userId });
    }
    return query.getMany();
  }

  /** A dossier with its three delegations; its creator facilitates it. */
  async create(actor: Actor, input: CreateDossierInput): Promise<Dossier> {
    // Reference data, asked of its feature before the transaction (which holds the embedded database's one connection).
    const [country] = await this.reference.countriesByCode([input.countryCode]);
    if (country instanceof Error) throw country;
    const conventions = await this.reference.requireConventions(input.conventionCodes);
    return this.dataSource.transaction(async (manager) => {
      const dossier = await manager.getRepository(Dossier).save({
        title: input.title,
        summary: input.summary ?? '',
        kind: input.kind,
        countryCode: input.countryCode,
        commentsDeadline: input.commentsDeadline ?? null,
        observersMayComment: input.observersMayComment ?? false,
        c144Subject: input.c144Subject ?? null,
        conventions,
        createdById: actor.userId,
      });
      await manager.getRepository(Delegation).save(CONSTITUENCIES.map((constituency) => ({ dossierId: dossier.id, constituency })));
      await manager.getRepository(Participant).save({ dossierId: dossier.id, userId: actor.userId, role: 'FACILITATOR', delegationId: null, isLead: false });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'dossier.created',
        subjectId: dossier.id,
        dossierId: dossier.id,
        data: { title: dossier.title, kind: dossier.kind, country: dossier.countryCode, ...(dossier.c144Subject ? { c144Subject: dossier.c144Subject } : {}) },
      });
      return dossier;
    });
  }

  async update(actor: Actor, dossier: Dossier, input: UpdateDossierInput, standing: DossierStanding): Promise<Dossier> {
    const from = dossier.status;
    if (input.status && !mayMoveDossier(from, input.status)) {
      const message = `A dossier cannot go from ${from} to ${input.status}.`;
      throw badInput(message, [{ field: 'status', message, constraint: 'transition', params: { from, to: input.status } }]);
    }
    const conventions = input.conventionCodes ? await this.reference.requireConventions(input.conventionCodes) : null;
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<Dossier> = {};
      if (input.title) changes.title = input.title;
      if (input.summary !== undefined && input.summary !== null) changes.summary = input.summary;
      if (input.status) changes.status = input.status;
      if (input.commentsDeadline !== undefined) changes.commentsDeadline = input.commentsDeadline;
      if (input.observersMayComment !== undefined && input.observersMayComment !== null) {
        changes.observersMayComment = input.observersMayComment;
      }
      const updated = manager.getRepository(Dossier).merge(dossier, changes);
      if (conventions) updated.conventions = conventions;
      const saved = await manager.getRepository(Dossier).save(updated);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'dossier.updated',
        subjectId: dossier.id,
        dossierId: dossier.id,
        data: { ...changes, ...(input.conventionCodes ? { conventionCodes: input.conventionCodes } : {}) },
      });
      if (changes.status === 'CONCLUDED' && from !== 'CONCLUDED') await this.checkClosing(manager, actor, dossier.id, standing, input.closingNote);
      if (changes.status && changes.status !== from) {
        await this.audit.record(manager, { actorId: actor.userId, action: STATUS_CHANGED, subjectId: dossier.id, dossierId: dossier.id, data: { from, to: changes.status } });
      }
      return saved;
    });
  }

  /**
   * A dossier is concluded only when what must hold does (every submitted contribution answered), or
   * when its facilitator records why not: refused otherwise, saying what is left; the note is audited.
   */
  private async checkClosing(manager: EntityManager, actor: Actor, dossierId: string, standing: DossierStanding, closingNote: string | undefined): Promise<void> {
    const obstacles = await this.closingRules.obstacles(manager, dossierId);
    if (!obstacles.length) return;
    if (!closingNote) {
      throw badInput(
        obstacles.map((obstacle) => obstacle.message).join(' '),
        obstacles.map(({ constraint, message, params }) => ({ field: 'closingNote', message, constraint, params })),
      );
    }
    if (!canInDossier(standing, 'dossier.conclude-anyway')) throw forbidden('Only the facilitator may conclude a dossier with something left undone.');
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'dossier.concluded-anyway',
      subjectId: dossierId,
      dossierId,
      data: { note: closingNote, obstacles: obstacles.map(({ constraint, params }) => ({ constraint, ...params })) },
    });
  }
}
