import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO, signIn } from './support/demo';
import { createDossier } from './support/dossiers';

const ACT = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><body>
  <section eId="sec_1"><num>1.</num><heading>Definitions</heading><content><p>In this Act <def refersTo="#worker">“worker”</def> means a
    person who <b>must</b> be paid as <ref href="#sec_3">section 3</ref> provides, <i>not</i> a contractor under the
    <ref href="/akn/za/act/1995/66">Labour Relations Act</ref>.</p></content></section>
  <section eId="sec_2"><num>2.</num><heading>Scope</heading><content><p>This Act applies to every employer.</p></content></section>
  <section eId="sec_3"><num>3.</num><heading>Wages</heading><content><p>Wages are paid monthly.</p></content></section>
</body></act></akomaNtoso>`;

test('emphasis, a definition and references of an Akoma Ntoso act are drawn in the reader, a reference inside the act is a link to it', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  const file = path.join(tmpdir(), `marks-${Date.now()}.akn.xml`);
  writeFileSync(file, ACT);
  await signIn(page, DEMO.facilitator);
  await createDossier(page, `Wages act ${Date.now()}`);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Import as version 1' }).click();

  const text = page.getByRole('region', { name: 'Draft text' });
  const definitions = text.locator('[data-kind=ARTICLE]').first();
  await expect(definitions.locator('dfn')).toHaveText('“worker”');
  await expect(definitions.locator('strong')).toHaveText('must');
  await expect(definitions.locator('em')).toHaveText('not');
  await expect(definitions.locator('[data-mark=reference]').filter({ hasText: 'Labour Relations Act' })).toBeVisible();
  expect(await definitions.getByRole('link').count()).toBe(1);
  await definitions.screenshot({ path: testInfo.outputPath('marks.png') });
  expect(await seriousViolations(page)).toEqual([]);

  await definitions.getByRole('link', { name: 'section 3' }).click();
  await expect(page.getByRole('button', { name: /Comments on 3\. — Wages|Comments on Section 3/u })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/provision=/u);
});
