import { readFileSync, statSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO } from './support/demo';
import { openDemoDossier, personPage } from './support/sessions';

test('the Record tab downloads the C144 evidence pack as PDF/A and Word, and the copy shows in the activity log', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await personPage(browser, DEMO.observer);
  await openDemoDossier(page);
  await page.getByRole('tab', { name: 'Record' }).click();
  await expect(page.getByRole('heading', { name: 'C144 evidence pack' })).toBeVisible();
  const downloads = page.getByRole('group', { name: 'Download the evidence pack' });

  const [pdf] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download the evidence pack as PDF/A' }).click()]);
  expect(pdf.suggestedFilename()).toBe('Labour-Code-Amendment-Bill-2026-C144-evidence-pack.pdf');
  const pdfPath = (await pdf.path())!;
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  expect(statSync(pdfPath).size).toBeGreaterThan(10_000); // the fonts are embedded (PDF/A)

  const [docx] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download the evidence pack as a Word document' }).click()]);
  expect(docx.suggestedFilename()).toBe('Labour-Code-Amendment-Bill-2026-C144-evidence-pack.docx');
  const docxPath = (await docx.path())!;
  expect(readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');
  expect(statSync(docxPath).size).toBeGreaterThan(5_000);

  const axe = await new AxeBuilder({ page }).include('[role=group][aria-label="Download the evidence pack"]').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('evidence-export.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(page.getByText('Exported the evidence pack').first()).toBeVisible();
});

test('the facilitator says which Article 5(1) matter the dossier concerns; the dossier and its Record tab state it in the Convention’s words', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await personPage(browser, DEMO.facilitator);
  await openDemoDossier(page);
  const subject = page.getByRole('textbox', { name: 'Subject under C144, Article 5(1)' });
  await subject.click();
  await page.getByRole('option', { name: /^e\) proposals for the denunciation of ratified Conventions$/ }).click();
  await expect(subject).toHaveValue('e) proposals for the denunciation of ratified Conventions');
  await page.screenshot({ path: test.info().outputPath('dossier-c144-subject.png'), fullPage: true });

  const observer = await personPage(browser, DEMO.observer);
  await openDemoDossier(observer);
  await expect(observer.getByText('C144, Article 5(1)(e): proposals for the denunciation of ratified Conventions')).toBeVisible();
  await observer.getByRole('tab', { name: 'Record' }).click();
  await expect(observer.getByText(/^Subject: C144, Article 5\(1\)\(e\): proposals for the denunciation of ratified Conventions \(event #\d+\)\.$/)).toBeVisible();

  // Back to none, as the demo dossier (a labour-law reform) says.
  await subject.click();
  await page.getByRole('option', { name: 'None (not one of the matters of Article 5(1))' }).click();
  await expect(subject).toHaveValue('None (not one of the matters of Article 5(1))');
});
