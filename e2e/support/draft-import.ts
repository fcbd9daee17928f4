import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { seriousViolations } from './axe';

/**
 * The import preview looked at (a screenshot, axe) and imported as version 1; returns the reader's text and the
 * draft's preamble in it, once its heading shows.
 */
export async function importPreviewedWithPreamble(page: Page, preview: Locator, testInfo: TestInfo): Promise<{ text: Locator; preamble: Locator }> {
  await preview.screenshot({ path: testInfo.outputPath('preview.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import as version 1' }).click();
  const text = page.getByRole('region', { name: 'Draft text' });
  const preamble = text.locator('[data-kind=PREAMBLE]');
  await expect(preamble.getByRole('heading', { name: 'Preamble' })).toBeVisible();
  return { text, preamble };
}
