import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support/demo';

test('an admin invites a person, who sets a password from the link and lands home', async ({ page, browser }) => {
  const name = 'Amara Diallo';
  const email = `amara.diallo.${Date.now()}@tripart.example`;

  await signIn(page, DEMO.admin);
  await page.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  const invite = page.getByRole('region', { name: 'Invite a person' });
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Full name').fill(name);
  await invite.getByRole('textbox', { name: 'Organization' }).click();
  await page.getByRole('listbox').getByRole('option', { name: /Ministry of Labour.*\(MLSD\)/ }).click();
  await invite.getByRole('button', { name: 'Create invitation link' }).click();

  const link = await invite.getByLabel('Invitation link').inputValue();
  expect(link).toMatch(/\/invitation#.+/);
  await expect(invite.getByText('valid for 7 days')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pending invitations' }).getByText(email)).toBeVisible();

  // The invited person, on their own device.
  const theirs = await browser.newContext();
  const invitee = await theirs.newPage();
  const { pathname, hash } = new URL(link);
  await invitee.goto(`${pathname}${hash}`);
  await expect(invitee.getByText(`${name}, you are invited to join`)).toBeVisible();
  await invitee.getByLabel('Choose a password').fill('a long and memorable passphrase');
  await invitee.getByLabel('Confirm the password').fill('a long and memorable passphrase');
  await invitee.getByRole('button', { name: 'Create my account' }).click();

  await expect(invitee).toHaveURL(/\/$/);
  await expect(invitee.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
  await theirs.close();
});

test('a link that was already used explains what to do', async ({ page }) => {
  await page.goto('/invitation#not-a-real-token');
  await expect(page.getByRole('alert')).toContainText("This invitation can't be used");
  await expect(page.getByRole('link', { name: 'Go to sign-in' })).toBeVisible();
});
