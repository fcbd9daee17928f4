import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fr } from '../apps/web/src/features/i18n/locales/fr';
import { openDemoDossier, personPage } from './support/sessions';

const WORKERS_LEAD = 'wrk.lead@tripart.example';
/** Claire Dubois, who reads French. */
const EMPLOYERS_LEAD = 'emp.lead@tripart.example';
const SCREENSHOTS = process.env.MENTIONS_SCREENSHOTS ?? '/tmp';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
}

/** The option the combobox points at with aria-activedescendant. */
function activeOption(page: Page, field: Locator): Promise<string> {
  return field.evaluate((element) => document.getElementById(element.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '');
}

test("the workers' lead names the employers' lead by keyboard; she sees it live on Home and opens the provision", async ({ browser }) => {
  test.setTimeout(120_000);
  const employersLead = await personPage(browser, EMPLOYERS_LEAD);
  const mentions = employersLead.getByRole('region', { name: fr.home.mentions.title });
  await expect(mentions.getByText(fr.home.mentions.empty)).toBeVisible();

  const workersLead = await personPage(browser, WORKERS_LEAD);
  await openDemoDossier(workersLead);
  await workersLead.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ }).click();
  await expect(workersLead.getByRole('heading', { level: 2, name: 'Article 3 — Right to organise' })).toBeVisible();

  const field = workersLead.getByRole('combobox', { name: 'Comment' });
  const caucus = workersLead.getByRole('radio', { name: "Workers' delegation only" });
  const plenary = workersLead.getByRole('radio', { name: 'Plenary — everyone in the dossier' });
  await expect(caucus).toBeChecked();

  // A caucus note offers only the workers' delegation: Claire is not among its readers.
  await field.focus();
  await workersLead.keyboard.type('@Cla');
  await expect(workersLead.getByText('No one called “Cla” will read this comment.').first()).toBeVisible();
  await workersLead.keyboard.press('Escape');
  for (let i = 0; i < 4; i += 1) await workersLead.keyboard.press('Backspace');

  // To the plenary, without the mouse: Tab to the choice, arrow to "Plenary", back to the text.
  await workersLead.keyboard.press('Tab');
  await expect(caucus).toBeFocused();
  await workersLead.keyboard.press('ArrowDown');
  await expect(plenary).toBeChecked();
  await workersLead.keyboard.press('Shift+Tab');
  await expect(field).toBeFocused();

  await workersLead.keyboard.type('Can the employers live with this wording, @');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  const listbox = workersLead.getByRole('listbox', { name: 'People who will read this comment' });
  await expect(listbox).toBeVisible();
  await expect(listbox.getByRole('option', { name: /Claire Dubois/ })).toBeVisible();
  await expect(listbox.getByRole('option', { name: /Nadia Haddad/ })).toHaveCount(0);
  for (let i = 0; i < 10 && !(await activeOption(workersLead, field)).includes('Claire Dubois'); i += 1) {
    await workersLead.keyboard.press('ArrowDown');
  }
  await expect(listbox.getByRole('option', { name: /Claire Dubois/ })).toHaveAttribute('aria-selected', 'true');
  await workersLead.screenshot({ path: `${SCREENSHOTS}/mentions-autocomplete.png` });
  expect(await seriousViolations(workersLead)).toEqual([]);

  await workersLead.keyboard.press('Enter');
  await expect(listbox).toBeHidden();
  await expect(field).toHaveValue('Can the employers live with this wording, @Claire Dubois ');
  await workersLead.keyboard.type('? We need your answer before Thursday.');

  // Switching to a caucus note now would hide the comment from Claire: said at once, and not sent.
  await workersLead.keyboard.press('Tab');
  await expect(plenary).toBeFocused();
  await workersLead.keyboard.press('ArrowUp');
  await expect(caucus).toBeChecked();
  await expect(workersLead.getByRole('alert').filter({ hasText: "Claire Dubois will not see a comment for the Workers' delegation only" })).toBeVisible();
  await workersLead.screenshot({ path: `${SCREENSHOTS}/mentions-unseen.png` });
  await workersLead.keyboard.press('ArrowDown');
  await expect(plenary).toBeChecked();
  await expect(workersLead.getByRole('alert').filter({ hasText: 'Claire Dubois will not see' })).toHaveCount(0);

  await workersLead.keyboard.press('Tab');
  await expect(workersLead.getByRole('button', { name: 'Send to the plenary' })).toBeFocused();
  await workersLead.keyboard.press('Enter');

  const card = workersLead.locator('[data-comment-id]').filter({ hasText: 'We need your answer before Thursday.' });
  await expect(card).toBeVisible();
  await expect(card.locator('.mention')).toHaveText('@Claire Dubois');
  await card.scrollIntoViewIfNeeded();
  await workersLead.screenshot({ path: `${SCREENSHOTS}/mentions-card.png` });

  // Claire's Home shows it without a reload, and says so.
  const item = mentions.getByRole('listitem').filter({ hasText: 'We need your answer before Thursday.' });
  await expect(item).toBeVisible();
  await expect(item.getByText('Nadia Haddad vous cite')).toBeVisible();
  await expect(item.getByText(fr.home.mentions.new)).toBeVisible();
  await expect(item.locator('.mention[data-me]')).toHaveText('@Claire Dubois');
  await expect(mentions.getByRole('status')).toHaveText('Nadia Haddad vous cite dans Article 3 — Right to organise.');
  await mentions.screenshot({ path: `${SCREENSHOTS}/mentions-home.png` });
  await employersLead.screenshot({ path: `${SCREENSHOTS}/mentions-home-page.png` });
  expect(await seriousViolations(employersLead)).toEqual([]);

  // The link opens the reader at that provision, with the comment in its thread.
  const link = item.getByRole('link', { name: 'Article 3 — Right to organise' });
  await expect(link).toHaveAttribute('href', /\/draft\?draft=/);
  await link.click();
  await expect(employersLead).toHaveURL(/\/draft\?draft=[0-9a-f-]{36}&provision=[0-9a-f-]{36}$/);
  await expect(employersLead.getByRole('heading', { level: 2, name: 'Article 3 — Right to organise' })).toBeVisible();
  const received = employersLead.locator('[data-comment-id]').filter({ hasText: 'We need your answer before Thursday.' });
  await expect(received.locator('.mention[data-me]')).toHaveText('@Claire Dubois');
});

test("a caucus note offers only the workers' delegation and reaches Samuel's Home marked private", async ({ browser }) => {
  test.setTimeout(90_000);
  const workersLead = await personPage(browser, WORKERS_LEAD);
  await openDemoDossier(workersLead);
  await workersLead.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 4/ }).click();
  await expect(workersLead.getByRole('radio', { name: "Workers' delegation only" })).toBeChecked();

  const field = workersLead.getByRole('combobox', { name: 'Comment' });
  await field.focus();
  await workersLead.keyboard.type('Our fallback on the sixty days, @');
  const listbox = workersLead.getByRole('listbox', { name: 'People who will read this comment' });
  await expect(listbox.getByRole('option')).toHaveCount(1);
  await expect(listbox.getByRole('option', { name: /Samuel Okoro/ })).toHaveAttribute('aria-selected', 'true');
  await workersLead.keyboard.press('Tab');
  await expect(field).toHaveValue('Our fallback on the sixty days, @Samuel Okoro ');
  await expect(field).toBeFocused();
  await workersLead.keyboard.type('can you draft it?');
  await workersLead.getByRole('button', { name: 'Send to my delegation' }).click();
  await expect(workersLead.locator('[data-comment-id]').filter({ hasText: 'can you draft it?' }).locator('.mention')).toHaveText('@Samuel Okoro');

  const workersMember = await personPage(browser, 'wrk.member@tripart.example');
  const item = workersMember.getByRole('region', { name: 'Mentions' }).getByRole('listitem').filter({ hasText: 'can you draft it?' });
  await expect(item.getByText('Nadia Haddad mentioned you')).toBeVisible();
  await expect(item.getByText("Workers' delegation only")).toBeVisible();
  await expect(item.getByRole('link', { name: 'Article 4 — Registration' })).toBeVisible();
  await item.screenshot({ path: `${SCREENSHOTS}/mentions-home-caucus.png` });
  expect(await seriousViolations(workersMember)).toEqual([]);
});
