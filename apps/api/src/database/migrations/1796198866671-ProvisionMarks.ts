import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProvisionMarks1796198866671 implements MigrationInterface {
  name = 'ProvisionMarks1796198866671';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"provision\" ADD \"marks\" jsonb NOT NULL DEFAULT '[]'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"provision\" DROP COLUMN \"marks\"");
  }
}
