import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openDemoDossier, personPage, scheduleSession } from './support/sessions';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
}

test('two workers co-draft their paper live, the lead submits it, the employers see only the submission', async ({ browser }) => {
  test.setTimeout(120_000);
  const lead = await personPage(browser, 'wrk.lead@tripart.example');
  const dossierPath = await openDemoDossier(lead);
  const member = await personPage(browser, 'wrk.member@tripart.example');

  await lead.goto(`${dossierPath}/positions`);
  await member.goto(`${dossierPath}/positions`);
  const leadPaper = lead.locator('[data-private-paper]');
  await expect(leadPaper.getByText("Workers' delegation only")).toBeVisible();
  await expect(lead.locator('[data-collab-status="saved"]')).toBeVisible();
  await expect(member.locator('[data-collab-status="saved"]')).toBeVisible();

  const stamp = Date.now().toString(36);
  const leadWords = `Workers support the reform ${stamp}.`;
  const memberWords = `Freedom of association first ${stamp}.`;
  await lead.getByTestId('general-statement').click();
  await lead.keyboard.press('Control+End');
  await lead.keyboard.type(` ${leadWords}`);
  await expect(member.getByTestId('general-statement')).toContainText(leadWords);

  await member.getByTestId('general-statement').click();
  await member.keyboard.press('Control+End');
  await member.keyboard.type(` ${memberWords}`);
  await expect(lead.getByTestId('general-statement')).toContainText(memberWords);

  // A stance by keyboard: the chips are a radio group.
  const stances = lead.getByRole('radiogroup', { name: /^Stance on Article 1/ });
  await stances.getByRole('radio', { name: 'Support', exact: true }).focus();
  await lead.keyboard.press('ArrowRight');
  await expect(stances.getByRole('radio', { name: 'Support with amendments' })).toBeChecked();
  await expect(member.getByRole('radiogroup', { name: /^Stance on Article 1/ }).getByRole('radio', { name: 'Support with amendments' })).toBeChecked();
  await expect(lead.locator('[data-collab-status="saved"]')).toBeVisible();

  expect(await seriousViolations(lead)).toEqual([]);

  await lead.getByRole('button', { name: 'Submit the position…' }).click();
  const dialog = lead.getByRole('dialog', { name: 'Submit the position to the plenary' });
  await expect(dialog.getByTestId('submission-preview')).toContainText(memberWords);
  await expect(dialog.getByTestId('submission-preview')).toContainText('Support with amendments');
  expect(await seriousViolations(lead)).toEqual([]);
  await dialog.getByRole('button', { name: 'Submit to the plenary' }).click();
  await expect(lead.getByText(/Position submitted to the plenary as submission no\. \d+\./)).toBeVisible();

  // The employers' lead (who reads French) sees the submission, never the workers' paper.
  const employer = await personPage(browser, 'emp.lead@tripart.example');
  await employer.goto(`${dossierPath}/positions?view=submitted`);
  const table = employer.getByTestId('submitted-positions');
  await expect(table.locator('[data-side="WORKERS"][data-row="general"]')).toContainText(memberWords);
  await expect(employer.locator('[data-private-paper]')).not.toContainText(leadWords);
  await expect(employer.getByTestId('general-statement')).not.toContainText(leadWords);
  expect(await seriousViolations(employer)).toEqual([]);

  // Their own paper is their own side's: the tab shows the employers' lock, not the workers'.
  await employer.goto(`${dossierPath}/positions?view=paper`);
  await expect(employer.locator('[data-private-paper] [data-private]')).toBeVisible();
  await expect(employer.locator('[data-collab-status="saved"]')).toBeVisible();
  await expect(employer.getByTestId('general-statement')).not.toContainText(leadWords);
  expect(await seriousViolations(employer)).toEqual([]);
});

test('an observer only sees the submitted positions', async ({ browser }) => {
  const observer = await personPage(browser, 'observer@tripart.example');
  const dossierPath = await openDemoDossier(observer);
  await observer.goto(`${dossierPath}/positions`);
  await expect(observer.getByRole('tab', { name: /Positions/ }).first()).toBeVisible();
  await expect(observer.locator('[data-private-paper]')).toHaveCount(0);
  await expect(observer.getByTestId('general-statement')).toHaveCount(0);
  expect(await seriousViolations(observer)).toEqual([]);
});

test('the joint text follows the facilitator’s lock live', async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Joint drafting ${Date.now().toString(36)}`;
  const facilitator = await personPage(browser, 'facilitator@tripart.example');
  await openDemoDossier(facilitator);
  await scheduleSession(facilitator, title, ['Article 3 — Right to organise']);
  await facilitator.locator('li', { hasText: title }).getByRole('link', { name: `Open the session ${title}` }).click();
  await expect(facilitator).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(facilitator.url()).pathname;
  await expect(facilitator.getByTestId('drafting-lock')).toHaveText('Drafting locked by the facilitator');
  await expect(facilitator.getByTestId('joint-text-editor')).toHaveAttribute('contenteditable', 'true');

  const delegate = await personPage(browser, 'wrk.member@tripart.example');
  await delegate.goto(sessionPath);
  await expect(delegate.getByTestId('joint-text-editor')).toHaveAttribute('contenteditable', 'false');

  await facilitator.getByRole('switch', { name: 'Open joint drafting to all delegations' }).click({ force: true });
  await expect(delegate.getByTestId('drafting-lock')).toHaveText('Drafting open to all delegations');
  await expect(delegate.getByTestId('joint-text-editor')).toHaveAttribute('contenteditable', 'true');
  await delegate.getByTestId('joint-text-editor').click();
  await delegate.keyboard.type('Agreed words from the workers.');
  await expect(facilitator.getByTestId('joint-text-editor')).toContainText('Agreed words from the workers.');
  expect(await seriousViolations(delegate)).toEqual([]);

  await facilitator.getByRole('switch', { name: 'Open joint drafting to all delegations' }).click({ force: true });
  await expect(delegate.getByTestId('drafting-lock')).toHaveText('Drafting locked by the facilitator');
  await expect(delegate.getByTestId('joint-text-editor')).toHaveAttribute('contenteditable', 'false');
  expect(await seriousViolations(facilitator)).toEqual([]);
});
