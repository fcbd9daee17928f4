import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ILO_INSTRUMENTS } from '../../reference/ilo-instruments.data';
import { isoCountries } from '../../reference/iso-countries';

/** Reference data shipped with the app: all countries and the ILO instruments Tripart starts with. */
export class ReferenceData1795822401983 implements MigrationInterface {
  name = 'ReferenceData1795822401983';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const country of isoCountries()) {
      await queryRunner.query(
        'INSERT INTO "country" ("code", "name_en", "name_fr", "name_es") VALUES ($1, $2, $3, $4) ON CONFLICT ("code") DO NOTHING',
        [country.code, country.en, country.fr, country.es],
      );
    }
    for (const instrument of ILO_INSTRUMENTS) {
      await queryRunner.query(
        `INSERT INTO "convention" ("code", "title_en", "title_fr", "title_es", "year", "category", "principle", "fundamental_since")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ("code") DO NOTHING`,
        [instrument.code, instrument.title.en, instrument.title.fr, instrument.title.es, instrument.year,
          instrument.category, instrument.principle, instrument.fundamentalSince],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "convention" WHERE "code" = ANY($1)', [ILO_INSTRUMENTS.map((i) => i.code)]);
    await queryRunner.query('DELETE FROM "country" WHERE "code" = ANY($1)', [isoCountries().map((c) => c.code)]);
  }
}
