import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Constituency } from '@tripart/contracts';
import { groupBy, requestLoader } from '../common/request-loaders';
import { usersOf } from '../people/people-directory';
import type { User } from '../people/user.entity';
import { Convention } from '../reference/convention.entity';
import { Delegation } from './delegation.entity';
import { Participant } from './participant.entity';

const SIDE_ORDER: readonly Constituency[] = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS'];

/**
 * The reads of the dossiers feature's tables that resolvers present, each
 * batched per request (one statement for every dossier of a list): the
 * resolvers here and of other features (comments' mention candidates) ask
 * this, never the tables.
 */
@Injectable()
export class DossierReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The seats in a dossier of the people named (none for one who has no seat). */
  seatsOf(dossierId: string, userIds: readonly string[]): Promise<Participant[]> {
    return this.dataSource.getRepository(Participant).find({ where: { dossierId, userId: In([...userIds]) } });
  }

  /** Everyone taking part in a dossier, in the order they were seated. */
  participantsOf(request: object, dossierId: string): Promise<Participant[]> {
    return requestLoader(request, 'participantsOfDossier', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Participant).find({ where: { dossierId: In([...ids]) }, order: { createdAt: 'ASC' } });
      return groupBy(ids, rows, (row) => row.dossierId);
    }).load(dossierId);
  }

  /** A dossier's three delegations: government, employers, workers. */
  delegationsOf(request: object, dossierId: string): Promise<Delegation[]> {
    return requestLoader(request, 'delegationsOfDossier', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Delegation).find({ where: { dossierId: In([...ids]) } });
      rows.sort((a, b) => SIDE_ORDER.indexOf(a.constituency) - SIDE_ORDER.indexOf(b.constituency));
      return groupBy(ids, rows, (row) => row.dossierId);
    }).load(dossierId);
  }

  delegation(request: object, delegationId: string): Promise<Delegation> {
    return requestLoader(request, 'delegationById', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(Delegation).find({ where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((row) => row.id === id)!);
    }).load(delegationId);
  }

  /** A delegation by id, or null. */
  findDelegation(delegationId: string): Promise<Delegation | null> {
    return this.dataSource.getRepository(Delegation).findOne({ where: { id: delegationId } });
  }

  /** The side a delegation speaks for (null: no such delegation). */
  async sideOf(delegationId: string, manager: EntityManager = this.dataSource.manager): Promise<Constituency | null> {
    const delegation = await manager.getRepository(Delegation).findOne({ where: { id: delegationId }, select: { id: true, constituency: true } });
    return delegation?.constituency ?? null;
  }

  /** Whether a person has a seat in a dossier (in the caller's transaction when given its manager). */
  hasSeat(dossierId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(Participant).exist({ where: { dossierId, userId } });
  }

  /** The sides of delegations, by id (one statement; none for an empty list). */
  async sidesOf(delegationIds: readonly string[]): Promise<Map<string, Constituency>> {
    if (!delegationIds.length) return new Map();
    const rows = await this.dataSource.getRepository(Delegation).find({ where: { id: In([...delegationIds]) }, select: { id: true, constituency: true } });
    return new Map(rows.map((row) => [row.id, row.constituency]));
  }

  /** The conventions a dossier is reviewed against, by code. */
  conventionsOf(request: object, dossierId: string): Promise<Convention[]> {
    return requestLoader(request, 'dossierConventions', async (ids: readonly string[]) => {
      const rows: Array<{ dossier_id: string; convention_code: string }> = await this.dataSource.query(
        'SELECT dossier_id, convention_code FROM dossier_convention WHERE dossier_id = ANY($1) ORDER BY convention_code',
        [ids],
      );
      const conventions = await this.dataSource.getRepository(Convention).find({ where: { code: In(rows.map((r) => r.convention_code)) } });
      const byCode = new Map(conventions.map((c) => [c.code, c]));
      return groupBy(ids, rows, (row) => row.dossier_id).map((group) => group.map((row) => byCode.get(row.convention_code)!));
    }).load(dossierId);
  }

  /** Everyone taking part in a dossier that a person facilitates (read once per request). */
  peopleFacilitatedBy(request: object, userId: string): Promise<ReadonlySet<string>> {
    return requestLoader(request, 'peopleIFacilitate', async (userIds: readonly string[]) => {
      const rows: Array<{ user_id: string }> = await this.dataSource.query(
        `SELECT DISTINCT other.user_id FROM participant mine JOIN participant other ON other.dossier_id = mine.dossier_id
          WHERE mine.user_id = $1 AND mine.role = 'FACILITATOR'`,
        [userIds[0]],
      );
      return [new Set(rows.map((row) => row.user_id))];
    }, { batch: false }).load(userId);
  }

  /** A participant's account (asked of the people feature, in one statement per request). */
  user(request: object, userId: string): Promise<User> {
    return requestLoader(request, 'userById', async (ids: readonly string[]) => (await usersOf(this.dataSource.manager, ids)) as User[]).load(userId);
  }
}
