import { expect, type Browser, type Page } from '@playwright/test';
import { signIn } from './demo';
import type { Ui } from './ui';

export const DEMO_DOSSIER = 'Labour Code (Amendment) Bill 2026';

export async function personPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Opens the demo dossier from the Dossiers page; returns its address (without the tab). */
export async function openDemoDossier(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dossiers' }).click();
  await page.getByRole('link', { name: DEMO_DOSSIER }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_DOSSIER })).toBeVisible();
  return new URL(page.url()).pathname.replace(/\/[a-z]+$/, '');
}

/** A facilitator schedules a session on the demo dossier's Sessions tab, with articles and a free topic. */
export async function scheduleSession(page: Page, title: string, articles: string[], topic?: string): Promise<void> {
  await page.getByRole('tab', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Schedule a session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a session' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Place' }).fill('Ministry of Labour, Room 4');
  for (const article of articles) await dialog.getByRole('checkbox', { name: article }).check();
  if (topic) {
    await dialog.getByRole('textbox', { name: 'Free topic' }).fill(topic);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  }
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(title)).toBeVisible();
}

/** Someone signs in (in the language they saved) and joins the live session from "What needs me" on their home page. */
export async function joinFromHome(browser: Browser, email: string, ui: Ui, title: string, sessionPath: string): Promise<Page> {
  const page = await personPage(browser, email);
  const needsMe = page.getByRole('region', { name: ui.home.whatNeedsMe });
  await needsMe.getByRole('link', { name: title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${sessionPath}$`));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.locator('[data-live-link="live"]')).toBeVisible();
  return page;
}
