import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Ratification } from './ratification.entity';

export type RatificationFields = Pick<
  Ratification,
  'countryCode' | 'conventionCode' | 'status' | 'ratifiedOn' | 'denouncedOn' | 'denouncedBy' | 'automaticDenunciation' | 'abrogation' | 'declarations' | 'updatedById'
> & { dossierId?: string | null; /** Absent: left as it is. */ note?: string | null };

/** The only place that reads and writes the ratification register. */
@Injectable()
export class RatificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A country's entries with their instruments, in the instruments' order (C001 … C190, then protocols). */
  ofCountry(countryCode: string, manager: EntityManager = this.dataSource.manager): Promise<Ratification[]> {
    return manager.getRepository(Ratification).find({ where: { countryCode }, relations: { convention: true }, order: { conventionCode: 'ASC' } });
  }

  /** A country's entries, locked to the end of the caller's transaction (two imports into one register queue). */
  async lockedOfCountry(manager: EntityManager, countryCode: string): Promise<Ratification[]> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ratification:${countryCode}`]);
    return manager.getRepository(Ratification).find({ where: { countryCode } });
  }

  /** Writes an entry over the country's entry for that instrument, or a new one. */
  async upsert(manager: EntityManager, fields: RatificationFields): Promise<Ratification> {
    const repository = manager.getRepository(Ratification);
    const existing = await repository.findOne({ where: { countryCode: fields.countryCode, conventionCode: fields.conventionCode } });
    return repository.save({ ...(existing ?? {}), ...fields });
  }

  async remove(manager: EntityManager, countryCode: string, conventionCode: string): Promise<Ratification | null> {
    const repository = manager.getRepository(Ratification);
    const existing = await repository.findOne({ where: { countryCode, conventionCode } });
    if (existing) await repository.delete({ id: existing.id });
    return existing;
  }
}
