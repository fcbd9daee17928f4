import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MentionsByUser1795836237489 implements MigrationInterface {
  name = 'MentionsByUser1795836237489';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"idx_comment_mention_user\" ON \"comment_mention\" (\"user_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"idx_comment_mention_user\"");
  }
}
