import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { canInDossier, type DossierAction, type DossierStanding } from './dossier-policy';
import { forbidden, notFound } from '../common/errors';
import { Dossier } from '../dossiers/dossier.entity';
import { Participant } from '../dossiers/participant.entity';
import { isUuid } from '../common/ids';

const GRANTS = Symbol('tripart:dossier-grants');

export interface DossierAccessGrant {
  dossier: Dossier;
  standing: DossierStanding;
}

/** Answers "may this person do this in that dossier?" from the database, per call (membership changes apply at once). */
@Injectable()
export class DossierAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The standing as it is now; inside a transaction (`manager`), as that transaction sees it. */
  async standing(actor: Actor, dossier: Dossier, manager: EntityManager = this.dataSource.manager): Promise<DossierStanding> {
    const participant = await manager.getRepository(Participant).findOne({ where: { dossierId: dossier.id, userId: actor.userId } });
    return standingOf(actor, dossier, participant);
  }

  /** The standing for a dossier, once per request (resolvers of one query share it); `subject` as for `require`. */
  async standingOnce(request: object, actor: Actor, dossierId: string, subject?: string): Promise<DossierStanding> {
    return (await this.readOnce(request, actor, dossierId, subject)).standing;
  }

  /** The dossier and the standing of a person who may read it, once per request; `subject` as for `require`. */
  readOnce(request: object, actor: Actor, dossierId: string, subject?: string): Promise<DossierAccessGrant> {
    const cache = ((request as { [GRANTS]?: Map<string, Promise<DossierAccessGrant>> })[GRANTS] ??= new Map());
    let grant = cache.get(dossierId);
    if (!grant) {
      grant = this.require(actor, dossierId, 'dossier.read', subject);
      cache.set(dossierId, grant);
    }
    return grant;
  }

  /**
   * The dossier and the person's standing, if they may do `action`. A dossier
   * they may not read does not exist for them (NOT_FOUND, never FORBIDDEN),
   * and neither does what they asked for in it: `subject` names it ("The
   * session"), so that an outsider learns nothing from a real id that a
   * random one would not tell.
   */
  async require(actor: Actor, dossierId: string, action: DossierAction, subject = 'The dossier'): Promise<DossierAccessGrant> {
    if (!isUuid(dossierId)) throw notFound(subject);
    // The dossier and the person's seat in it, in one statement.
    const row = await this.dataSource
      .getRepository(Dossier)
      .createQueryBuilder('d')
      .leftJoinAndMapOne('d.seat', Participant, 'p', 'p.dossierId = d.id AND p.userId = :userId', { userId: actor.userId })
      .where('d.id = :dossierId', { dossierId })
      .getOne();
    if (!row) throw notFound(subject);
    const { seat, ...fields } = row as Dossier & { seat?: Participant };
    const dossier = Object.assign(new Dossier(), fields);
    const standing = standingOf(actor, dossier, seat ?? null);
    if (!canInDossier(standing, 'dossier.read')) throw notFound(subject);
    if (!canInDossier(standing, action)) throw forbidden();
    return { dossier, standing };
  }
}

function standingOf(actor: Actor, dossier: Dossier, participant: Participant | null): DossierStanding {
  return {
    actor,
    role: participant?.role ?? null,
    delegationId: participant?.delegationId ?? null,
    isLead: participant?.isLead ?? false,
    observersMayComment: dossier.observersMayComment,
  };
}
