import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgreedText1795839086492 implements MigrationInterface {
  name = 'AgreedText1795839086492';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"outcome\" ADD \"agreed_text\" text");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"outcome\" DROP COLUMN \"agreed_text\"");
  }
}
