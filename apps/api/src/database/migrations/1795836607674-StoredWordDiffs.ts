import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StoredWordDiffs1795836607674 implements MigrationInterface {
  name = 'StoredWordDiffs1795836607674';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"provision\" ADD \"word_diff\" jsonb");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"provision\" DROP COLUMN \"word_diff\"");
  }
}
