import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { openDemoDossier, personPage, scheduleSession } from './support/sessions';

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

test('a recorded outcome freezes the joint text for everyone until the facilitator reopens the item, with a reason', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Frozen text ${Date.now()}`;
  const facilitator = await personPage(browser, DEMO.facilitator);
  await openDemoDossier(facilitator);
  await scheduleSession(facilitator, title, ['Article 3 — Right to organise']);
  await facilitator.locator('li', { hasText: title }).getByRole('link', { name: `Open the session ${title}` }).click();
  await expect(facilitator).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(facilitator.url()).pathname;
  await expect(facilitator.locator('[data-live-link="live"]')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Start the session' }).click();
  await facilitator.getByRole('button', { name: 'Start from it' }).click();
  await facilitator.getByRole('button', { name: 'Replace the joint text' }).click();
  const editor = facilitator.getByTestId('joint-text-editor');
  await expect(editor).toContainText('without previous authorisation');

  const delegate = await personPage(browser, DEMO.workersMember);
  await delegate.goto(sessionPath);
  await expect(delegate.locator('[data-live-link="live"]')).toBeVisible();

  // Consensus: the agreed text is frozen, on every screen, without a reload.
  await facilitator.getByRole('radio', { name: 'Consensus', exact: true }).check();
  await facilitator.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(facilitator.getByTestId('drafting-lock')).toHaveText('Frozen: outcome recorded');
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await expect(facilitator.getByRole('button', { name: 'Start from it' })).toHaveCount(0);
  await expect(facilitator.getByRole('switch', { name: 'Open joint drafting to all delegations' })).toBeDisabled();
  await expect(delegate.getByTestId('drafting-lock')).toHaveText('Frozen: outcome recorded');
  await expect(delegate.getByText('The outcome is recorded, so the agreed text is frozen. Only the facilitator can reopen the item to change it.')).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Reopen the item' })).toHaveCount(0);
  await shot(facilitator, 'facilitator-frozen');
  expect(await seriousViolations(facilitator)).toEqual([]);

  // Reopening asks why, by keyboard; everyone's screen follows.
  await facilitator.getByRole('button', { name: 'Reopen the item' }).click();
  const dialog = facilitator.getByRole('dialog', { name: 'Reopen this item?' });
  const confirm = dialog.getByRole('button', { name: 'Reopen the item' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: /Why it is reopened/ }).fill('The workers found a word missing.');
  await shot(facilitator, 'facilitator-reopen-dialog');
  expect(await seriousViolations(facilitator)).toEqual([]);
  await confirm.focus();
  await facilitator.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(facilitator.getByTestId('drafting-lock')).toHaveText('Drafting locked by the facilitator');
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  await expect(facilitator.getByRole('button', { name: 'Record the outcome' })).toBeVisible();
  await expect(facilitator.getByText('Outcome recorded.')).toHaveCount(0);
  await expect(delegate.getByTestId('drafting-lock')).toHaveText('Drafting locked by the facilitator');
  await expect(delegate.getByTestId('recorded-outcome')).toHaveCount(0);
  await shot(delegate, 'delegate-after-reopen');
});
