import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContributionResponses1796240000000 implements MigrationInterface {
  name = 'ContributionResponses1796240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contribution_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dossier_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "provision_id" uuid NOT NULL, "constituency" character varying(16) NOT NULL, "verdict" character varying(16) NOT NULL, "reasons" text NOT NULL DEFAULT '', "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "drafted_by_id" uuid NOT NULL, "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_contribution_response" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_contribution_response_dossier" ON "contribution_response" ("dossier_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_contribution_response" ON "contribution_response" ("submission_id", "provision_id") `);
    await queryRunner.query(`ALTER TABLE "contribution_response" ADD CONSTRAINT "FK_4794b3d12b0bd7abf794a126bb7" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(
      `ALTER TABLE "contribution_response" ADD CONSTRAINT "FK_6b03fb8fdf114e5ae1161e964e4" FOREIGN KEY ("submission_id") REFERENCES "position_submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contribution_response"`);
  }
}
