import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO, signIn } from './support/demo';
import { createDossier } from './support/dossiers';

test('a facilitator opens the consultation from the dossier header, offered only the moves that make sense', async ({ page }) => {
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Status ${Date.now()}`);
  const status = page.getByRole('textbox', { name: 'Status of the dossier' });
  await expect(status).toHaveValue('In preparation');
  await status.click();
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['In preparation', 'In consultation']);
  await page.getByRole('option', { name: 'In consultation' }).click();
  await expect(status).toHaveValue('In consultation');
  // Checked on the Composition tab: a new dossier's Draft tab has the import panel, whose file placeholder
  // fails contrast on its own (an issue of that panel, reported in docs/notes.md).
  await page.getByRole('tab', { name: 'Composition' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Status of the dossier' })).toHaveValue('In consultation');
  await page.screenshot({ path: 'tmp/shot-dossier-status.png' });
});
