import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO, signIn } from './support/demo';
import { importPreviewedWithPreamble } from './support/draft-import';
import { createDossier } from './support/dossiers';

/** The Commission's proposal COM(2025) 162 (apps/api/test/fixtures/drafts/README.md): citations, recitals (1)–(3), annexes in other files. */
const PROPOSAL = path.resolve(__dirname, '../apps/api/test/fixtures/drafts/eu-com-2025-162-proposal.akn.xml');

test('an EU proposal imports with its preamble, recitals and signatures, the annexes it only refers to named in the preview', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Vehicle registration ${Date.now()}`);
  await page.locator('input[type=file]').setInputFiles(PROPOSAL);

  const preview = page.getByRole('region', { name: 'What Tripart found' });
  await expect(preview.getByText('Not imported: Annex I, Annex II, Annex III, and Annex IV.', { exact: false })).toBeVisible();
  await expect(preview.getByText(/^3 articles,/u)).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Detected outline' }).getByText('Recital 1')).toBeVisible();
  const { text } = await importPreviewedWithPreamble(page, preview, testInfo);
  await expect(text.getByText('Having regard to the Treaty on the Functioning of the European Union', { exact: false })).toBeVisible();
  const recitals = text.locator('[data-kind=RECITAL]');
  await expect(recitals).toHaveCount(3);
  await expect(recitals.nth(0)).toContainText('(1)');
  await expect(recitals.nth(0)).toContainText('The registration of a vehicle provides the administrative authorisation');
  await expect(text.getByText('HAVE ADOPTED THIS DIRECTIVE:')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Comments on Recital 1 (0)' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1600 });
  await text.screenshot({ path: testInfo.outputPath('reader-preamble.png') });
  expect(await seriousViolations(page)).toEqual([]);

  await expect(page.getByRole('navigation', { name: 'Outline' }).getByText('Recital 3')).toBeVisible();

  // The signatures close the text: "Done at Brussels," and one line per signatory, commented on as a provision.
  const signatures = text.locator('[data-kind=CONCLUSIONS]');
  await signatures.scrollIntoViewIfNeeded();
  await expect(signatures.getByRole('heading', { name: 'Signatures' })).toBeVisible();
  await expect(signatures).toContainText('Done at Brussels,');
  await expect(signatures).toContainText('For the Council The President [...]');
  await expect(page.getByRole('button', { name: 'Comments on Signatures (0)' })).toBeVisible();
  await signatures.screenshot({ path: testInfo.outputPath('reader-signatures.png') });

  // A recital is commented on as any provision.
  await page.getByRole('button', { name: 'Comments on Recital 2 (0)' }).click();
  await expect(page.getByRole('button', { name: 'Comments on Recital 2 (0)' })).toHaveAttribute('aria-pressed', 'true');
});
