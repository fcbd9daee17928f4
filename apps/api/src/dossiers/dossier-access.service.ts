import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { canInDossier, type DossierAction, type DossierStanding } from '../access/dossier-policy';
import { forbidden, notFound } from '../common/errors';
import { Dossier } from './dossier.entity';
import { Participant } from './participant.entity';

const STANDINGS = Symbol('tripart:standings');

export interface DossierAccessGrant {
  dossier: Dossier;
  standing: DossierStanding;
}

/** Answers "may this person do this in that dossier?" from the database, per call (membership changes apply at once). */
@Injectable()
export class DossierAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async standing(actor: Actor, dossier: Dossier): Promise<DossierStanding> {
    const participant = await this.dataSource
      .getRepository(Participant)
      .findOne({ where: { dossierId: dossier.id, userId: actor.userId } });
    return {
      actor,
      role: participant?.role ?? null,
      delegationId: participant?.delegationId ?? null,
      isLead: participant?.isLead ?? false,
      observersMayComment: dossier.observersMayComment,
    };
  }

  /** The standing for a dossier, once per request (resolvers of one query share it). */
  async standingOnce(request: object, actor: Actor, dossierId: string): Promise<DossierStanding> {
    const cache = ((request as { [STANDINGS]?: Map<string, Promise<DossierStanding>> })[STANDINGS] ??= new Map());
    let standing = cache.get(dossierId);
    if (!standing) {
      standing = this.require(actor, dossierId, 'dossier.read').then((grant) => grant.standing);
      cache.set(dossierId, standing);
    }
    return standing;
  }

  /**
   * The dossier and the person's standing, if they may do `action`. A dossier
   * they may not read does not exist for them (NOT_FOUND, never FORBIDDEN).
   */
  async require(actor: Actor, dossierId: string, action: DossierAction): Promise<DossierAccessGrant> {
    const dossier = /^[0-9a-f-]{36}$/i.test(dossierId)
      ? await this.dataSource.getRepository(Dossier).findOne({ where: { id: dossierId } })
      : null;
    if (!dossier) throw notFound('The dossier');
    const standing = await this.standing(actor, dossier);
    if (!canInDossier(standing, 'dossier.read')) throw notFound('The dossier');
    if (!canInDossier(standing, action)) throw forbidden();
    return { dossier, standing };
  }
}
