import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { badInput, notFound } from '../common/errors';
import { Convention } from './convention.entity';
import { Country } from './country.entity';

@Injectable()
export class ReferenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private get countries(): Repository<Country> {
    return this.dataSource.getRepository(Country);
  }

  private get conventions(): Repository<Convention> {
    return this.dataSource.getRepository(Convention);
  }

  listCountries(): Promise<Country[]> {
    return this.countries.find({ order: { code: 'ASC' } });
  }

  listConventions(): Promise<Convention[]> {
    return this.conventions.find({ order: { category: 'DESC', code: 'ASC' } });
  }

  /** The conventions of the codes given, every one of them, or BAD_USER_INPUT (UNKNOWN_CONVENTION) naming those that do not exist. */
  async requireConventions(codes: readonly string[]): Promise<Convention[]> {
    const unique = [...new Set(codes)];
    const found = unique.length ? await this.conventions.find({ where: { code: In(unique) } }) : [];
    const missing = unique.filter((code) => !found.some((convention) => convention.code === code));
    if (missing.length) {
      throw badInput(`Unknown convention ${missing.join(', ')}.`, [{ field: 'conventionCodes', message: `Unknown: ${missing.join(', ')}` }], 'UNKNOWN_CONVENTION');
    }
    return found;
  }

  /** The instruments of these codes that the reference data holds. */
  conventionsByCode(codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Convention[]> {
    return codes.length ? manager.getRepository(Convention).find({ where: { code: In([...codes]) } }) : Promise.resolve([]);
  }

  /**
   * Instruments a register names that the shipped reference data does not
   * (the technical conventions and their protocols), added under the title the
   * register gives, in the caller's transaction. Existing instruments are left as they are.
   */
  async addTechnicalInstruments(manager: EntityManager, instruments: ReadonlyArray<{ code: string; title: string; year: number }>): Promise<void> {
    for (const { code, title, year } of instruments) {
      await manager.query(
        `INSERT INTO convention (code, title_en, title_fr, title_es, year, category) VALUES ($1, $2, $2, $2, $3, 'TECHNICAL') ON CONFLICT (code) DO NOTHING`,
        [code, title, year],
      );
    }
  }

  async countriesByCode(codes: readonly string[]): Promise<Array<Country | Error>> {
    const rows = await this.countries.find({ where: { code: In([...codes]) } });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => byCode.get(code) ?? notFound(`The country ${code}`));
  }
}
