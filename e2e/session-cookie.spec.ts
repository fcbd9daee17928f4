import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support/demo';

test('the refresh token stays out of scripts’ reach: an HttpOnly cookie for /api/auth, nothing in localStorage', async ({ page, context }) => {
  await signIn(page, DEMO.workersMember);
  const stored = await page.evaluate(() => Object.entries({ ...localStorage }));
  expect(stored.filter(([key, value]) => /token/i.test(key) || /^[\w-]{8}-[\w-]{4}-.*\./.test(value))).toEqual([]);
  const cookie = (await context.cookies()).find((candidate) => candidate.name === 'tripart_refresh');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('tripart_refresh');

  await page.reload();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
});

test('signing out clears the cookie: a reload lands on sign-in', async ({ page, context }) => {
  await signIn(page, DEMO.workersMember);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await context.cookies()).some((candidate) => candidate.name === 'tripart_refresh')).toBe(false);
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in$/);
});
