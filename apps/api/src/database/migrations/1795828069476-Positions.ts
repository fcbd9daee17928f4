import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Positions1795828069476 implements MigrationInterface {
  name = 'Positions1795828069476';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"position_submission\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"dossier_id\" uuid NOT NULL, \"delegation_id\" uuid NOT NULL, \"constituency\" character varying(16) NOT NULL, \"draft_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"submitted_by_id\" uuid NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"content_hash\" character varying(64) NOT NULL, \"content\" jsonb NOT NULL, CONSTRAINT \"PK_98a40e7820bbe3b0a8392d38026\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_submission_number\" ON \"position_submission\" (\"delegation_id\", \"draft_id\", \"number\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"uq_submission_number\"");
    await queryRunner.query("DROP TABLE \"position_submission\"");
  }
}
