import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support/demo';
import { createDossier } from './support/dossiers';

const DRAFT = path.join(__dirname, 'fixtures/labour-code-amendment.txt');
const ANOTHER_LAW = path.join(__dirname, 'fixtures/fisheries-act.txt');

test('importing another law as the next version is said before it commits, and needs a deliberate confirmation', async ({ page }) => {
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Freedom of association ${Date.now()}`);
  await page.locator('input[type=file]').setInputFiles(DRAFT);
  await page.getByRole('button', { name: 'Import as version 1' }).click();
  await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ })).toBeVisible();

  await page.getByRole('button', { name: 'Import a new version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import version 2' });
  await dialog.locator('input[type=file]').setInputFiles(ANOTHER_LAW);
  await expect(dialog.getByText('This file does not look like version 1')).toBeVisible();
  await expect(dialog.getByText(/Only 0 of its 4 units resemble one of the 4 of version 1/)).toBeVisible();
  const importButton = dialog.getByRole('button', { name: 'Import as version 2' });
  await expect(importButton).toBeDisabled();
  const axe = await new AxeBuilder({ page }).include('[role=dialog]').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('unrelated-version-warning.png'), fullPage: true });

  await dialog.getByRole('checkbox', { name: 'It is the right file: import it as version 2' }).check();
  await expect(importButton).toBeEnabled();
});
