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
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Status of the dossier' })).toHaveValue('In consultation');
});

test('a new dossier’s Draft tab, with its import panel, has no serious accessibility violation', async ({ page }) => {
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Import panel ${Date.now()}`);
  await expect(page.getByText('Choose a file')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dossier header shows who moved the status, when, from what to what', async ({ page }) => {
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Status history ${Date.now()}`);
  await expect(page.getByRole('button', { name: /^Status history/ })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Status of the dossier' }).click();
  await page.getByRole('option', { name: 'In consultation' }).click();
  const history = page.getByRole('button', { name: 'Status history (1)' });
  await history.click();
  await expect(history).toHaveAttribute('aria-expanded', 'true');
  const moves = page.getByRole('list', { name: 'Who moved the dossier’s status, and when' }).getByRole('listitem');
  await expect(moves).toHaveText([/^In preparation → In consultation — .+, .*\d{4}/]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'tmp/shot-dossier-status-history.png' });
});
