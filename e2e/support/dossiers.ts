import { expect, type Page } from '@playwright/test';

/** Opens a dossier in Valdoria (the demo country) from the Dossiers page; returns its address. */
export async function createDossier(page: Page, title: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dossiers' }).click();
  await page.getByRole('button', { name: 'New dossier' }).click();
  const dialog = page.getByRole('dialog', { name: 'New dossier' });
  await dialog.getByLabel('Title').fill(title);
  await expect(dialog.getByRole('textbox', { name: 'Country' })).toHaveValue('Valdoria');
  await dialog.getByRole('textbox', { name: 'ILO conventions' }).click();
  await page.getByRole('option', { name: /C087/ }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Open dossier' }).click();
  await expect(page).toHaveURL(/\/dossiers\/[0-9a-f-]{36}\/draft/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname.replace(/\/draft$/, '');
}

async function bringIn(page: Page, where: string, person: string, lead: boolean): Promise<void> {
  await page.getByRole('textbox', { name: 'Where' }).click();
  await page.getByRole('option', { name: where, exact: true }).click();
  await page.getByRole('textbox', { name: 'Person' }).click();
  await page.getByRole('option', { name: new RegExp(person) }).click();
  if (lead) await page.getByLabel('Lead of the delegation (spokesperson)').check();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

/** A facilitator or administrator seats a person from the Composition tab (a delegation's first lead, a facilitator, an observer). */
export async function seat(page: Page, where: string, person: string, lead = false): Promise<void> {
  await bringIn(page, where, person, lead);
  await expect(page.getByText(`${person} was added.`)).toBeVisible();
}

/** A facilitator proposes a person for a delegation that has a lead: they join once a lead of it confirms. */
export async function propose(page: Page, where: string, person: string): Promise<void> {
  await bringIn(page, where, person, false);
  await expect(page.getByText(new RegExp(`^${person} was proposed: a lead of the ${where} decides whether they join\\.$`))).toBeVisible();
}
