import { readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { openDemoDossier, personPage } from './support/sessions';

test('the Outcomes tab downloads the consensus matrix as PDF/A and Word, and the agreed text as Akoma Ntoso', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await personPage(browser, DEMO.observer);
  const dossierPath = await openDemoDossier(page);
  await page.goto(`${dossierPath}/outcomes`);
  await expect(page.getByRole('table', { name: /^Consensus matrix/ })).toBeVisible();
  const exports = page.getByRole('group', { name: 'Export the consensus matrix' });

  const [pdf] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'Download the consensus matrix as PDF', exact: true }).click()]);
  expect(pdf.suggestedFilename()).toBe('Labour-Code-Amendment-Bill-2026-consensus-matrix.pdf');
  const pdfPath = (await pdf.path())!;
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  expect(statSync(pdfPath).size).toBeGreaterThan(10_000); // the fonts are embedded (PDF/A)

  // With a filter on, the printed matrix is the rows the filter keeps (the API spec checks them): the buttons say so.
  const disagreement = page.getByRole('switch', { name: 'Only where we disagree' });
  await disagreement.check();
  await expect(exports.getByRole('button', { name: 'Download the consensus matrix as a Word document: the rows the filters keep' })).toBeVisible();
  await disagreement.uncheck();
  const [docx] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name: 'Download the consensus matrix as a Word document', exact: true }).click()]);
  expect(docx.suggestedFilename()).toBe('Labour-Code-Amendment-Bill-2026-consensus-matrix.docx');
  const docxPath = (await docx.path())!;
  expect(readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');
  expect(statSync(docxPath).size).toBeGreaterThan(5_000);

  const [akn] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download the agreed text/ }).click()]);
  expect(akn.suggestedFilename()).toMatch(/^Labour-Code-Amendment-Bill-2026-agreed-text-v\d+\.akn\.xml$/);
  const xml = readFileSync((await akn.path())!, 'utf8');
  expect(xml).toContain('<bill name="agreedText">');
  expect(xml).toMatch(/<article eId="art_1"/);

  await page.screenshot({ path: test.info().outputPath('consensus-matrix-exports.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});
