import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO } from './support/demo';
import { openDemoDossier, personPage } from './support/sessions';

const ARTICLE_3 = 'Article 3 — Right to organise';
const GAP = 'Registration within thirty days amounts to a previous authorisation (C087 Art. 2 and 7).';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((node) => node.target.join(' ')) }));
}

test('the facilitator links a provision to C087 Art. 3 with a gap note; the coverage shows it; a delegate reads it', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await openDemoDossier(facilitator);
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

  // A delegate sees the link and its gap note, and can change nothing.
  const delegate = await personPage(browser, DEMO.workersLead);
  await delegate.goto(`${dossierPath}/draft`);
  const delegateChip = delegate.getByRole('list', { name: `Convention articles addressed by ${ARTICLE_3}` }).getByRole('button', { name: 'C087 Art. 3: Gap noted' });
  await delegate.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /Article 3/ }).click();
  await delegateChip.click();
  await expect(delegate.getByRole('region', { name: 'C087 Art. 3' }).getByText(GAP)).toBeVisible();
  await expect(delegate.getByRole('button', { name: /^Link to a convention/ })).toHaveCount(0);
  await expect(delegate.getByRole('button', { name: 'Remove the link' })).toHaveCount(0);
  await expect(delegate.getByRole('button', { name: 'Edit the gap note' })).toHaveCount(0);

  await delegate.getByRole('tab', { name: 'Coverage' }).click();
  await expect(delegate.getByRole('region', { name: /^C087 — / }).getByRole('row', { name: /Art\. 3/ }).getByText(GAP)).toBeVisible();

  // The facilitator removes the link; the coverage no longer counts it.
  await facilitator.getByRole('list', { name: `Convention articles addressed by ${ARTICLE_3}` }).getByRole('button', { name: 'C087 Art. 3: Gap noted' }).click();
  await facilitator.getByRole('region', { name: 'C087 Art. 3' }).getByRole('button', { name: 'Remove the link' }).click();
  await facilitator.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(facilitator.getByRole('list', { name: `Convention articles addressed by ${ARTICLE_3}` })).toHaveCount(0);
  await expect(facilitator.getByRole('button', { name: `Link to a convention: ${ARTICLE_3}` })).toBeFocused();
  await facilitator.getByRole('tab', { name: 'Coverage' }).click();
  await expect(facilitator.getByText('No provision linked to a convention article yet')).toBeVisible();
});
