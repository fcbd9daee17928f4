import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support/demo';

test('a member is kept out of administration', async ({ page }) => {
  await signIn(page, DEMO.workersLead);
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);

  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'My organizations' })).toBeVisible();
});

test('an unknown address shows a page-not-found with a way home', async ({ page }) => {
  await signIn(page, DEMO.workersLead);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to home' }).click();
  await expect(page).toHaveURL(/\/$/);
});
