import { expect, test } from '@playwright/test';
import { DEMO } from './support/demo';
import { openDemoDossier, personPage, scheduleSession } from './support/sessions';

test('the facilitator starts the joint text from the provision; consensus keeps it as the agreed text', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Joint drafting ${Date.now()}`;
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await openDemoDossier(facilitator);
  await scheduleSession(facilitator, title, ['Article 3 — Right to organise']);
  await facilitator.locator('li', { hasText: title }).getByRole('link', { name: `Open the session ${title}` }).click();
  await expect(facilitator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(facilitator.locator('[data-live-link="live"]')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Start the session' }).click();
  await expect(facilitator.getByRole('button', { name: 'Adjourn' })).toBeVisible();

  // Start from the provision's wording: it replaces the (empty) joint text for everyone.
  await expect(facilitator.getByRole('textbox', { name: 'Start the joint text from' })).toHaveValue('The provision’s wording');
  await facilitator.getByRole('button', { name: 'Start from it' }).click();
  await expect(facilitator.getByRole('alert').filter({ hasText: 'This replaces the joint text for everyone.' })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Replace the joint text' }).click();
  const editor = facilitator.getByTestId('joint-text-editor');
  await expect(editor).toContainText('without previous authorisation');

  // Consensus: the joint text becomes the item's agreed text.
  await facilitator.getByRole('radio', { name: 'Consensus', exact: true }).check();
  await facilitator.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(facilitator.getByText('Outcome recorded.')).toBeVisible();
  await facilitator.goto(`${dossierPath}/outcomes`);
  const row = facilitator.getByRole('row', { name: /Article 3 — Right to organise/ });
  await expect(row.getByText('Consensus', { exact: true })).toBeVisible();
  await row.locator('[aria-expanded]').click(); // the agreed text opens below the row
  await expect(facilitator.getByRole('table').getByText(/Agreed text:.*without previous authorisation/)).toBeVisible();
});
