import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { openDemoDossier, personPage } from './support/sessions';

test('the consensus matrix follows a submitted position live, filters and moves by keyboard', async ({ browser }) => {
  test.setTimeout(150_000);
  const facilitator = await personPage(browser, 'facilitator@tripart.example');
  const dossierPath = await openDemoDossier(facilitator);
  await facilitator.goto(`${dossierPath}/outcomes`);
  const matrix = facilitator.getByRole('table', { name: /^Consensus matrix/ });
  await expect(matrix).toBeVisible();

  // The workers' lead submits "Oppose" on Article 1; the facilitator's matrix shows it without reloading.
  const workers = await personPage(browser, 'wrk.lead@tripart.example');
  await workers.goto(`${dossierPath}/positions?view=paper`);
  await expect(workers.locator('[data-collab-status="saved"]')).toBeVisible();
  await workers.getByRole('radiogroup', { name: /^Stance on Article 1/ }).getByRole('radio', { name: 'Oppose', exact: true }).check();
  await expect(workers.locator('[data-collab-status="saved"]')).toBeVisible();
  await workers.getByRole('button', { name: 'Submit the position…' }).click();
  await workers.getByRole('dialog', { name: 'Submit the position to the plenary' }).getByRole('button', { name: 'Submit to the plenary' }).click();
  await expect(workers.getByText(/Position submitted to the plenary as submission no\. \d+\./)).toBeVisible();

  const article1 = matrix.locator('tbody tr').filter({ has: facilitator.getByRole('rowheader', { name: /^Article 1\b/ }) }).first();
  await expect(article1.locator('[data-position="OPPOSE"]')).toHaveText(/Oppose/);
  await expect(article1).toContainText('No response yet');
  await expect(facilitator.getByTestId('answered-count')).toHaveText(/^\d+ of [1-9]\d* contributions? answered$/);

  // "No response yet" keeps Article 1; the arrows move the focus along the row.
  await facilitator.getByRole('switch', { name: 'Only where no response yet' }).check();
  await expect(article1).toBeVisible();
  await matrix.locator('[data-cell="0:0"]').focus();
  await facilitator.keyboard.press('ArrowRight');
  await expect(matrix.locator('[data-cell="0:1"]')).toBeFocused();
  await expect(matrix.locator('[data-cell="0:1"]')).toHaveAttribute('tabindex', '0');

  await facilitator.screenshot({ path: test.info().outputPath('consensus-matrix.png'), fullPage: true });
  expect(await seriousViolations(facilitator)).toEqual([]);
  // A row's provision opens in the draft, where its comments are.
  await article1.getByRole('link', { name: /^Article 1\b/ }).click();
  await expect(facilitator).toHaveURL(/\/draft\?provision=/);
  await expect(facilitator.getByRole('region', { name: 'Draft text' })).toBeVisible();
});
