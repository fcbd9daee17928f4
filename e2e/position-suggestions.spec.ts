import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { createDossier, propose, seat } from './support/dossiers';
import { personPage } from './support/sessions';

const DRAFT = path.join(__dirname, 'fixtures/labour-code-amendment.txt');
const ARTICLE = 'Article 1 — Scope';
const DRAFT_TEXT = 'This Act applies to all workers and employers in Valdoria, including in export processing zones.';

/** Selects words of Article 1 in the draft reader, as a mouse would, and suggests another wording for them. */
async function suggestWording(page: Page, words: string, wording: string, why: string, visibility: 'delegation' | 'plenary'): Promise<void> {
  await page.getByRole('tab', { name: 'Draft' }).click();
  await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 1/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: ARTICLE })).toBeVisible();
  await page.locator('[data-provision-text]').filter({ hasText: DRAFT_TEXT }).evaluate((element, quoted) => {
    const walker = document.createTreeWalker(element.querySelector('[data-quote-root]') ?? element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(quoted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quoted.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      break;
    }
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, words);
  await page.getByRole('toolbar', { name: 'Act on the selected words' }).getByRole('button', { name: 'Suggest wording' }).click();
  await page.getByRole('combobox', { name: 'Why this wording' }).fill(why);
  await page.getByRole('textbox', { name: 'Suggested wording' }).fill(wording);
  if (visibility === 'plenary') await page.getByRole('radio', { name: 'Plenary — everyone in the dossier' }).check();
  else await expect(page.getByRole('radio', { name: "Workers' delegation only" })).toBeChecked();
  await page.getByRole('button', { name: visibility === 'plenary' ? 'Send to the plenary' : 'Send to my delegation' }).click();
  await expect(page.locator('[data-comment-id]').filter({ hasText: why })).toBeVisible();
}

/** Article 1 of my delegation's paper, scrolled to (its editors render once seen). */
async function paperArticle(page: Page) {
  await page.getByRole('tab', { name: 'Positions', exact: true }).click();
  await expect(page.locator('[data-collab-status="saved"]')).toBeVisible();
  const article = page.locator('[data-private-paper]').getByRole('region', { name: ARTICLE });
  await article.scrollIntoViewIfNeeded();
  await expect(article.getByRole('textbox').last()).toBeVisible();
  return article;
}

test("a workers' delegate pulls a caucus comment's suggested wording into the paper, once", async ({ browser }) => {
  test.setTimeout(180_000);
  // A dossier of its own, so that the paper starts empty whatever ran before.
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await createDossier(facilitator, `Scope of the reform ${Date.now().toString(36)}`);
  await facilitator.goto(`${dossierPath}/composition`);
  await seat(facilitator, "Workers' delegation", 'Nadia Haddad', true);
  await seat(facilitator, "Employers' delegation", 'Claire Dubois', true);
  // The workers' delegation has its lead: the facilitator only proposes Samuel, and the lead confirms him (C144 Art. 3).
  await propose(facilitator, "Workers' delegation", 'Samuel Okoro');
  const proposedBy = facilitator.getByRole('region', { name: "Workers' delegation" });
  await expect(proposedBy.getByRole('region', { name: 'Proposed, awaiting a lead' })).toContainText('Samuel Okoro');
  const choosing = await personPage(browser, DEMO.workersLead);
  await choosing.goto(`${dossierPath}/composition`);
  await expect(choosing.getByRole('button', { name: 'Confirm Samuel Okoro in the delegation' })).toBeVisible();
  expect(await seriousViolations(choosing)).toEqual([]);
  await choosing.getByRole('region', { name: "Workers' delegation" }).screenshot({ path: test.info().outputPath('delegation-proposal.png') });
  await choosing.getByRole('button', { name: 'Confirm Samuel Okoro in the delegation' }).click();
  // The lead may also seat people of the workers' side themselves: the panel offers that delegation only.
  await choosing.getByRole('textbox', { name: 'Where' }).click();
  await expect(choosing.getByRole('listbox').getByRole('option')).toHaveText(["Workers' delegation"]);
  await choosing.keyboard.press('Escape');
  await expect(choosing.getByRole('region', { name: "Workers' delegation" }).getByRole('listitem').filter({ hasText: 'Samuel Okoro' })).toBeVisible();
  expect(await seriousViolations(choosing)).toEqual([]);
  await choosing.screenshot({ path: test.info().outputPath('delegation-confirmed.png'), fullPage: true });
  await choosing.context().close();
  await facilitator.goto(`${dossierPath}/draft`);
  await facilitator.locator('input[type=file]').setInputFiles(DRAFT);
  await facilitator.getByRole('button', { name: 'Import as version 1' }).click();
  await expect(facilitator.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 1/ })).toBeVisible();
  await facilitator.context().close();

  const member = await personPage(browser, DEMO.workersMember);
  await member.goto(`${dossierPath}/draft`);
  const lead = await personPage(browser, DEMO.workersLead);
  await lead.goto(`${dossierPath}/positions`);
  const leadArticle = await paperArticle(lead);

  // Samuel suggests a wording for Article 1 in a comment for the workers only.
  await suggestWording(member, 'in Valdoria', 'in Valdoria, in the public and the private sector', 'The public sector must be covered too.', 'delegation');

  // In the paper, the article offers it, saying who suggested it and what it replaces.
  const article = await paperArticle(member);
  const wording = article.getByRole('textbox', { name: `Proposed wording for ${ARTICLE}` });
  const suggestions = article.getByTestId('wording-suggestions');
  const first = suggestions.getByRole('listitem').filter({ hasText: '“in Valdoria, in the public and the private sector”' });
  await expect(first).toContainText('in place of “in Valdoria” · suggested by Samuel Okoro');
  const pull = (count: number) => article.getByRole('button', { name: `Pull in suggestions (${count}) for ${ARTICLE}` });
  await expect(wording).toHaveText('');

  // One action pulls it in: the empty wording starts from the draft text, with the suggestion in place of the quoted words.
  await pull(1).click();
  const amended = 'This Act applies to all workers and employers in Valdoria, in the public and the private sector, including in export processing zones.';
  await expect(wording).toHaveText(amended);
  await expect(article.getByRole('status')).toHaveText(
    'Pulled 1 suggestion into the proposed wording. The wording was empty: it now starts from the draft text. 1 replaced the words it quotes.',
  );
  await expect(first.getByText('In the wording')).toBeVisible();
  await expect(article.getByTestId('wording-diff')).toContainText('public');
  // Nadia, co-drafting in her own browser, sees it at once.
  await expect(leadArticle.getByRole('textbox', { name: `Proposed wording for ${ARTICLE}` })).toHaveText(amended);

  // A second click adds nothing.
  await pull(0).click();
  await expect(article.getByRole('status')).toHaveText('Every suggestion is already in the proposed wording.');
  await expect(wording).toHaveText(amended);

  // Nadia suggests more, for the plenary; Samuel's paper offers just the new one, live, and pulls it in beside the first.
  await suggestWording(lead, 'export processing zones', 'export processing zones and the informal economy', 'Most workers are informal.', 'plenary');
  await pull(1).focus();
  await member.keyboard.press('Enter');
  const both = 'This Act applies to all workers and employers in Valdoria, in the public and the private sector, including in export processing zones and the informal economy.';
  await expect(wording).toHaveText(both);
  await expect(suggestions.getByRole('listitem').filter({ hasText: '“export processing zones and the informal economy”' })).toContainText('suggested by Nadia Haddad');
  await pull(0).click();
  await expect(article.getByRole('status')).toHaveText('Every suggestion is already in the proposed wording.');
  await expect(wording).toHaveText(both);
  await expect(member.locator('[data-collab-status="saved"]')).toBeVisible();
  expect(await seriousViolations(member)).toEqual([]);

  // The employers' lead reads Nadia's plenary comment, but her paper never offers the workers' suggestions.
  const employer = await personPage(browser, DEMO.employersLead);
  await employer.goto(`${dossierPath}/positions?view=paper`);
  await expect(employer.locator('[data-collab-status="saved"]')).toBeVisible();
  const employersArticle = employer.locator('[data-private-paper]').getByRole('region', { name: ARTICLE });
  await employersArticle.scrollIntoViewIfNeeded();
  await expect(employersArticle.getByRole('textbox').last()).toBeVisible();
  await expect(employersArticle.getByTestId('wording-suggestions')).toHaveCount(0);
  await expect(employersArticle.getByRole('button', { name: /\(\d+\)/ })).toHaveCount(0);
});
