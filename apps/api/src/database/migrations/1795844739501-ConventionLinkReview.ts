import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConventionLinkReview1795844739501 implements MigrationInterface {
  name = 'ConventionLinkReview1795844739501';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"convention_link\" ADD \"needs_review\" boolean NOT NULL DEFAULT false");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"convention_link\" DROP COLUMN \"needs_review\"");
  }
}
