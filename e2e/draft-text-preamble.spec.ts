import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO, signIn } from './support/demo';
import { importPreviewedWithPreamble } from './support/draft-import';
import { createDossier } from './support/dossiers';

/**
 * A text draft as a ministry's old word processor saves it (Windows Latin-1), with a preamble before its first
 * article and an article number written twice: the preview says both in the reader's words, the preamble is kept.
 */
const DRAFT = [
  'Loi portant Code du travail',
  '',
  'L’Assemblée nationale a délibéré et adopté,',
  'le Président de la République promulgue la loi dont la teneur suit :',
  '',
  'Article 1',
  'Le présent code s’applique à tous les salariés.',
  '',
  'Article 2',
  'Le salaire est payé chaque mois.',
  '',
  'Article 2',
  'Le repos hebdomadaire est de vingt-quatre heures.',
  '',
].join('\r\n');

test('a text draft keeps its preamble, and the preview words its warnings for the reader', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const file = path.join(tmpdir(), `code-du-travail-${Date.now()}.txt`);
  writeFileSync(file, Buffer.from(DRAFT.replace(/’/gu, "'"), 'latin1'));
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Code du travail ${Date.now()}`);
  await page.locator('input[type=file]').setInputFiles(file);

  const preview = page.getByRole('region', { name: 'What Tripart found' });
  await expect(preview.getByText('3 articles, 4 provisions in all')).toBeVisible();
  await expect(preview.getByText('Language: French')).toBeVisible();
  // The web app's own sentences (not the API's English ones) from the warnings' reasons.
  const warnings = preview.getByTestId('import-warning');
  await expect(warnings).toHaveText([
    '“Article 2” numbers two provisions; both are imported, the later one apart. Check the numbering in the file.',
    'This file is not in UTF-8; it was read as Windows Latin-1. Check the accented letters below.',
  ]);
  await expect(preview.getByRole('list', { name: 'Detected outline' }).getByRole('listitem').first()).toHaveText('Preamble');
  const { text, preamble } = await importPreviewedWithPreamble(page, preview, testInfo);
  await expect(preamble).toContainText('L\'Assemblée nationale a délibéré et adopté, le Président de la République promulgue la loi dont la teneur suit :');
  await expect(page.getByRole('button', { name: 'Comments on Preamble (0)' })).toBeVisible();
  await text.screenshot({ path: testInfo.outputPath('reader-preamble.png') });
  expect(await seriousViolations(page)).toEqual([]);

  // The preamble is commented on as any provision.
  await page.getByRole('button', { name: 'Comments on Preamble (0)' }).click();
  await expect(page.getByRole('button', { name: 'Comments on Preamble (0)' })).toHaveAttribute('aria-pressed', 'true');
});
