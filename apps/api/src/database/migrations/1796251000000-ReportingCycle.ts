import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The reporting cycle's settings, once an administrator changes the defaults. */
export class ReportingCycle1796251000000 implements MigrationInterface {
  name = 'ReportingCycle1796251000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_cycle" ("id" smallint NOT NULL, "settings" jsonb NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4f49976fc744c6b3ce7132e832" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_cycle"`);
  }
}
