import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ratification register: one entry per country and ILO instrument. */
export class Ratifications1796250000000 implements MigrationInterface {
  name = 'Ratifications1796250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ratification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "country_code" character varying(2) NOT NULL, "convention_code" character varying(8) NOT NULL, "status" character varying(16) NOT NULL, "ratified_on" date, "denounced_on" date, "denounced_by" character varying(8), "automatic_denunciation" boolean NOT NULL DEFAULT false, "abrogation" text, "declarations" jsonb NOT NULL DEFAULT '[]'::jsonb, "note" text, "dossier_id" uuid, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e47c0ac309476ae6b75a547626" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_ratification_country_instrument" ON "ratification" ("country_code", "convention_code") `);
    await queryRunner.query(
      `ALTER TABLE "ratification" ADD CONSTRAINT "FK_2a363f66f5af21140aef3e8fd1a" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ratification" ADD CONSTRAINT "FK_6c69a706cf1f99cbf29cf4163e9" FOREIGN KEY ("convention_code") REFERENCES "convention"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ratification"`);
  }
}
