import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { openDemoDossier, personPage } from './support/sessions';

/** The card of the workers' contribution on Article 2 in the Outcomes tab's responses (Article 1 is the matrix scenario's, which may run meanwhile). */
const workersOnArticle2 = (page: Page) =>
  page.locator('[data-contribution]').filter({ has: page.locator('[data-side="WORKERS"]') }).filter({ has: page.getByRole('heading', { name: /^Article 2\b/ }) });

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

test('the government drafts and records its response to a workers’ contribution; the others see only what is recorded', async ({ browser }) => {
  test.setTimeout(150_000);
  // The workers' lead submits a stance on Article 2: a contribution.
  const workers = await personPage(browser, 'wrk.lead@tripart.example');
  const dossierPath = await openDemoDossier(workers);
  await submitWorkersPaper(workers, dossierPath, 'Support with amendments');

  // A government member drafts the response, by keyboard.
  const member = await personPage(browser, 'gov.member@tripart.example');
  await member.goto(`${dossierPath}/outcomes`);
  const count = member.getByTestId('responses-count');
  await expect(count).toHaveText(/^0 of \d+ contributions? answered$/);
  const card = workersOnArticle2(member);
  await expect(card).toContainText('Support with amendments');
  await card.getByRole('radio', { name: 'Accepted', exact: true }).focus();
  await member.keyboard.press('ArrowRight');
  await expect(card.getByRole('radio', { name: 'Partly accepted' })).toBeChecked();
  await card.getByRole('textbox', { name: 'Reasons' }).fill('The public sector is covered by a separate law, amended alongside.');
  await card.getByRole('button', { name: 'Save draft' }).click();
  await expect(card.getByRole('status')).toHaveText('Draft saved. Only the government delegation sees it.');
  await expect(count).toHaveText(/^0 of \d+/);
  await card.scrollIntoViewIfNeeded();
  await shot(member, 'government-member-draft');
  expect(await seriousViolations(member)).toEqual([]);

  // The facilitator concludes the dossier only by saying why the contribution is left without a response.
  const facilitator = await personPage(browser, 'facilitator@tripart.example');
  await facilitator.goto(`${dossierPath}/outcomes`);
  const status = facilitator.getByRole('textbox', { name: 'Status of the dossier' });
  const moveTo = async (label: string) => {
    await status.click();
    await facilitator.getByRole('option', { name: label }).click();
  };
  const before = await status.inputValue();
  if (before === 'In preparation') await moveTo('In consultation');
  await moveTo('Concluded');
  const why = facilitator.getByRole('dialog', { name: 'Conclude with contributions unanswered?' });
  await expect(why).toContainText(/[1-9]\d* of [1-9]\d* submitted contributions? (has|have) no government response yet\./);
  await expect(status).toHaveValue('In consultation');
  await expect(why.getByRole('button', { name: 'Conclude the dossier' })).toBeDisabled();
  await why.getByRole('textbox', { name: /Why the dossier is concluded without them/ }).fill('The workers agreed to have Article 2 answered in the implementing decree.');
  await shot(facilitator, 'facilitator-conclude-anyway');
  expect(await seriousViolations(facilitator)).toEqual([]);
  await why.getByRole('button', { name: 'Conclude the dossier' }).click();
  await expect(why).toBeHidden();
  await expect(status).toHaveValue('Concluded');
  // Back to where the demo dossier was, for the other scenarios.
  await moveTo('In consultation');
  await expect(status).toHaveValue('In consultation');
  if (before === 'In preparation') {
    await moveTo('In preparation');
    await expect(status).toHaveValue('In preparation');
  }

  // The workers do not see the draft; their page stays open while the government's lead records it.
  await workers.goto(`${dossierPath}/outcomes`);
  await expect(workersOnArticle2(workers)).toContainText('No response yet');
  await expect(workersOnArticle2(workers)).not.toContainText('separate law');

  // The government's lead (who reads Spanish) records it.
  const lead = await personPage(browser, 'gov.lead@tripart.example');
  await lead.goto(`${dossierPath}/outcomes`);
  const leadCard = workersOnArticle2(lead);
  await expect(leadCard.getByRole('radio', { name: 'Aceptada en parte' })).toBeChecked();
  await leadCard.getByRole('button', { name: 'Registrar para el gobierno' }).click();
  await expect(leadCard.getByRole('status')).toHaveText('Registrada. Todos los participantes del expediente ven ahora esta respuesta.');
  await expect(lead.getByTestId('responses-count')).toHaveText(/^1 de \d+ contribuci/);
  await shot(lead, 'government-lead-recorded-es');
  expect(await seriousViolations(lead)).toEqual([]);

  // The workers' open page shows the recorded response without reloading (response:recorded).
  await expect(workersOnArticle2(workers).locator('[data-verdict="PARTLY_ACCEPTED"]')).toHaveText('Partly accepted');
  await expect(workersOnArticle2(workers).getByTestId('response-reasons')).toContainText('separate law');
  await expect(workers.getByTestId('responses-count')).toHaveText(/^1 of \d+ contributions? answered$/);

  // Everyone seated reads the recorded response and the count.
  const observer = await personPage(browser, 'observer@tripart.example');
  await observer.goto(`${dossierPath}/outcomes`);
  const seen = workersOnArticle2(observer);
  await expect(seen.locator('[data-verdict="PARTLY_ACCEPTED"]')).toHaveText('Partly accepted');
  await expect(seen.getByTestId('response-reasons')).toContainText('separate law');
  await expect(seen.getByTestId('response-form')).toHaveCount(0);
  await expect(observer.getByTestId('responses-count')).toHaveText(/^1 of \d+ contributions? answered$/);
  await observer.getByRole('switch', { name: 'Only those without a response' }).click({ force: true });
  await expect(workersOnArticle2(observer)).toHaveCount(0);
  await observer.getByRole('switch', { name: 'Only those without a response' }).click({ force: true });
  await workersOnArticle2(observer).scrollIntoViewIfNeeded();
  await shot(observer, 'observer-responses');
  expect(await seriousViolations(observer)).toEqual([]);

  // The workers resubmit without changing Article 2: its answer stands, on the observer's open page too.
  const answered = await observer.getByTestId('responses-count').textContent();
  await submitWorkersPaper(workers, dossierPath);
  await expect(workersOnArticle2(observer).getByTestId('answer-kept')).toHaveText(/^Resubmitted unchanged since submission \d+: its answer stands\.$/);
  await expect(workersOnArticle2(observer).locator('[data-verdict="PARTLY_ACCEPTED"]')).toHaveText('Partly accepted');
  await expect(observer.getByTestId('responses-count')).toHaveText(answered ?? '');
  const matrixRow = observer.getByRole('table', { name: /^Consensus matrix/ }).locator('tbody tr').filter({ has: observer.getByRole('rowheader', { name: /^Article 2\b/ }) }).first();
  await expect(matrixRow.locator('[data-verdict="PARTLY_ACCEPTED"]')).toHaveText('Partly accepted');

  // They change their stance: a new contribution to answer, the earlier answer shown as the answer to the earlier submission.
  await submitWorkersPaper(workers, dossierPath, 'Reserve');
  const changed = workersOnArticle2(observer);
  await expect(changed).toContainText('No response yet');
  await expect(changed.locator('[data-stance="RESERVE"]')).toHaveText('Reserve');
  const earlier = changed.getByTestId('earlier-answer');
  await expect(earlier).toContainText(/^Answer to submission \d+/);
  await expect(earlier.locator('[data-verdict="PARTLY_ACCEPTED"]')).toHaveText('Partly accepted');
  await expect(earlier.locator('[data-stance="SUPPORT_WITH_AMENDMENTS"]')).toHaveText('Support with amendments');
  await expect(earlier).toContainText('separate law');
  await expect(matrixRow.locator('[data-position="RESERVE"]')).toBeVisible();
  await expect(matrixRow).toContainText('No response yet');
  await changed.scrollIntoViewIfNeeded();
  await shot(observer, 'observer-changed-contribution');
  expect(await seriousViolations(observer)).toEqual([]);
});

/** The workers' lead submits the paper, with Article 2's stance changed first when one is given. */
async function submitWorkersPaper(workers: Page, dossierPath: string, stance?: string) {
  await workers.goto(`${dossierPath}/positions?view=paper`);
  await expect(workers.locator('[data-collab-status="saved"]')).toBeVisible();
  if (stance) {
    await workers.getByRole('radiogroup', { name: /^Stance on Article 2/ }).getByRole('radio', { name: stance, exact: true }).check();
    await expect(workers.locator('[data-collab-status="saved"]')).toBeVisible();
  }
  await workers.getByRole('button', { name: 'Submit the position…' }).click();
  await workers.getByRole('dialog', { name: 'Submit the position to the plenary' }).getByRole('button', { name: 'Submit to the plenary' }).click();
  await expect(workers.getByText(/Position submitted to the plenary as submission no\. \d+\./)).toBeVisible();
}
