import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { joinFromHome, openDemoDossier, personPage, scheduleSession } from './support/sessions';
import { fill, UI, type Ui } from './support/ui';

type Side = 'GOVERNMENT' | 'EMPLOYERS' | 'WORKERS';
interface Person {
  page: Page;
  ui: Ui;
  name: string;
}
interface Lead extends Person {
  side: Side;
}

const ARTICLE = 'Article 6 — Duty to bargain in good faith';
const RESERVATION = 'Employers ask that "good faith" be defined by regulation within a year.';

/** The queue, in order, as one person sees it: each row names the side (in their language) and the person. */
async function expectQueue(person: Person, leads: Lead[]): Promise<void> {
  const rows = person.page.getByTestId('queue').getByRole('listitem');
  await expect(rows).toHaveText(leads.map((lead, index) => new RegExp(`^${index + 1}\\.\\s*${person.ui.sides[lead.side]}\\s*${lead.name}`)));
}

test('a facilitator and the three sides run one agenda item to an outcome, in four browsers', async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Four sides ${Date.now().toString(36)}`;

  // The facilitator schedules a session on one provision, starts it and opens a provision review.
  const facilitatorPage = await personPage(browser, DEMO.facilitator);
  const dossierPath = await openDemoDossier(facilitatorPage);
  await scheduleSession(facilitatorPage, title, [ARTICLE]);
  await facilitatorPage.locator('li', { hasText: title }).getByRole('link', { name: `Open the session ${title}` }).click();
  await expect(facilitatorPage).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(facilitatorPage.url()).pathname;
  await expect(facilitatorPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(facilitatorPage.locator('[data-live-link="live"]')).toBeVisible();
  await facilitatorPage.getByRole('button', { name: 'Start the session' }).click();
  await expect(facilitatorPage.getByRole('button', { name: 'Adjourn' })).toBeVisible();
  await facilitatorPage.getByRole('textbox', { name: 'Speaking time (seconds)' }).fill('90');
  await facilitatorPage.getByRole('button', { name: 'Open the round' }).click();
  await expect(facilitatorPage.getByTestId('current-round')).toHaveText(`Provision review on ${ARTICLE}`);

  // The three leads join, each from their own browser and in their own language.
  const government: Lead = { side: 'GOVERNMENT', name: 'Marta Quispe', ui: UI.es, page: await joinFromHome(browser, DEMO.govLead, UI.es, title, sessionPath) };
  const employers: Lead = { side: 'EMPLOYERS', name: 'Claire Dubois', ui: UI.fr, page: await joinFromHome(browser, DEMO.employersLead, UI.fr, title, sessionPath) };
  const workers: Lead = { side: 'WORKERS', name: 'Nadia Haddad', ui: UI.en, page: await joinFromHome(browser, DEMO.workersLead, UI.en, title, sessionPath) };
  const facilitator: Person = { page: facilitatorPage, ui: UI.en, name: 'Jonas Berger' };
  const leads = [government, employers, workers];
  const everyone: Person[] = [facilitator, ...leads];

  // Everyone sees who is present, side by side.
  for (const { page, ui } of everyone) {
    const presence = page.getByRole('region', { name: ui.live.presence.title, exact: true });
    await expect(presence.getByText(fill(ui.live.presence.count_other, { count: 4 }))).toBeVisible();
    await expect(presence.getByRole('listitem').filter({ hasText: ui.live.presence.facilitation })).toContainText(facilitator.name);
    for (const lead of leads) await expect(presence.getByRole('listitem').filter({ hasText: ui.sides[lead.side] })).toContainText(lead.name);
  }

  // Hands go up workers first, then employers, then government (each seen before the next) ...
  for (const lead of [workers, employers, government]) {
    await lead.page.getByRole('button', { name: lead.ui.live.raiseHand, exact: true }).click();
    await expect(lead.page.getByRole('button', { name: lead.ui.live.lowerHand })).toBeVisible();
    await expect(facilitator.page.getByTestId('queue').getByText(lead.name)).toBeVisible();
  }
  // ... and the queue rotates between the sides, G → E → W, the same in all four browsers.
  for (const person of everyone) await expectQueue(person, [government, employers, workers]);
  for (const [index, lead] of leads.entries()) {
    await expect(lead.page.getByTestId('my-place')).toHaveText(fill(lead.ui.live.myPlace, { position: index + 1, count: 3 }));
  }

  // The facilitator gives the floor in turn; everyone sees the speaker and the countdown; she takes it back.
  for (const [turn, speaker] of leads.entries()) {
    await facilitator.page.getByRole('button', { name: 'Give the floor to the next in the queue' }).click();
    for (const person of everyone) {
      await expect(person.page.getByTestId('speaker')).toHaveText(speaker.name);
      await expect(person.page.getByRole('timer')).toHaveText(/^(1:[0-3]\d|0:\d\d)$/);
      await expectQueue(person, leads.slice(turn + 1));
    }
    await expect(speaker.page.getByText(speaker.ui.live.youHaveTheFloor)).toBeVisible();
    await facilitator.page.getByRole('textbox', { name: 'Intervention note' }).fill(`${speaker.name} on good faith.`);
    await facilitator.page.getByRole('button', { name: 'Take the floor back' }).click();
    for (const person of everyone) await expect(person.page.getByTestId('floor').getByText(person.ui.live.nobodySpeaks)).toBeVisible();
  }
  for (const person of everyone) await expect(person.page.getByTestId('queue').getByText(person.ui.live.queueEmpty)).toBeVisible();

  // A consensus check: each lead declares the stance of the delegation, the employers with a reservation.
  await facilitator.page.getByRole('textbox', { name: 'Kind of round' }).click();
  await facilitator.page.getByRole('option', { name: 'Consensus check' }).click();
  await facilitator.page.getByRole('button', { name: 'Open the round' }).click();
  await expect(facilitator.page.getByTestId('current-round')).toHaveText(`Consensus check on ${ARTICLE}`);
  const stances: Record<Side, 'AGREE' | 'AGREE_WITH_RESERVATION'> = { GOVERNMENT: 'AGREE', EMPLOYERS: 'AGREE_WITH_RESERVATION', WORKERS: 'AGREE' };
  for (const lead of leads) {
    const declare = lead.page.getByRole('region', { name: lead.ui.live.declareTitle });
    await declare.getByRole('radio', { name: lead.ui.live.stances[stances[lead.side]], exact: true }).check();
    if (stances[lead.side] === 'AGREE_WITH_RESERVATION') await declare.getByRole('textbox', { name: lead.ui.live.reservation }).fill(RESERVATION);
    await declare.getByRole('button', { name: lead.ui.live.declare, exact: true }).click();
    await expect(declare.getByText(lead.ui.live.declared)).toBeVisible();
  }
  for (const { page, ui } of everyone) {
    const panel = page.getByRole('region', { name: ui.live.stancesTitle });
    for (const lead of leads) {
      await expect(panel.getByRole('listitem').filter({ hasText: ui.sides[lead.side] })).toContainText(ui.live.stances[stances[lead.side]]);
    }
    await expect(panel).toContainText(RESERVATION);
  }

  // The facilitator records consensus with reservations; the employers' reservation comes from their declaration.
  const outcomeForm = facilitator.page.getByRole('region', { name: `Outcome: ${ARTICLE}` });
  await outcomeForm.getByRole('radio', { name: 'Consensus with reservations' }).check();
  await expect(outcomeForm.getByRole('textbox', { name: 'Reservation of the Employers side' })).toHaveValue(RESERVATION);
  await outcomeForm.getByRole('textbox', { name: 'Outcome note' }).fill('Agreed; the definition goes to regulation.');
  await outcomeForm.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(outcomeForm.getByText('Outcome recorded.')).toBeVisible();

  // Every browser shows the outcome: on the agenda, and for the delegations with the reservation and the note.
  for (const { page, ui } of everyone) {
    await expect(page.getByRole('navigation', { name: ui.live.agenda }).getByText(ui.outcomes.kinds.CONSENSUS_WITH_RESERVATIONS)).toBeVisible();
  }
  for (const lead of leads) {
    const outcome = lead.page.getByRole('region', { name: lead.ui.live.recordedOutcome, exact: true });
    await expect(outcome.getByText(lead.ui.outcomes.kinds.CONSENSUS_WITH_RESERVATIONS)).toBeVisible();
    await expect(outcome.getByRole('listitem').filter({ hasText: lead.ui.sides.EMPLOYERS })).toContainText(RESERVATION);
    await expect(outcome).toContainText('Agreed; the definition goes to regulation.');
  }
  expect(await seriousViolations(facilitator.page)).toEqual([]);
  expect(await seriousViolations(employers.page)).toEqual([]);

  // Afterwards, the dossier's Outcomes tab shows it too: to the facilitator, and to the government lead in Spanish.
  for (const person of [facilitator, government]) {
    await person.page.goto(`${dossierPath}/outcomes`);
    const row = person.page.getByRole('row', { name: new RegExp(ARTICLE) });
    await expect(row.getByText(person.ui.outcomes.kinds.CONSENSUS_WITH_RESERVATIONS)).toBeVisible();
    await expect(row).toContainText(RESERVATION);
    await row.locator('[aria-expanded]').click(); // the agreed text and the note open below the row
    await expect(person.page.getByRole('table').getByText('Agreed; the definition goes to regulation.')).toBeVisible();
  }
});
