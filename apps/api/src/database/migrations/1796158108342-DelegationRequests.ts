import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DelegationRequests1796158108342 implements MigrationInterface {
  name = 'DelegationRequests1796158108342';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"delegation_request\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"dossier_id\" uuid NOT NULL, \"delegation_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"lead\" boolean NOT NULL DEFAULT false, \"requested_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b3b68115abf69ac1c2f60092e43\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_delegation_request_delegation\" ON \"delegation_request\" (\"delegation_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_delegation_request_dossier_user\" ON \"delegation_request\" (\"dossier_id\", \"user_id\") ");
    await queryRunner.query("ALTER TABLE \"delegation_request\" ADD CONSTRAINT \"FK_c81008e1ca945d5cae8e1c4b1ae\" FOREIGN KEY (\"dossier_id\") REFERENCES \"dossier\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"delegation_request\" ADD CONSTRAINT \"FK_ceac3e9193ad39cf94983b21430\" FOREIGN KEY (\"delegation_id\") REFERENCES \"delegation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"delegation_request\" ADD CONSTRAINT \"FK_27086b654c92aeb7b57eb226f66\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"delegation_request\" ADD CONSTRAINT \"FK_1edcdd6da93970030a207ac7d61\" FOREIGN KEY (\"requested_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"delegation_request\" DROP CONSTRAINT \"FK_1edcdd6da93970030a207ac7d61\"");
    await queryRunner.query("ALTER TABLE \"delegation_request\" DROP CONSTRAINT \"FK_27086b654c92aeb7b57eb226f66\"");
    await queryRunner.query("ALTER TABLE \"delegation_request\" DROP CONSTRAINT \"FK_ceac3e9193ad39cf94983b21430\"");
    await queryRunner.query("ALTER TABLE \"delegation_request\" DROP CONSTRAINT \"FK_c81008e1ca945d5cae8e1c4b1ae\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_delegation_request_dossier_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_delegation_request_delegation\"");
    await queryRunner.query("DROP TABLE \"delegation_request\"");
  }
}
