import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the record's reads (bench:record, finding 5): the matrix's and the minutes' stances by
 * item and session, outcomes by session, a dossier's submissions. Each is a small scan on one dossier,
 * a scan of every dossier's rows on an instance with many.
 */
export class RecordReadIndexes1796270000000 implements MigrationInterface {
  name = 'RecordReadIndexes1796270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_position_submission_dossier" ON "position_submission" ("dossier_id") `);
    await queryRunner.query(`CREATE INDEX "ix_outcome_session" ON "outcome" ("session_id") `);
    await queryRunner.query(`CREATE INDEX "ix_stance_session" ON "stance" ("session_id") `);
    await queryRunner.query(`CREATE INDEX "ix_stance_item" ON "stance" ("agenda_item_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_stance_item"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stance_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outcome_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_position_submission_dossier"`);
  }
}
