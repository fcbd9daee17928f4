import { expect, type Page } from '@playwright/test';

/** The seeded demo accounts (see the API's seed). */
export const DEMO_PASSWORD = 'Tripart-demo-2026';
export const DEMO = {
  admin: 'admin@tripart.example',
  facilitator: 'facilitator@tripart.example',
  govLead: 'gov.lead@tripart.example',
  employersLead: 'emp.lead@tripart.example',
  /** Saves French as their language (sign-in.spec): no other scenario signs in as them, so none depends on it. */
  employersMember: 'emp.member@tripart.example',
  workersLead: 'wrk.lead@tripart.example',
  workersMember: 'wrk.member@tripart.example',
  observer: 'observer@tripart.example',
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Whatever language the person saved, home has loaded once its h1 and the navigation show.
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
}
