import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Caucus1795826337082 implements MigrationInterface {
  name = 'Caucus1795826337082';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"caucus_message\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"delegation_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e09008258396435ceb20522f40a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_caucus_message_session_delegation\" ON \"caucus_message\" (\"session_id\", \"delegation_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_caucus_message_session_delegation\"");
    await queryRunner.query("DROP TABLE \"caucus_message\"");
  }
}
