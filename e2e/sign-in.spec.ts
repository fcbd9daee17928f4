import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, signIn } from './support/demo';

test('a newcomer signs in, switches to French, and signs out', async ({ page }) => {
  // Switching saves the language on the account: scenarios running beside this one must not see it change.
  await signIn(page, DEMO.employersMember);
  await expect(page.getByRole('navigation')).toBeVisible();

  await page.getByRole('combobox', { name: /^(Language|Langue|Idioma)$/ }).selectOption('fr');

  await expect(page.getByRole('heading', { level: 1, name: /^Bienvenue, / })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mes organisations' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Se connecter à Tripart' })).toBeVisible();
});

test('a wrong password is refused with a plain message by the form', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO.govLead);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(`${DEMO_PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect');
  await expect(page.getByRole('textbox', { name: 'Password', exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a signed-out visitor asking for a page is sent to sign-in, then brought back', async ({ page }) => {
  await page.goto('/admin/organizations');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Email').fill(DEMO.admin);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organizations' })).toBeVisible();
});

test('a returning visitor stays signed in after a reload', async ({ page }) => {
  await signIn(page, DEMO.workersLead);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'My organizations' })).toBeVisible();
  await expect(page).not.toHaveURL(/\/sign-in/);
});
