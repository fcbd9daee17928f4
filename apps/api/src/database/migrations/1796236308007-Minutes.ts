import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Minutes of sessions, their numbered revisions and each signatory's approval; the hand an intervention was given on. */
export class Minutes1796236308007 implements MigrationInterface {
  name = 'Minutes1796236308007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"minutes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"dossier_id\" uuid NOT NULL, \"session_id\" uuid NOT NULL, \"kind\" character varying(16) NOT NULL DEFAULT 'MINUTES', \"addendum_to_id\" uuid, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sealed_revision\" integer, \"seal_hash\" character varying(64), \"sealed_at\" TIMESTAMP WITH TIME ZONE, \"seal_event_seq\" bigint, CONSTRAINT \"PK_6430e69788e26236b493d6fcc7e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_minutes_session_main\" ON \"minutes\" (\"session_id\") WHERE kind = 'MINUTES'");
    await queryRunner.query("CREATE INDEX \"ix_minutes_session\" ON \"minutes\" (\"session_id\") ");
    await queryRunner.query("CREATE TABLE \"minutes_revision\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"minutes_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"content\" jsonb NOT NULL, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_6e7e931214fcca40281edcf683e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_minutes_revision_number\" ON \"minutes_revision\" (\"minutes_id\", \"number\") ");
    await queryRunner.query("CREATE TABLE \"minutes_approval\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"revision_id\" uuid NOT NULL, \"signatory\" character varying(16) NOT NULL, \"decision\" character varying(24) NOT NULL, \"comment\" text NOT NULL DEFAULT '', \"user_id\" uuid NOT NULL, \"decided_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_fbd49c8b63c36b7a0b771de1a4c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_minutes_approval_signatory\" ON \"minutes_approval\" (\"revision_id\", \"signatory\") ");
    await queryRunner.query("ALTER TABLE \"intervention\" ADD \"kind\" character varying(16) NOT NULL DEFAULT 'NORMAL'");
    await queryRunner.query("ALTER TABLE \"minutes\" ADD CONSTRAINT \"FK_0e5b7d4fc987c098dd671d8d3f3\" FOREIGN KEY (\"session_id\") REFERENCES \"consultation_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"minutes_revision\" ADD CONSTRAINT \"FK_c87650d858829f0f22c00a1613d\" FOREIGN KEY (\"minutes_id\") REFERENCES \"minutes\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"minutes_approval\" ADD CONSTRAINT \"FK_0db6122e45d6aa2265d18f9d956\" FOREIGN KEY (\"revision_id\") REFERENCES \"minutes_revision\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"minutes_approval\" DROP CONSTRAINT \"FK_0db6122e45d6aa2265d18f9d956\"");
    await queryRunner.query("ALTER TABLE \"minutes_revision\" DROP CONSTRAINT \"FK_c87650d858829f0f22c00a1613d\"");
    await queryRunner.query("ALTER TABLE \"minutes\" DROP CONSTRAINT \"FK_0e5b7d4fc987c098dd671d8d3f3\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_minutes_session_main\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_minutes_session\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_minutes_revision_number\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_minutes_approval_signatory\"");
    await queryRunner.query("ALTER TABLE \"intervention\" DROP COLUMN \"kind\"");
    await queryRunner.query("DROP TABLE \"minutes_approval\"");
    await queryRunner.query("DROP TABLE \"minutes_revision\"");
    await queryRunner.query("DROP TABLE \"minutes\"");
  }
}
