import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, signIn } from './support/demo';
import { createDossier, seat } from './support/dossiers';
import { openDemoDossier } from './support/sessions';

const DRAFT = path.join(__dirname, 'fixtures/labour-code-amendment.txt');

async function personPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test('a facilitator opens a dossier and finds it in the list and on Home', async ({ page }) => {
  const title = `Freedom of association reform ${Date.now()}`;
  await signIn(page, DEMO.facilitator);
  await createDossier(page, title);
  await expect(page.getByText('Facilitator', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Dossiers' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await expect(row.getByText('In preparation')).toBeVisible();
  await expect(row.getByText('Valdoria')).toBeVisible();

  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('region', { name: 'Dossiers' }).getByRole('link', { name: title })).toBeVisible();
});

test('a delegate is not offered to open dossiers', async ({ page }) => {
  await signIn(page, DEMO.workersLead);
  await page.getByRole('link', { name: 'Dossiers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New dossier' })).toHaveCount(0);
});

test('an unknown dossier says it is not available', async ({ page }) => {
  await signIn(page, DEMO.workersLead);
  await page.goto('/dossiers/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier not available' })).toBeVisible();
});

test("a workers' delegate comments privately and the employers' lead does not see it", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Registration of trade unions ${Date.now()}`;
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await createDossier(facilitator, title);

  // The administrator seats the delegations.
  const admin = await personPage(browser, DEMO.admin);
  await admin.goto(`${dossierPath}/composition`);
  await seat(admin, "Workers' delegation", 'Nadia Haddad', true);
  await seat(admin, "Employers' delegation", 'Claire Dubois', true);
  const workers = admin.getByRole('region', { name: "Workers' delegation" });
  await expect(workers.getByText('Nadia Haddad')).toBeVisible();
  await expect(workers.getByText('Lead')).toBeVisible();

  // The facilitator imports a small text draft, after seeing its structure.
  await facilitator.reload();
  await expect(facilitator.getByText('No draft yet — import a DOCX, text or Akoma Ntoso file')).toBeVisible();
  await facilitator.locator('input[type=file]').setInputFiles(DRAFT);
  await expect(facilitator.getByText('4 articles, 10 provisions in all')).toBeVisible();
  await facilitator.getByRole('button', { name: 'Import as version 1' }).click();
  const outline = facilitator.getByRole('navigation', { name: 'Outline' });
  await expect(outline.getByRole('button', { name: /Article 3/ })).toBeVisible();

  // The workers' lead comments on Article 3 for her delegation only.
  const workersLead = await personPage(browser, DEMO.workersLead);
  await workersLead.goto(`${dossierPath}/draft`);
  await workersLead.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ }).click();
  await expect(workersLead.getByRole('heading', { level: 2, name: 'Article 3 — Right to organize' })).toBeVisible();
  await expect(workersLead.getByRole('radio', { name: "Workers' delegation only" })).toBeChecked();
  await expect(workersLead.getByText("Only the members of the Workers' delegation will see this comment.")).toBeVisible();
  await workersLead.getByRole('combobox', { name: 'Comment' }).fill('Our line: no prior authorization, ever.');
  await workersLead.getByRole('button', { name: 'Send to my delegation' }).click();
  const comment = workersLead.locator('[data-comment-id]').filter({ hasText: 'Our line: no prior authorization, ever.' });
  await expect(comment).toBeVisible();
  await expect(comment.getByText("Workers' delegation only")).toBeVisible();

  // The employers' lead (French interface) sees the article without the workers' comment.
  const employersLead = await personPage(browser, 'emp.lead@tripart.example');
  await employersLead.goto(`${dossierPath}/draft`);
  await employersLead.locator('nav[aria-label] button', { hasText: 'Article 3' }).click();
  await expect(employersLead.locator('[data-provision-text]').filter({ hasText: 'without previous authorization' })).toBeVisible();
  await expect(employersLead.getByText('Aucun commentaire sur cette disposition pour l’instant.')).toBeVisible();
  await expect(employersLead.getByText('Our line: no prior authorization, ever.')).toHaveCount(0);
  await expect(employersLead.locator('[data-comment-id]')).toHaveCount(0);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map(({ id, help }) => ({ id, help }));
}

test('the reader fits 1024 px with the outline in a drawer, and 1280 px with an outline one may hide, by keyboard', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await signIn(page, DEMO.workersLead);
  const dossierPath = await openDemoDossier(page);
  await page.goto(`${dossierPath}/draft`);
  const text = page.getByRole('region', { name: 'Draft text' });
  await expect(text).toBeVisible();

  // 1024 × 768: the text and the threads share the row; the text keeps a readable measure.
  await expect(page.getByRole('navigation', { name: 'Outline' })).toHaveCount(0);
  expect((await text.boundingBox())!.width).toBeGreaterThan(380);
  const toggle = page.getByRole('button', { name: 'Outline', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Outline' });
  await expect(drawer).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  await drawer.getByRole('button', { name: /Article 3/ }).focus();
  await page.keyboard.press('Enter');
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Article 3 — Right to organise' })).toBeVisible();
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // 1280 × 720: three panes; the outline hides and shows again, remembered on this device.
  await page.setViewportSize({ width: 1280, height: 720 });
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await expect(outline).toBeVisible();
  expect((await text.boundingBox())!.width).toBeGreaterThan(440);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.press('Enter');
  await expect(outline).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect((await text.boundingBox())!.width).toBeGreaterThan(640);
  await page.reload();
  await expect(text).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Outline' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Outline', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Outline' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
