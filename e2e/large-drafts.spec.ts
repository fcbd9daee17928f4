import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO, signIn } from './support/demo';
import { createDossier } from './support/dossiers';

/** The benchmark's constitution-sized draft: 20 chapters, 250 articles of 4 paragraphs (1,270 provisions). */
async function largeDraftFile(): Promise<string> {
  const { largeDraftText } = await import('../tools/bench/support/large-draft.mjs');
  const file = path.join(tmpdir(), `large-draft-${Date.now()}.txt`);
  writeFileSync(file, largeDraftText());
  return file;
}

async function importLargeDraft(page: Page): Promise<void> {
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Labour code, large ${Date.now()}`);
  await page.locator('input[type=file]').setInputFiles(await largeDraftFile());
  await expect(page.getByText('250 articles, 1270 provisions in all')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Import as version 1' }).click();
  await expect(page.getByRole('region', { name: 'Draft text' }).locator('[data-provision-text]').first()).toBeVisible({ timeout: 20_000 });
}

test('a 1,270-provision draft opens with only the provisions near view in the page, and one tab stop in its text', async ({ page }) => {
  test.setTimeout(90_000);
  await importLargeDraft(page);
  const text = page.getByRole('region', { name: 'Draft text' });
  expect(await text.locator('.provision').count()).toBeLessThan(60);
  expect(await text.locator('[data-provision-button][tabindex="0"]').count()).toBe(1);
  expect(await page.getByRole('navigation', { name: 'Outline' }).getByRole('listitem').count()).toBeLessThan(80);
  expect(await seriousViolations(page)).toEqual([]);
});

test('find goes to a provision by its number, a paragraph by its unit’s, and names it with its unit', async ({ page }) => {
  test.setTimeout(90_000);
  await importLargeDraft(page);
  const find = page.getByRole('searchbox', { name: 'Find in the draft' });
  await find.fill('Article 200');
  await find.press('Enter');
  const title = page.locator('#thread-title');
  await expect(title).toHaveText(/^Article 200 — /);
  await expect(page.getByRole('region', { name: 'Draft text' }).getByRole('heading', { level: 4, name: /^Article 200 — / })).toBeInViewport();
  await find.fill('200(3)');
  await find.press('Enter');
  await expect(title).toHaveText(/^Article 200\(3\) — /);
  await expect(page.getByRole('button', { name: /^Comments on Article 200\(3\) — .* \(0\)$/ })).toBeVisible();
});

test('the outline filters by number or heading, and the arrow keys move between provisions', async ({ page }) => {
  test.setTimeout(90_000);
  await importLargeDraft(page);
  const outline = page.getByRole('navigation', { name: 'Outline' });
  await outline.getByRole('searchbox', { name: 'Filter the outline' }).fill('Article 250');
  await expect(outline.getByRole('listitem')).toHaveCount(1);
  await outline.getByRole('button', { name: /^Article 250/ }).click();
  await expect(page.locator('#thread-title')).toHaveText(/^Article 250 — /);

  const text = page.getByRole('region', { name: 'Draft text' });
  const stop = text.locator('[data-provision-button][tabindex="0"]');
  await stop.focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Comments on Article 249\(4\) — /);
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Comments on Chapter 1 — /);
});

test('words of a provision far down a large draft are quoted into a comment', async ({ page }) => {
  test.setTimeout(90_000);
  await importLargeDraft(page);
  const find = page.getByRole('searchbox', { name: 'Find in the draft' });
  await find.fill('240(2)');
  await find.press('Enter');
  await expect(page.locator('#thread-title')).toHaveText(/^Article 240\(2\) — /);
  const paragraph = page.getByRole('region', { name: 'Draft text' }).locator('.provision[data-selected] [data-provision-text]');
  const quoted = await paragraph.locator('[data-quote-root]').evaluate((root) => {
    const node = root.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 20);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return range.toString();
  });
  await page.getByRole('toolbar', { name: 'Act on the selected words' }).getByRole('button', { name: 'Comment' }).click();
  await expect(page.getByText(quoted, { exact: false }).last()).toBeVisible();
});

test('a passage is quoted without a mouse: Shift+arrows select words, Ctrl+Alt+M opens the same popover', async ({ page }) => {
  test.setTimeout(90_000);
  await importLargeDraft(page);
  const find = page.getByRole('searchbox', { name: 'Find in the draft' });
  await find.fill('12(1)');
  await find.press('Enter');
  await expect(page.locator('#thread-title')).toHaveText(/^Article 12\(1\) — /);
  await page.getByRole('region', { name: 'Draft text' }).locator('[data-provision-button][tabindex="0"]').focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+ArrowRight');
  const selected = await page.evaluate(() => window.getSelection()?.toString().trim() ?? '');
  expect(selected.split(/\s+/)).toHaveLength(3);
  await page.keyboard.press('Control+Alt+KeyM');
  const toolbar = page.getByRole('toolbar', { name: 'Act on the selected words' });
  await expect(toolbar.getByRole('button', { name: 'Comment' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Suggest wording' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Suggested wording' })).toBeVisible();
  await expect(page.getByText(selected).last()).toBeVisible();
});
