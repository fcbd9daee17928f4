import { expect, test } from '@playwright/test';
import { DEMO } from './support/demo';
import { openDemoDossier, personPage, scheduleSession } from './support/sessions';

test('a live session: schedule, start, a hand raised, the floor given, an outcome recorded', async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `First reading ${Date.now()}`;
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await openDemoDossier(facilitator);

  await scheduleSession(facilitator, title, ['Article 3 — Right to organise', 'Article 4 — Registration'], 'Any other business');
  const row = facilitator.locator('li', { hasText: title });
  await expect(row.getByText('Scheduled')).toBeVisible();
  await expect(row.getByText('3 agenda items')).toBeVisible();
  await row.getByRole('link', { name: `Open the session ${title}` }).click();
  await expect(facilitator).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(facilitator.url()).pathname;

  // The facilitator starts the session and opens a round on the first item.
  await expect(facilitator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(facilitator.locator('[data-live-link="live"]')).toBeVisible();
  await expect(facilitator.getByTestId('provision-text')).toContainText('without previous authorisation');
  await facilitator.getByRole('button', { name: 'Start the session' }).click();
  await expect(facilitator.getByRole('button', { name: 'Adjourn' })).toBeVisible();
  await facilitator.getByRole('textbox', { name: 'Speaking time (seconds)' }).fill('120');
  await facilitator.getByRole('button', { name: 'Open the round' }).click();
  await expect(facilitator.getByTestId('current-round')).toHaveText('Provision review on Article 3 — Right to organise');

  // The workers' lead joins from another browser and raises her hand.
  const delegate = await personPage(browser, DEMO.workersLead);
  const needsMe = delegate.getByRole('region', { name: 'What needs me' });
  await expect(needsMe.getByRole('link', { name: title, exact: true })).toBeVisible();
  await needsMe.getByRole('link', { name: title, exact: true }).click();
  await expect(delegate).toHaveURL(new RegExp(`${sessionPath}$`));
  await expect(delegate.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(delegate.locator('[data-live-link="live"]')).toBeVisible();
  await delegate.getByRole('button', { name: 'Raise hand', exact: true }).click();
  await expect(delegate.getByTestId('my-place')).toHaveText('You are number 1 of 1 in the queue');
  await expect(delegate.getByRole('button', { name: 'Lower my hand' })).toBeVisible();

  // The facilitator sees her in the queue and gives her the floor: both see the speaker and the countdown.
  const queue = facilitator.getByTestId('queue');
  await expect(queue.getByText('Nadia Haddad')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Give the floor to the next in the queue' }).click();
  for (const page of [facilitator, delegate]) {
    await expect(page.getByTestId('speaker')).toHaveText('Nadia Haddad');
    await expect(page.getByRole('timer')).toHaveText(/^(2:00|1:5\d)$/);
  }
  await expect(delegate.getByText('You have the floor.')).toBeVisible();

  // She finishes; the facilitator notes the intervention and records the item's outcome.
  await facilitator.getByRole('textbox', { name: 'Intervention note' }).fill('Workers oppose prior authorisation.');
  await facilitator.getByRole('button', { name: 'Take the floor back' }).click();
  await expect(facilitator.getByText('Nobody has the floor.')).toBeVisible();
  await expect(delegate.getByText('Nobody has the floor.')).toBeVisible();
  await facilitator.getByRole('radio', { name: 'No consensus' }).check();
  await facilitator.getByRole('textbox', { name: 'Outcome note' }).fill('Back to the drafting group.');
  await facilitator.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(facilitator.getByText('Outcome recorded.')).toBeVisible();
  await expect(facilitator.getByRole('navigation', { name: 'Agenda' }).getByText('No consensus')).toBeVisible();
  await expect(delegate.getByRole('navigation', { name: 'Agenda' }).getByText('No consensus')).toBeVisible();

  // A caucus break: the workers confer in their private channel.
  await facilitator.getByRole('textbox', { name: 'Kind of round' }).click();
  await facilitator.getByRole('option', { name: 'Caucus break' }).click();
  await facilitator.getByRole('textbox', { name: 'Caucus length (minutes)' }).fill('10');
  await facilitator.getByRole('button', { name: 'Open the round' }).click();
  const caucus = delegate.getByRole('region', { name: "My delegation's caucus" });
  await expect(caucus.getByText("Workers' delegation only")).toBeVisible();
  await caucus.getByRole('textbox', { name: 'Message' }).fill('We hold firm on Article 3.');
  await caucus.getByRole('button', { name: 'Send to my delegation' }).click();
  await expect(caucus.getByRole('log').getByText('We hold firm on Article 3.')).toBeVisible();
  await expect(facilitator.getByText('We hold firm on Article 3.')).toHaveCount(0);

  // The outcome is on the dossier's Outcomes tab, also when filtering for disagreement.
  await facilitator.goto(`${dossierPath}/outcomes`);
  const article = facilitator.getByRole('row', { name: /Article 3 — Right to organise/ });
  await expect(article.getByText('No consensus')).toBeVisible();
  await article.locator('[aria-expanded]').click(); // the note opens below the row
  await expect(facilitator.getByRole('table').getByText('Back to the drafting group.')).toBeVisible();
  await facilitator.getByRole('switch', { name: 'Only where we disagree' }).check();
  await expect(article).toBeVisible();
  await expect(facilitator.getByRole('row', { name: /Article 9 — Entry into force/ })).toHaveCount(0);
});
