import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The C144 Article 5(1) item (a–e) a dossier concerns, where it says so (null: none, as for a labour-law reform). */
export class DossierC144Subject1796260000000 implements MigrationInterface {
  name = 'DossierC144Subject1796260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dossier" ADD "c144_subject" character varying(32)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dossier" DROP COLUMN "c144_subject"`);
  }
}
