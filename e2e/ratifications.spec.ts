import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { personPage } from './support/sessions';

const TABLE = path.join(__dirname, 'fixtures/normlex-ratifications.csv');
const BAD_TABLE = path.join(__dirname, 'fixtures/normlex-ratifications-bad.csv');

test('a facilitator imports a NORMLEX table after its preview, and a delegate reads the register, its summary and its gap', async ({ browser }) => {
  test.setTimeout(90_000);
  const facilitator = await personPage(browser, DEMO.facilitator);
  await facilitator.goto('/ratifications/GH');
  await expect(facilitator.getByRole('heading', { level: 1, name: /Ratifications — Ghana/ })).toBeVisible();
  await facilitator.getByRole('button', { name: 'Import a NORMLEX table' }).click();
  const dialog = facilitator.getByRole('dialog', { name: 'Import a NORMLEX table' });

  // A table with one wrong row: said by line and reason, and nothing can be imported.
  await dialog.locator('input[type=file]').setInputFiles(BAD_TABLE);
  await expect(dialog.getByTestId('ratification-import-problems')).toContainText('Line 3 — Not a date: 31 Feb 1960');
  await expect(dialog.getByRole('button', { name: /^Import \d+ rows$/ })).toBeDisabled();

  await dialog.locator('input[type=file]').setInputFiles(TABLE);
  await expect(dialog.getByText(/\d+ new, 0 changed, 0 unchanged|0 new, 0 changed, 6 unchanged/)).toBeVisible();
  await expect(dialog.getByText('Lines taken as section headings: 3, 7, 9.')).toBeVisible();
  expect(await seriousViolations(facilitator)).toEqual([]);
  await dialog.screenshot({ path: test.info().outputPath('ratification-preview.png') });
  await dialog.getByRole('button', { name: 'Import 6 rows' }).click();
  await expect(facilitator.getByText(/The register now holds the table/)).toBeVisible();

  const register = facilitator.getByRole('table', { name: 'Ratification register' });
  await expect(register.locator('tr[data-code=C005]')).toContainText('Automatically denounced on Jun 6, 2003 by C138');
  await expect(register.locator('tr[data-code=C138]')).toContainText('Minimum age specified: 15 years');
  await expect(facilitator.getByText('Fundamental conventions: 3 of 10')).toBeVisible();
  // Ghana reports with the G–N group: in 2028 on the fundamental and governance conventions in force.
  const reports = facilitator.getByRole('region', { name: /Reports due in \d{4}/ });
  while (!(await reports.getByRole('heading', { name: 'Reports due in 2028' }).isVisible())) {
    const next = reports.getByRole('button', { name: /^Next year/ });
    const previous = reports.getByRole('button', { name: /^Previous year/ });
    const shown = Number((await reports.getByRole('heading').textContent())?.match(/\d{4}/)?.[0]);
    await (shown < 2028 ? next : previous).click();
    await expect(reports.getByRole('heading', { name: `Reports due in ${shown < 2028 ? shown + 1 : shown - 1}` })).toBeVisible();
  }
  await expect(reports.getByTestId('reporting-calendar')).toContainText('C029');
  await expect(reports.getByTestId('reporting-calendar')).toContainText('Regular report (simplified)');
  await facilitator.screenshot({ path: test.info().outputPath('ratifications-facilitator.png'), fullPage: true });

  // Correcting one entry by hand, from its row.
  await register.getByRole('button', { name: 'Edit C029' }).click();
  const editor = facilitator.getByRole('dialog', { name: 'Edit C029' });
  await editor.getByLabel('Note').fill('Checked against the instrument of ratification.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(facilitator.getByText('C029 saved.')).toBeVisible();
  await expect(register.locator('tr[data-code=C029]')).toContainText('Checked against the instrument of ratification.');

  const delegate = await personPage(browser, DEMO.workersLead);
  await delegate.goto('/ratifications/GH');
  await expect(delegate.getByTestId('ratification-gap')).toContainText('C098');
  await expect(delegate.getByTestId('ratification-gap')).not.toContainText('C087');
  await expect(delegate.getByRole('button', { name: /Import a NORMLEX table|Importer un tableau NORMLEX/ })).toHaveCount(0);
  await expect(delegate.getByRole('button', { name: /Edit C029|Modifier C029/ })).toHaveCount(0);
  expect(await seriousViolations(delegate)).toEqual([]);
  await delegate.screenshot({ path: test.info().outputPath('ratifications-delegate.png'), fullPage: true });
});
