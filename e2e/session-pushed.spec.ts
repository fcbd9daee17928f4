import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/demo';
import { openDemoDossier, personPage, scheduleSession } from './support/sessions';

/** How many times this page asked the API for the whole live state (the ConsultationSession query). */
function countStateFetches(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('"operationName":"ConsultationSession"')) count += 1;
  });
  return () => count;
}

test('a delegate’s screen follows the room by what each change carries, never asking for the state again', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Pushed ${Date.now().toString(36)}`;
  const facilitator = await personPage(browser, DEMO.facilitator);
  await openDemoDossier(facilitator);
  await scheduleSession(facilitator, title, ['Article 3 — Right to organise']);
  await facilitator.locator('li', { hasText: title }).getByRole('link', { name: `Open the session ${title}` }).click();
  await expect(facilitator.locator('[data-live-link="live"]')).toBeVisible();
  const sessionPath = new URL(facilitator.url()).pathname;
  await facilitator.getByRole('button', { name: 'Start the session' }).click();
  await facilitator.getByRole('button', { name: 'Open the round' }).click();
  await expect(facilitator.getByTestId('current-round')).toHaveText('Provision review on Article 3 — Right to organise');

  const delegate = await personPage(browser, DEMO.workersLead);
  const fetches = countStateFetches(delegate);
  await delegate.goto(sessionPath);
  await expect(delegate.locator('[data-live-link="live"]')).toBeVisible();
  await delegate.waitForLoadState('networkidle');
  const onArrival = fetches();

  await delegate.getByRole('button', { name: 'Raise hand', exact: true }).click();
  await expect(delegate.getByTestId('my-place')).toHaveText('You are number 1 of 1 in the queue');
  await facilitator.getByRole('button', { name: 'Give the floor to the next in the queue' }).click();
  await expect(delegate.getByTestId('speaker')).toHaveText('Nadia Haddad');
  await expect(delegate.getByText('You have the floor.')).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Raise hand', exact: true })).toHaveCount(0); // the same render as the line above
  await delegate.screenshot({ path: test.info().outputPath('delegate-has-the-floor.png'), fullPage: true });
  await facilitator.getByRole('button', { name: 'Take the floor back' }).click();
  await expect(delegate.getByText('Nobody has the floor.')).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Raise hand', exact: true })).toBeEnabled();
  await facilitator.getByRole('radio', { name: 'No consensus' }).check();
  await facilitator.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(delegate.getByRole('navigation', { name: 'Agenda' }).getByText('No consensus')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Adjourn' }).click();
  await expect(delegate.getByText('Adjourned').first()).toBeVisible();

  expect(fetches()).toBe(onArrival);
});
