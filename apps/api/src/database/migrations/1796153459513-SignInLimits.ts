import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins move from one counter per email (sign_in_throttle) to rate-limiter-flexible's table, per account, address and both. */
export class SignInLimits1796153459513 implements MigrationInterface {
  name = 'SignInLimits1796153459513';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sign_in_limit\" (\"key\" character varying(255) NOT NULL, \"points\" integer NOT NULL DEFAULT '0', \"expire\" bigint, CONSTRAINT \"PK_e72e7e5aae624d568a2b5128198\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("DROP TABLE \"sign_in_throttle\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sign_in_throttle\" (\"email\" character varying(254) NOT NULL, \"failures\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP WITH TIME ZONE, \"last_failure_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_c18a969ed3b9dd6a3c88b04f1d7\" PRIMARY KEY (\"email\"))");
    await queryRunner.query("DROP TABLE \"sign_in_limit\"");
  }
}
