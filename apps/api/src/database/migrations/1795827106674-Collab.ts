import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Collab1795827106674 implements MigrationInterface {
  name = 'Collab1795827106674';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"collab_document\" (\"name\" character varying(200) NOT NULL, \"state\" bytea NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6ad9ec850989a68d14fd90e91a6\" PRIMARY KEY (\"name\"))");
    await queryRunner.query("ALTER TABLE \"agenda_item\" ADD \"drafting_unlocked\" boolean NOT NULL DEFAULT false");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"agenda_item\" DROP COLUMN \"drafting_unlocked\"");
    await queryRunner.query("DROP TABLE \"collab_document\"");
  }
}
