import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drafts imported from Akoma Ntoso before the importer wrote BCP 47 kept the file's ISO 639-2 code ("eng", "fra",
 * "ger"), which browsers and screen readers do not read as a `lang`: each becomes the tag Intl gives for it ("en",
 * "fr", "de"); a value that is no language tag at all becomes null (the text then takes the page's language). The
 * language the file declared is all there is to infer from: a draft's text is never guessed at here.
 */
export class DraftLanguageTags1796241000000 implements MigrationInterface {
  name = 'DraftLanguageTags1796241000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ language: string }> = await queryRunner.query('SELECT DISTINCT language FROM "draft" WHERE language IS NOT NULL');
    for (const { language } of rows) {
      const tag = languageTag(language);
      if (tag !== language) await queryRunner.query('UPDATE "draft" SET language = $2 WHERE language = $1', [language, tag]);
    }
  }

  async down(): Promise<void> {
    // The ISO 639-2 codes are not kept: "en" reads the same to everything that reads a draft's language.
  }
}

const languageTag = (written: string): string | null => {
  try {
    return Intl.getCanonicalLocales(written.trim())[0] ?? null;
  } catch {
    return null;
  }
};
