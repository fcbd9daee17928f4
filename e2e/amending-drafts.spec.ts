import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support/demo';
import { createDossier } from './support/dossiers';

const AMENDING_BILL = path.join(__dirname, '../apps/api/test/fixtures/drafts/ke-statute-law-misc-amendments-bill-2016.akn.xml');

test('a facilitator imports an amending bill and reads each amendment with the section it quotes as a quotation', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Statute law amendments ${Date.now()}`);
  await page.locator('input[type=file]').setInputFiles(AMENDING_BILL);
  await expect(page.getByText('4 sections, 6 provisions in all')).toBeVisible(); // a bill numbered in sections says so (its enacting formula is the sixth, a preamble)
  await page.getByRole('button', { name: 'Import as version 1' }).click();

  const text = page.getByRole('region', { name: 'Draft text' });
  await expect(text.getByRole('heading', { name: 'Schedule — (s. 2)' })).toBeVisible();
  const quoted = text.getByRole('group', { name: 'Quoted text of the amendment' });
  await expect(quoted).toHaveCount(2);
  await expect(quoted.first()).toContainText('9. Retirement Age.');
  expect(await quoted.first().innerText()).not.toContain('> ');
  const amendment = text.locator('[data-kind=ARTICLE]').filter({ hasText: 'Retirement Age' });
  await amendment.scrollIntoViewIfNeeded();
  await amendment.screenshot({ path: testInfo.outputPath('amending-bill.png') });
});

test('a draft without numbered units is refused with what was found, in the reader’s language', async ({ page }) => {
  const file = path.join(tmpdir(), `memo-${Date.now()}.txt`);
  writeFileSync(file, 'Labour Code\n\n1) Scope\nThis code applies to workers.\n\n2) Wages\nWages are paid monthly.\n');
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Labour code memo ${Date.now()}`);
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText(/0 headings, 2 numbered lines, 0 numbered units; the first lines read “Labour Code \/ 1\) Scope/u)).toBeVisible();
  await expect(page.getByText(/Its lines are numbered “1\)”/u)).toBeVisible();
});
