import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO, signIn } from './support/demo';
import { createDossier } from './support/dossiers';

const AMENDING_BILL = path.join(__dirname, '../apps/api/test/fixtures/drafts/ke-statute-law-misc-amendments-bill-2016.akn.xml');

test('under "Show changes", a change inside what an amendment quotes is marked inside its quotation', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const version2 = path.join(tmpdir(), `amending-bill-v2-${Date.now()}.akn.xml`);
  writeFileSync(version2, readFileSync(AMENDING_BILL, 'utf8').replace('shall be seventy years.', 'shall be seventy-two years.'));
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Amendments, version 2 ${Date.now()}`);
  await page.locator('input[type=file]').setInputFiles(AMENDING_BILL);
  await page.getByRole('button', { name: 'Import as version 1' }).click();
  const text = page.getByRole('region', { name: 'Draft text' });
  await expect(text.getByRole('group', { name: 'Quoted text of the amendment' })).toHaveCount(2);

  await page.getByRole('button', { name: 'Import a new version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import version 2' });
  await dialog.locator('input[type=file]').setInputFiles(version2);
  await dialog.getByRole('button', { name: 'Import as version 2' }).click();
  await expect(page.getByRole('textbox', { name: 'Version' })).toHaveValue(/^Version 2/);
  await page.getByLabel('Show changes').check();

  const quoted = text.getByRole('group', { name: 'Quoted text of the amendment' }).filter({ hasText: 'Retirement Age' });
  await expect(quoted.locator('ins')).toHaveText(['-two']);
  expect(await quoted.innerText()).not.toContain('> ');
  expect(await seriousViolations(page)).toEqual([]);
  const amendment = text.locator('[data-kind=ARTICLE]').filter({ hasText: 'Retirement Age' });
  await amendment.scrollIntoViewIfNeeded();
  await amendment.screenshot({ path: testInfo.outputPath('diff-quotes.png') });
});
