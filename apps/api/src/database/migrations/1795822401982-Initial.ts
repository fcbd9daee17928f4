import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795822401982 implements MigrationInterface {
  name = 'Initial1795822401982';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"display_name\" character varying(120) NOT NULL, \"locale\" character varying(8) NOT NULL DEFAULT 'en', \"role\" character varying(8) NOT NULL DEFAULT 'MEMBER', \"disabled\" boolean NOT NULL DEFAULT false, \"password_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_3fa909d0e37c531ebc237703391\" UNIQUE (\"email\"), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"refresh_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"family_id\" uuid NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"replaced_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b575dd3c21fb0831013c909e7fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_refresh_token_user\" ON \"refresh_token\" (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_refresh_token_family\" ON \"refresh_token\" (\"family_id\") ");
    await queryRunner.query("CREATE TABLE \"sign_in_throttle\" (\"email\" character varying(254) NOT NULL, \"failures\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP WITH TIME ZONE, \"last_failure_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_c18a969ed3b9dd6a3c88b04f1d7\" PRIMARY KEY (\"email\"))");
    await queryRunner.query("CREATE TABLE \"country\" (\"code\" character varying(2) NOT NULL, \"name_en\" character varying(120) NOT NULL, \"name_fr\" character varying(120) NOT NULL, \"name_es\" character varying(120) NOT NULL, CONSTRAINT \"PK_8ff4c23dc9a3f3856555bd86186\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"acronym\" character varying(20), \"kind\" character varying(16) NOT NULL, \"country_code\" character varying(2) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_472c1f99a32def1b0abb219cd67\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"invitation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"display_name\" character varying(120) NOT NULL, \"role\" character varying(8) NOT NULL DEFAULT 'MEMBER', \"organization_id\" uuid NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"UQ_b827d3749ffbb3b5ab5099afd64\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_beb994737756c0f18a1c1f8669c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"membership\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_83c1afebef3059472e7c37e8de8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_membership_organization\" ON \"membership\" (\"organization_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_membership_user_organization\" ON \"membership\" (\"user_id\", \"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"convention\" (\"code\" character varying(8) NOT NULL, \"title_en\" character varying(200) NOT NULL, \"title_fr\" character varying(200) NOT NULL, \"title_es\" character varying(200) NOT NULL, \"year\" integer NOT NULL, \"category\" character varying(16) NOT NULL, \"principle\" character varying(120), \"fundamental_since\" integer, CONSTRAINT \"PK_75c33c4f7ed7ea8c40e106e8f10\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("ALTER TABLE \"refresh_token\" ADD CONSTRAINT \"FK_6bbe63d2fe75e7f0ba1710351d4\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organization\" ADD CONSTRAINT \"FK_faaefc0d2063e014ceb57564b08\" FOREIGN KEY (\"country_code\") REFERENCES \"country\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_de7c148c7834d738ac7113f3dd8\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invitation\" ADD CONSTRAINT \"FK_5b173c048c8d6297f7dbf2d853b\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"membership\" ADD CONSTRAINT \"FK_e9c72e8d29784031c96f5c6af8d\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"membership\" ADD CONSTRAINT \"FK_412ffe9391a352e8a4e3dc46f6f\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"membership\" DROP CONSTRAINT \"FK_412ffe9391a352e8a4e3dc46f6f\"");
    await queryRunner.query("ALTER TABLE \"membership\" DROP CONSTRAINT \"FK_e9c72e8d29784031c96f5c6af8d\"");
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_5b173c048c8d6297f7dbf2d853b\"");
    await queryRunner.query("ALTER TABLE \"invitation\" DROP CONSTRAINT \"FK_de7c148c7834d738ac7113f3dd8\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP CONSTRAINT \"FK_faaefc0d2063e014ceb57564b08\"");
    await queryRunner.query("ALTER TABLE \"refresh_token\" DROP CONSTRAINT \"FK_6bbe63d2fe75e7f0ba1710351d4\"");
    await queryRunner.query("DROP TABLE \"convention\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_membership_user_organization\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_membership_organization\"");
    await queryRunner.query("DROP TABLE \"membership\"");
    await queryRunner.query("DROP TABLE \"invitation\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("DROP TABLE \"country\"");
    await queryRunner.query("DROP TABLE \"sign_in_throttle\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_refresh_token_family\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_refresh_token_user\"");
    await queryRunner.query("DROP TABLE \"refresh_token\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
  }
}
