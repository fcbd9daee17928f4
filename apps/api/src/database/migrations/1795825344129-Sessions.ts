import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Sessions1795825344129 implements MigrationInterface {
  name = 'Sessions1795825344129';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"consultation_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"dossier_id\" uuid NOT NULL, \"title\" character varying(300) NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"place\" character varying(300), \"meeting_url\" character varying(500), \"status\" character varying(16) NOT NULL DEFAULT 'SCHEDULED', \"seq\" integer NOT NULL DEFAULT '0', \"queue_mode\" character varying(16) NOT NULL DEFAULT 'ROTATION', \"last_speaker_side\" character varying(16), \"current_round_id\" uuid, \"floor_hand_id\" uuid, \"floor_since\" TIMESTAMP WITH TIME ZONE, \"floor_deadline\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8cbee4a0c5cc05b66e66128c34b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_session_dossier\" ON \"consultation_session\" (\"dossier_id\") ");
    await queryRunner.query("CREATE TABLE \"agenda_item\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"provision_id\" uuid, \"title\" character varying(300) NOT NULL, CONSTRAINT \"PK_413623e61232799619c2e0a1d42\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_agenda_item_session\" ON \"agenda_item\" (\"session_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"attendance\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"in_room\" boolean NOT NULL DEFAULT false, \"joined_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"left_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_ee0ffe42c1f1a01e72b725c0cb2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_attendance_session\" ON \"attendance\" (\"session_id\") ");
    await queryRunner.query("CREATE TABLE \"hand\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"constituency\" character varying(16) NOT NULL, \"kind\" character varying(16) NOT NULL DEFAULT 'NORMAL', \"client_id\" character varying(64) NOT NULL, \"raised_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"manual_position\" integer, \"status\" character varying(16) NOT NULL DEFAULT 'WAITING', CONSTRAINT \"PK_e123b9098c1fefd441b6c78b872\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_hand_user_client\" ON \"hand\" (\"user_id\", \"client_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_hand_session\" ON \"hand\" (\"session_id\") ");
    await queryRunner.query("CREATE TABLE \"intervention\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"agenda_item_id\" uuid, \"round_id\" uuid, \"speaker_id\" uuid NOT NULL, \"constituency\" character varying(16) NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"duration_seconds\" integer NOT NULL, \"summary\" text NOT NULL DEFAULT '', CONSTRAINT \"PK_b9c85e27e192205b164e5187279\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_intervention_session\" ON \"intervention\" (\"session_id\") ");
    await queryRunner.query("CREATE TABLE \"outcome\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"agenda_item_id\" uuid NOT NULL, \"provision_id\" uuid, \"outcome\" character varying(32) NOT NULL, \"reservations\" jsonb NOT NULL DEFAULT '{}', \"note\" text NOT NULL DEFAULT '', \"recorded_by_id\" uuid NOT NULL, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_d721e56b4240f79aaa14cb54775\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_outcome_item\" ON \"outcome\" (\"agenda_item_id\") ");
    await queryRunner.query("CREATE TABLE \"round\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"agenda_item_id\" uuid NOT NULL, \"kind\" character varying(24) NOT NULL, \"speaking_seconds\" integer NOT NULL, \"opened_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"caucus_ends_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_34bd959f3f4a90eb86e4ae24d2d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_round_session\" ON \"round\" (\"session_id\") ");
    await queryRunner.query("CREATE TABLE \"stance\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"round_id\" uuid NOT NULL, \"agenda_item_id\" uuid NOT NULL, \"constituency\" character varying(16) NOT NULL, \"stance\" character varying(32) NOT NULL, \"reservation\" text NOT NULL DEFAULT '', \"declared_by_id\" uuid NOT NULL, \"declared_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_088fe211c21cca033ed29962dbc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_stance_round_side\" ON \"stance\" (\"round_id\", \"constituency\") ");
    await queryRunner.query("ALTER TABLE \"consultation_session\" ADD CONSTRAINT \"FK_f0a28b28e1d4593615216e4a9c3\" FOREIGN KEY (\"dossier_id\") REFERENCES \"dossier\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item\" ADD CONSTRAINT \"FK_183946179c6a7ba34ec585fe20f\" FOREIGN KEY (\"session_id\") REFERENCES \"consultation_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"agenda_item\" ADD CONSTRAINT \"FK_d4d0542b750241cc729b65f7f7b\" FOREIGN KEY (\"provision_id\") REFERENCES \"provision\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"hand\" ADD CONSTRAINT \"FK_4a5dbbbbfe4811d2674e4de9413\" FOREIGN KEY (\"session_id\") REFERENCES \"consultation_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"intervention\" ADD CONSTRAINT \"FK_a2b7a0185af89739faf3dfdbf20\" FOREIGN KEY (\"session_id\") REFERENCES \"consultation_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"round\" ADD CONSTRAINT \"FK_310b007d0c6ac4ce74ec57183d4\" FOREIGN KEY (\"session_id\") REFERENCES \"consultation_session\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"round\" ADD CONSTRAINT \"FK_ebc3960e073f3f6966255fec93b\" FOREIGN KEY (\"agenda_item_id\") REFERENCES \"agenda_item\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"round\" DROP CONSTRAINT \"FK_ebc3960e073f3f6966255fec93b\"");
    await queryRunner.query("ALTER TABLE \"round\" DROP CONSTRAINT \"FK_310b007d0c6ac4ce74ec57183d4\"");
    await queryRunner.query("ALTER TABLE \"intervention\" DROP CONSTRAINT \"FK_a2b7a0185af89739faf3dfdbf20\"");
    await queryRunner.query("ALTER TABLE \"hand\" DROP CONSTRAINT \"FK_4a5dbbbbfe4811d2674e4de9413\"");
    await queryRunner.query("ALTER TABLE \"agenda_item\" DROP CONSTRAINT \"FK_d4d0542b750241cc729b65f7f7b\"");
    await queryRunner.query("ALTER TABLE \"agenda_item\" DROP CONSTRAINT \"FK_183946179c6a7ba34ec585fe20f\"");
    await queryRunner.query("ALTER TABLE \"consultation_session\" DROP CONSTRAINT \"FK_f0a28b28e1d4593615216e4a9c3\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_stance_round_side\"");
    await queryRunner.query("DROP TABLE \"stance\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_round_session\"");
    await queryRunner.query("DROP TABLE \"round\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_outcome_item\"");
    await queryRunner.query("DROP TABLE \"outcome\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_intervention_session\"");
    await queryRunner.query("DROP TABLE \"intervention\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_hand_session\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_hand_user_client\"");
    await queryRunner.query("DROP TABLE \"hand\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_attendance_session\"");
    await queryRunner.query("DROP TABLE \"attendance\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_agenda_item_session\"");
    await queryRunner.query("DROP TABLE \"agenda_item\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_session_dossier\"");
    await queryRunner.query("DROP TABLE \"consultation_session\"");
  }
}
