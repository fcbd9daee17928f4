import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/demo';
import { createDossier, seat } from './support/dossiers';
import { openDemoDossier, personPage } from './support/sessions';

const ARTICLE_3 = 'Article 3 — Right to organise';
const ARTICLE_4 = 'Article 4 — Registration';
const GAP = 'Registration within thirty days amounts to a previous authorisation (C087 Art. 2 and 7).';
const GAP_NARROWED = 'Registration within thirty days amounts to a previous authorisation.';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
}

/** Live changes reach the other open browsers within a second; allow the machine some slack. */
const LIVE = { timeout: 2_500 };

test('the facilitator links a provision to C087 Art. 3 with a gap note; the coverage shows it; open browsers follow live', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await openDemoDossier(facilitator);

  // A delegate has the reader open on Article 3, an observer the coverage, before anything is linked.
  const delegate = await personPage(browser, DEMO.workersLead);
  await delegate.goto(`${dossierPath}/draft`);
  await delegate.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ }).click();
  await expect(delegate.getByRole('heading', { level: 2, name: ARTICLE_3 })).toBeVisible();
  const observer = await personPage(browser, DEMO.observer);
  await observer.goto(`${dossierPath}/coverage`);
  await expect(observer.getByText('No provision linked to a convention article yet')).toBeVisible();

  await facilitator.goto(`${dossierPath}/coverage`);
  await expect(facilitator.getByText('No provision linked to a convention article yet')).toBeVisible();
  await expect(facilitator.getByRole('region', { name: /^C087 — Freedom of Association/ })).toBeVisible();

  // In the reader, on Article 3: link it to C087 Art. 3 with a gap note.
  await facilitator.getByRole('tab', { name: 'Draft' }).click();
  await facilitator.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ }).click();
  await facilitator.getByRole('button', { name: `Link to a convention: ${ARTICLE_3}` }).click();
  const dialog = facilitator.getByRole('dialog', { name: 'Link to a convention' });
  await dialog.getByRole('textbox', { name: 'Convention', exact: true }).click();
  await facilitator.getByRole('option', { name: /^C087 · Freedom of Association/ }).click();
  await dialog.getByRole('textbox', { name: 'Article of the convention' }).fill('3(1)x;');
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(dialog.getByText('Use the article number only, such as 3, 4(1) or 2 bis')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Article of the convention' }).fill('3');
  await dialog.getByRole('textbox', { name: 'Gap note' }).fill(GAP);
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(dialog).toBeHidden();

  const links = facilitator.getByRole('list', { name: `Convention articles addressed by ${ARTICLE_3}` });
  const chip = links.getByRole('button', { name: 'C087 Art. 3: Gap noted' });
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  await chip.click();
  const note = facilitator.getByRole('region', { name: 'C087 Art. 3' });
  await expect(note.getByText(GAP)).toBeVisible();
  await expect(note.getByRole('button', { name: 'Remove the link' })).toBeVisible();
  // The reader shows the links under the text; the thread panel no longer repeats them.
  await expect(facilitator.getByRole('region', { name: ARTICLE_3 }).getByText(/C087/i)).toHaveCount(0);

  // The other browsers follow without a reload: the delegate's reader, the observer's coverage.
  const delegateLinks = delegate.getByRole('list', { name: `Convention articles addressed by ${ARTICLE_3}` });
  const delegateChip = delegateLinks.getByRole('button', { name: 'C087 Art. 3: Gap noted' });
  await expect(delegateChip).toBeVisible(LIVE);
  const observerC087 = observer.getByRole('region', { name: /^C087 — / });
  await expect(observerC087.getByText('1 article addressed by 1 provision · 1 gap noted')).toBeVisible(LIVE);
  await expect(observerC087.getByRole('row', { name: /Art\. 3/ }).getByText(GAP)).toBeVisible();

  // The coverage sums it up, with a way back to the provision.
  await facilitator.getByRole('tab', { name: 'Coverage' }).click();
  const c087 = facilitator.getByRole('region', { name: /^C087 — / });
  await expect(c087.getByText('1 article addressed by 1 provision · 1 gap noted')).toBeVisible();
  const row = c087.getByRole('row', { name: /Art\. 3/ });
  await expect(row.getByRole('link', { name: ARTICLE_3 })).toBeVisible();
  await expect(row.getByText(GAP)).toBeVisible();
  await expect(facilitator.getByRole('region', { name: /^C098 — / }).getByText('No provision of the draft addresses this convention yet.')).toBeVisible();
  expect(await seriousViolations(facilitator)).toEqual([]);

  await row.getByRole('link', { name: ARTICLE_3 }).click();
  await expect(facilitator).toHaveURL(/\/draft\?provision=/);
  await expect(facilitator.getByRole('heading', { level: 2, name: ARTICLE_3 })).toBeVisible();

  // The delegate reads the gap note, and can change nothing.
  await delegateChip.click();
  await expect(delegate.getByRole('region', { name: 'C087 Art. 3' }).getByText(GAP)).toBeVisible();
  await expect(delegate.getByRole('button', { name: /^Link to a convention/ })).toHaveCount(0);
  await expect(delegate.getByRole('button', { name: 'Remove the link' })).toHaveCount(0);
  await expect(delegate.getByRole('button', { name: 'Edit the gap note' })).toHaveCount(0);

  // The facilitator edits the gap note: the delegate's open note follows.
  await facilitator.getByRole('list', { name: `Convention articles addressed by ${ARTICLE_3}` }).getByRole('button', { name: 'C087 Art. 3: Gap noted' }).click();
  await facilitator.getByRole('region', { name: 'C087 Art. 3' }).getByRole('button', { name: 'Edit the gap note' }).click();
  const edit = facilitator.getByRole('dialog', { name: 'Edit the gap note' });
  await edit.getByRole('textbox', { name: 'Gap note' }).fill(GAP_NARROWED);
  await edit.getByRole('button', { name: 'Save the gap note' }).click();
  await expect(edit).toBeHidden();
  await expect(delegate.getByRole('region', { name: 'C087 Art. 3' }).getByText(GAP_NARROWED)).toBeVisible(LIVE);
  await expect(observerC087.getByRole('row', { name: /Art\. 3/ }).getByText(GAP_NARROWED)).toBeVisible(LIVE);

  // The facilitator removes the link; the coverage no longer counts it, here and in the other browsers.
  await facilitator.getByRole('region', { name: 'C087 Art. 3' }).getByRole('button', { name: 'Remove the link' }).click();
  await facilitator.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(facilitator.getByRole('list', { name: `Convention articles addressed by ${ARTICLE_3}` })).toHaveCount(0);
  await expect(facilitator.getByRole('button', { name: `Link to a convention: ${ARTICLE_3}` })).toBeFocused();
  await expect(delegateLinks).toHaveCount(0, LIVE);
  await expect(observer.getByText('No provision linked to a convention article yet')).toBeVisible(LIVE);
  await facilitator.getByRole('tab', { name: 'Coverage' }).click();
  await expect(facilitator.getByText('No provision linked to a convention article yet')).toBeVisible();
});

test("the facilitator changes the dossier's conventions, told that a convention taken off keeps its links", async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await openDemoDossier(facilitator);
  const header = facilitator.getByRole('list', { name: 'ILO conventions' });
  await expect(header.getByRole('listitem')).toHaveText(['C087', 'C098', 'C144']);

  // Article 4 addresses C098 Art. 2.
  await facilitator.goto(`${dossierPath}/draft`);
  await facilitator.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 4/ }).click();
  await facilitator.getByRole('button', { name: `Link to a convention: ${ARTICLE_4}` }).click();
  const link = facilitator.getByRole('dialog', { name: 'Link to a convention' });
  await link.getByRole('textbox', { name: 'Convention', exact: true }).click();
  await facilitator.getByRole('option', { name: /^C098 · / }).click();
  await link.getByRole('textbox', { name: 'Article of the convention' }).fill('2');
  await link.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(link).toBeHidden();

  // On the Coverage tab: take C144 off (no links) and C098 off (one link), add C029.
  await facilitator.getByRole('tab', { name: 'Coverage' }).click();
  await facilitator.getByRole('button', { name: 'Edit the conventions' }).click();
  const dialog = facilitator.getByRole('dialog', { name: 'Conventions of this dossier' });
  const picker = dialog.getByRole('textbox', { name: 'Conventions' });
  await picker.click();
  await facilitator.getByRole('option', { name: /^C144 · / }).click();
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await picker.click();
  await facilitator.getByRole('option', { name: /^C098 · / }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'C098 still has 1 link in the current draft. Taking it off the dossier keeps the link: C098 stays on the Coverage tab, marked “Not a convention of this dossier”, until the link is removed on the Draft tab.',
  );
  await picker.fill('C029');
  await facilitator.getByRole('option', { name: /^C029 · / }).click();
  // A click beside the list closes it (Escape could close the dialog too).
  await dialog.getByText(/^The ILO instruments the reform/).click();
  await dialog.getByRole('button', { name: 'Save the conventions' }).click();
  await expect(dialog).toBeHidden();

  await expect(header.getByRole('listitem')).toHaveText(['C029', 'C087']);
  await expect(facilitator.getByRole('region', { name: /^C029 — / }).getByText('No provision of the draft addresses this convention yet.')).toBeVisible();
  await expect(facilitator.getByRole('region', { name: /^C144 — / })).toHaveCount(0);
  const c098 = facilitator.getByRole('region', { name: /^C098 — / });
  await expect(c098.getByText('Not a convention of this dossier')).toBeVisible();
  await expect(c098.getByRole('row', { name: /Art\. 2/ }).getByRole('link', { name: ARTICLE_4 })).toBeVisible();
  expect(await seriousViolations(facilitator)).toEqual([]);

  // A delegate sees the same, and is offered no edit.
  const delegate = await personPage(browser, DEMO.workersLead);
  await delegate.goto(`${dossierPath}/coverage`);
  await expect(delegate.getByRole('region', { name: /^C098 — / }).getByText('Not a convention of this dossier')).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Edit the conventions' })).toHaveCount(0);
});

/** A small draft in version 1, and in version 2 with Article 3 reworded (Article 1 as it was). */
const DRAFT_V1 = path.join(__dirname, 'fixtures/labour-code-amendment.txt');
const DRAFT_V2 = readFileSync(DRAFT_V1, 'utf8').replace('without previous authorization.', 'after registration with the labour inspectorate.');

async function linkInReader(page: Page, article: RegExp, label: string, conventionArticle: string, gapNote: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: article }).click();
  await page.getByRole('button', { name: `Link to a convention: ${label}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Link to a convention' });
  await dialog.getByRole('textbox', { name: 'Article of the convention' }).fill(conventionArticle);
  await dialog.getByRole('textbox', { name: 'Gap note' }).fill(gapNote);
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a link carried to a reworded provision awaits review, shown by word and icon; the facilitator marks it reviewed', async ({ browser }) => {
  test.setTimeout(120_000);
  const ARTICLE_1 = 'Article 1 — Scope';
  const ARTICLE_3_V = 'Article 3 — Right to organize';
  const NOTE = 'Nothing on federations and confederations (C087 Art. 5).';
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await createDossier(facilitator, `Freedom of association ${Date.now()}`);

  // Version 1: Article 1 and Article 3 are linked to C087 (the dossier's only convention).
  await facilitator.locator('input[type=file]').setInputFiles(DRAFT_V1);
  await facilitator.getByRole('button', { name: 'Import as version 1' }).click();
  await linkInReader(facilitator, /Article 1/, ARTICLE_1, '1', '');
  await linkInReader(facilitator, /Article 3/, ARTICLE_3_V, '2', NOTE);
  await expect(facilitator.getByRole('button', { name: 'C087 Art. 2: Gap noted' })).toBeVisible();

  // Version 2 rewords Article 3 only.
  await facilitator.getByRole('button', { name: 'Import a new version' }).click();
  const upload = facilitator.getByRole('dialog', { name: 'Import version 2' });
  await upload.locator('input[type=file]').setInputFiles({ name: 'labour-code-amendment-v2.txt', mimeType: 'text/plain', buffer: Buffer.from(DRAFT_V2) });
  await upload.getByRole('button', { name: 'Import as version 2' }).click();
  await expect(upload).toBeHidden();

  // Article 1's link came as it was; Article 3's awaits review, by word and icon.
  await facilitator.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 1/ }).click();
  await expect(facilitator.getByRole('list', { name: `Convention articles addressed by ${ARTICLE_1}` }).getByRole('button', { name: 'C087 Art. 1: Complies' })).toBeVisible();
  await facilitator.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ }).click();
  const links = facilitator.getByRole('list', { name: `Convention articles addressed by ${ARTICLE_3_V}` });
  const chip = links.getByRole('button', { name: 'C087 Art. 2: Gap noted, needs review' });
  await expect(chip).toContainText('Review');
  await chip.click();
  const detail = facilitator.getByRole('region', { name: 'C087 Art. 2' });
  await expect(detail.getByText('The provision changed since this link was assessed: the gap note may no longer hold.')).toBeVisible();
  await expect(detail.getByText(NOTE)).toBeVisible();
  expect(await seriousViolations(facilitator)).toEqual([]);
  // Kept with the results, for a look at the marker and the notice.
  await facilitator.locator('[data-convention-links]').filter({ has: detail }).screenshot({ path: test.info().outputPath('link-needs-review.png') });

  // A delegate sees why the link needs review, and cannot mark it; the coverage says which link needs review.
  const admin = await personPage(browser, DEMO.admin);
  await admin.goto(`${dossierPath}/composition`);
  await seat(admin, "Workers' delegation", 'Nadia Haddad', true);
  const delegate = await personPage(browser, DEMO.workersLead);
  await delegate.goto(`${dossierPath}/draft`);
  await delegate.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ }).click();
  await delegate.getByRole('button', { name: 'C087 Art. 2: Gap noted, needs review' }).click();
  await expect(delegate.getByRole('region', { name: 'C087 Art. 2' }).getByText('The provision changed since this link was assessed: the gap note may no longer hold.')).toBeVisible();
  await expect(delegate.getByRole('button', { name: 'Mark as reviewed' })).toHaveCount(0);
  await delegate.getByRole('tab', { name: 'Coverage' }).click();
  const c087 = delegate.getByRole('region', { name: /^C087 — / });
  await expect(c087.getByText('2 articles addressed by 2 provisions · 1 gap noted · 1 link to review')).toBeVisible();
  await expect(c087.getByRole('row', { name: /Art\. 2/ }).getByText('Needs review')).toBeVisible();
  await expect(c087.getByRole('row', { name: /Art\. 1/ }).getByText('Needs review')).toHaveCount(0);

  // The facilitator marks it reviewed: the marker goes, here and in the coverage open elsewhere.
  await detail.getByRole('button', { name: 'Mark as reviewed' }).click();
  await expect(detail.getByRole('status')).toHaveText('Marked as reviewed: the gap note stands.');
  await expect(detail.getByRole('button', { name: 'Edit the gap note' })).toBeFocused();
  await expect(links.getByRole('button', { name: 'C087 Art. 2: Gap noted' })).toBeVisible();
  await expect(detail.getByText('The provision changed since this link was assessed: the gap note may no longer hold.')).toHaveCount(0);
  await expect(c087.getByText('2 articles addressed by 2 provisions · 1 gap noted')).toBeVisible(LIVE);
  await expect(delegate.getByText('Needs review')).toHaveCount(0);
});
