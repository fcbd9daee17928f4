import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, signIn } from './support/demo';
import { createDossier } from './support/dossiers';

const DRAFT = path.join(__dirname, 'fixtures/labour-code-amendment.txt');
const ANOTHER_LAW = path.join(__dirname, 'fixtures/fisheries-act.txt');

test('importing another law as the next version is said before it commits, and needs a deliberate confirmation', async ({ page }) => {
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Freedom of association ${Date.now()}`);
  await page.locator('input[type=file]').setInputFiles(DRAFT);
  await page.getByRole('button', { name: 'Import as version 1' }).click();
  await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ })).toBeVisible();

  await page.getByRole('button', { name: 'Import a new version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import version 2' });
  await dialog.locator('input[type=file]').setInputFiles(ANOTHER_LAW);
  await expect(dialog.getByText('This file does not look like version 1')).toBeVisible();
  await expect(dialog.getByText(/Only 0 of its 4 units resemble one of the 4 of version 1/)).toBeVisible();
  const importButton = dialog.getByRole('button', { name: 'Import as version 2' });
  await expect(importButton).toBeDisabled();
  const axe = await new AxeBuilder({ page }).include('[role=dialog]').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('unrelated-version-warning.png'), fullPage: true });

  await dialog.getByRole('checkbox', { name: 'It is the right file: import it as version 2' }).check();
  await expect(importButton).toBeEnabled();
});

/** The facilitator's own requests, as an integrator would make them: what the page then shows is the subject. */
async function asFacilitator(request: APIRequestContext) {
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const signedIn = await gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }', { e: DEMO.facilitator, p: DEMO_PASSWORD });
  return { gql, token: signedIn.signIn.accessToken as string };
}

test('a comment whose quoted words a later version dropped stays in sight on the newest version, with the version it was written on', async ({ page }) => {
  test.setTimeout(60_000); // two sign-ins, two imports and a whole-page axe run: past 30 s on the 2-core CI machine with two workers
  await signIn(page, DEMO.facilitator);
  const dossierPath = await createDossier(page, `Right to organize ${Date.now()}`);
  const dossierId = dossierPath.split('/').pop()!;
  await page.locator('input[type=file]').setInputFiles(DRAFT);
  await page.getByRole('button', { name: 'Import as version 1' }).click();
  await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ })).toBeVisible();

  const { gql, token } = await asFacilitator(page.request);
  const { dossier } = await gql('query($id: ID!) { dossier(id: $id) { currentDraft { provisions { id number } } } }', { id: dossierId }, token);
  const article3 = dossier.currentDraft.provisions.find((provision: { number: string }) => provision.number === 'Article 3').id;
  await gql(
    'mutation($input: AddCommentInput!) { addComment(input: $input) { id } }',
    { input: { provisionId: article3, body: 'Authorization is never needed.', visibility: 'PLENARY', quote: { exact: 'without previous authorization' } } },
    token,
  );
  const version2 = readFileSync(DRAFT, 'utf8').replace('without previous authorization', 'freely');
  const upload = await page.request.post(`/api/dossiers/${dossierId}/drafts`, {
    headers: { authorization: `Bearer ${token}` },
    multipart: { file: { name: 'labour-code-amendment-v2.txt', mimeType: 'text/plain', buffer: Buffer.from(version2) } },
  });
  expect(upload.ok()).toBe(true);

  await page.goto(`${dossierPath}/draft`); // the newest version (the address held version 1 since its import)
  await expect(page.getByRole('textbox', { name: 'Version' })).toHaveValue(/^Version 2/);
  await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ }).click();
  const earlier = page.getByRole('region', { name: 'Left on an earlier version' });
  await expect(earlier.getByText('On version 1 (Article 3 — Right to organize): the quoted words are gone from this version.')).toBeVisible();
  await expect(earlier.getByText('Authorization is never needed.')).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('earlier-thread-on-newest.png'), fullPage: true });
});

test('under "Show changes", a provision the new version took out is shown where it stood, struck through', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, DEMO.facilitator);
  const dossierPath = await createDossier(page, `Definitions ${Date.now()}`);
  const dossierId = dossierPath.split('/').pop()!;
  await page.locator('input[type=file]').setInputFiles(DRAFT);
  await page.getByRole('button', { name: 'Import as version 1' }).click();
  await expect(page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ })).toBeVisible();

  const { token } = await asFacilitator(page.request);
  const withoutDefinitions = readFileSync(DRAFT, 'utf8').replace(/Article 2\nDefinitions\n[\s\S]*?\n\n/, '');
  const upload = await page.request.post(`/api/dossiers/${dossierId}/drafts`, {
    headers: { authorization: `Bearer ${token}` },
    multipart: { file: { name: 'labour-code-amendment-v2.txt', mimeType: 'text/plain', buffer: Buffer.from(withoutDefinitions) } },
  });
  expect(upload.ok()).toBe(true);

  await page.goto(`${dossierPath}/draft`);
  await expect(page.getByRole('textbox', { name: 'Version' })).toHaveValue(/^Version 2/);
  const text = page.getByRole('region', { name: 'Draft text' });
  await expect(text.getByText('Removed in this version')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show changes' }).check();
  const removed = text.getByRole('deletion');
  await expect(removed).toHaveCount(1); // the article and its two paragraphs, where they stood
  await expect(removed.getByText('Removed in this version')).toBeVisible();
  await expect(removed.getByText('Article 2 — Definitions')).toBeVisible();
  await expect(removed.getByText(/"Trade union" means any organization of workers/)).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('removed-provision-in-changes.png'), fullPage: true });
});
