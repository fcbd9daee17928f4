import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/demo';
import { openDemoDossier, personPage, scheduleSession } from './support/sessions';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
}

test('the sign-in page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('home and the admin pages have no serious accessibility violations', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await expect(page.getByRole('heading', { name: 'My organizations' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('columnheader', { name: 'Status' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Organizations' }).click();
  await expect(page.getByRole('columnheader', { name: 'Country' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dossier pages have no serious accessibility violations', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO.facilitator);
  await page.getByRole('link', { name: 'Dossiers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'New dossier' }).click();
  await expect(page.getByRole('dialog', { name: 'New dossier' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByLabel('Title').fill(`Accessibility check ${Date.now()}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Open dossier' }).click();
  await expect(page).toHaveURL(/\/draft$/);

  await page.locator('input[type=file]').setInputFiles(path.join(__dirname, 'fixtures/labour-code-amendment.txt'));
  await expect(page.getByRole('button', { name: 'Import as version 1' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import as version 1' }).click();
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Composition' }).click();
  await expect(page.getByRole('heading', { name: "Workers' delegation" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the sessions, live session, projector and outcomes pages have no serious accessibility violations', async ({ browser }) => {
  test.setTimeout(90_000);
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await openDemoDossier(facilitator);
  await facilitator.getByRole('tab', { name: 'Sessions' }).click();
  await expect(facilitator.getByRole('button', { name: 'Schedule a session' })).toBeVisible();
  expect(await seriousViolations(facilitator)).toEqual([]);
  await facilitator.getByRole('button', { name: 'Schedule a session' }).click();
  await expect(facilitator.getByRole('dialog', { name: 'Schedule a session' }).getByRole('checkbox').first()).toBeVisible();
  expect(await seriousViolations(facilitator)).toEqual([]);
  await facilitator.keyboard.press('Escape');

  const title = `Accessibility session ${Date.now()}`;
  await scheduleSession(facilitator, title, ['Article 2 — Scope']);
  await facilitator.getByRole('link', { name: `Open the session ${title}` }).click();
  await facilitator.getByRole('button', { name: 'Start the session' }).click();
  await facilitator.getByRole('button', { name: 'Open the round' }).click();
  await expect(facilitator.getByTestId('current-round')).toBeVisible();
  const sessionPath = new URL(facilitator.url()).pathname;

  const delegate = await personPage(browser, DEMO.govLead);
  await delegate.goto(sessionPath);
  await expect(delegate.locator('[data-live-link="live"]')).toBeVisible();
  await delegate.keyboard.press('h');
  await expect(delegate.getByTestId('my-place')).toBeVisible();
  expect(await seriousViolations(delegate)).toEqual([]);

  await facilitator.getByRole('button', { name: 'Give the floor to the next in the queue' }).click();
  await expect(facilitator.getByRole('timer')).toBeVisible();
  expect(await seriousViolations(facilitator)).toEqual([]);

  await facilitator.goto(`${sessionPath}/projector`);
  await expect(facilitator.getByTestId('projector-speaker')).toBeVisible();
  expect(await seriousViolations(facilitator)).toEqual([]);

  await facilitator.goto(`${dossierPath}/outcomes`);
  await expect(facilitator.getByRole('table', { name: 'Consensus matrix: positions, outcomes and responses per article and side' })).toBeVisible();
  expect(await seriousViolations(facilitator)).toEqual([]);
});
