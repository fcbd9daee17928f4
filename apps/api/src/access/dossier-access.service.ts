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

/** A dossier and the person's seat in it (null: none), as a read selected them beside what it asked for. */
export interface DossierAndSeat {
  dossier: Dossier;
  seat: Participant | null;
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
   * As `readOnce`, from a dossier and seat the caller read in its own
   * statement (one round trip fewer on a hot read): the same rule, kept for
   * the rest of the request. A grant the request already holds is kept.
   */
  admitOnce(request: object, actor: Actor, found: DossierAndSeat, subject?: string): Promise<DossierAccessGrant> {
    const cache = ((request as { [GRANTS]?: Map<string, Promise<DossierAccessGrant>> })[GRANTS] ??= new Map());
    let grant = cache.get(found.dossier.id);
    if (!grant) {
      grant = new Promise((resolve) => resolve(admit(actor, found, 'dossier.read', subject)));
      cache.set(found.dossier.id, grant);
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
    return admit(actor, { dossier: Object.assign(new Dossier(), fields), seat: seat ?? null }, action, subject);
  }
}

/** The policy on a dossier and seat: NOT_FOUND to whoever may not read it, FORBIDDEN for an action beyond their standing. */
function admit(actor: Actor, { dossier, seat }: DossierAndSeat, action: DossierAction, subject = 'The dossier'): DossierAccessGrant {
  const standing = standingOf(actor, dossier, seat);
  if (!canInDossier(standing, 'dossier.read')) throw notFound(subject);
  if (!canInDossier(standing, action)) throw forbidden();
  return { dossier, standing };
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
