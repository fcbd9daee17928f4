import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first administrator is invited before any organization exists: an invitation may name none. */
export class InvitationWithoutOrganization1796158729322 implements MigrationInterface {
  name = 'InvitationWithoutOrganization1796158729322';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "invitation" ALTER COLUMN "organization_id" DROP NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "invitation" WHERE "organization_id" IS NULL');
    await queryRunner.query('ALTER TABLE "invitation" ALTER COLUMN "organization_id" SET NOT NULL');
  }
}
