import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { joinFromHome, openDemoDossier, personPage, scheduleSession } from './support/sessions';
import { fill, UI, type Ui } from './support/ui';

const ARTICLE = 'Article 5 — Protection against anti-union discrimination';
const QUOTE = 'with the consent of the employer';
const CAUCUS = 'Caucus: we hold out for union time in working hours, whatever the employers say.';
const PLENARY = 'Union activity in working hours is a right: the employer’s consent should not be needed.';
const EDITED = 'Union activity in working hours is a right under C135: drop the employer’s consent.';
/**
 * A comment reaches the other rooms in about a second (edits 1.5 s with two browser workers); how long one may take
 * before the scenario fails is generous, this being no benchmark (the latencies are reported below): on the loaded
 * 2-core CI machine running five browsers an edit once took over 3 s to reach every room.
 */
const LIVE_MS = 10_000;
const SCREENSHOTS = process.env.ROOM_SCREENSHOTS ?? '/tmp';

interface Person {
  page: Page;
  ui: Ui;
}

const panelOf = ({ page }: Person) => page.getByTestId('room-comments');
const toggleOf = (person: Person) => panelOf(person).getByRole('button', { name: new RegExp(`^${person.ui.live.comments.title}`) });
const cardOf = (person: Person, text: string) => panelOf(person).locator('[data-comment-id]').filter({ hasText: text });

/** Unfolds the comments under the item text (folded on a first visit). */
async function openComments(person: Person): Promise<Locator> {
  const toggle = toggleOf(person);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return panelOf(person);
}

/** Waits until each person's room shows the comment; returns how long each took from `since`. */
async function arrivals(people: Person[], text: string, since: number): Promise<number[]> {
  return Promise.all(
    people.map(async (person) => {
      await cardOf(person, text).first().waitFor({ state: 'visible', timeout: LIVE_MS });
      return Date.now() - since;
    }),
  );
}

/** Selects words of the provision text as a person would with the mouse. */
async function selectWords(page: Page, words: string): Promise<void> {
  const text = page.getByTestId('provision-text');
  await text.scrollIntoViewIfNeeded();
  await text.evaluate(async (element, quote) => {
    // Select once the scroll is over, as a person would (a scroll puts the selection's popover away).
    for (let frame = 0; frame < 3; frame += 1) await new Promise((done) => requestAnimationFrame(done));
    const node = element.querySelector('[data-quote-root]')?.firstChild;
    const start = node?.textContent?.indexOf(quote) ?? -1;
    if (!node || start < 0) throw new Error(`"${quote}" is not in the provision text`);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + quote.length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, words);
}

test("comments in the live room: a workers' caucus note reaches the workers only, a plenary comment everyone, live", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `Room comments ${Date.now().toString(36)}`;
  const latencies: Record<string, number[]> = {};

  // The facilitator schedules a session on one provision, starts it and opens a provision review.
  const facilitatorPage = await personPage(browser, DEMO.facilitator);
  await openDemoDossier(facilitatorPage);
  await scheduleSession(facilitatorPage, title, [ARTICLE]);
  await facilitatorPage.locator('li', { hasText: title }).getByRole('link', { name: `Open the session ${title}` }).click();
  await expect(facilitatorPage).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  const sessionPath = new URL(facilitatorPage.url()).pathname;
  await expect(facilitatorPage.locator('[data-live-link="live"]')).toBeVisible();
  await facilitatorPage.getByRole('button', { name: 'Start the session' }).click();
  await expect(facilitatorPage.getByRole('button', { name: 'Adjourn' })).toBeVisible();
  await facilitatorPage.getByRole('textbox', { name: 'Speaking time (seconds)' }).fill('120');
  await facilitatorPage.getByRole('button', { name: 'Open the round' }).click();
  await expect(facilitatorPage.getByTestId('current-round')).toHaveText(`Provision review on ${ARTICLE}`);
  const facilitator: Person = { page: facilitatorPage, ui: UI.en };

  // Both workers and the employers' lead (who reads French) join from their home pages.
  const workersLead: Person = { page: await joinFromHome(browser, DEMO.workersLead, UI.en, title, sessionPath), ui: UI.en };
  const employersLead: Person = { page: await joinFromHome(browser, DEMO.employersLead, UI.fr, title, sessionPath), ui: UI.fr };
  const workersMember: Person = { page: await joinFromHome(browser, DEMO.workersMember, UI.en, title, sessionPath), ui: UI.en };

  // The leads open the comments under the item text: none yet. The facilitator leaves them folded for now.
  for (const person of [workersLead, employersLead]) {
    const panel = await openComments(person);
    await expect(panel.getByText(person.ui.comments.empty.open)).toBeVisible();
  }
  await expect(toggleOf(facilitator)).toHaveText(fill(UI.en.live.comments.titleCount_other, { count: 0 }));

  // The workers' member writes a caucus note from the room: for his delegation, as a delegate's comment is by default.
  const memberPanel = await openComments(workersMember);
  await expect(memberPanel.getByRole('radio', { name: "Workers' delegation only" })).toBeChecked();
  await memberPanel.getByRole('combobox', { name: 'Comment' }).fill(CAUCUS);
  let sent = Date.now();
  await memberPanel.getByRole('button', { name: 'Send to my delegation' }).click();
  latencies.caucusNote = await arrivals([workersMember, workersLead], CAUCUS, sent);
  await expect(cardOf(workersLead, CAUCUS)).toHaveAttribute('data-visibility', 'DELEGATION');
  await expect(cardOf(workersLead, CAUCUS).getByText("Workers' delegation only")).toBeVisible();

  // Then a plenary comment quoting words he selects in the provision text.
  await selectWords(workersMember.page, QUOTE);
  await workersMember.page.getByRole('toolbar', { name: 'Act on the selected words' }).getByRole('button', { name: 'Comment' }).click();
  const field = memberPanel.getByRole('combobox', { name: 'Comment' });
  await expect(field).toBeFocused();
  await expect(memberPanel.getByRole('form', { name: 'New comment' }).getByText(QUOTE)).toBeVisible();
  await memberPanel.getByRole('radio', { name: 'Plenary — everyone in the dossier' }).check();
  await field.fill(PLENARY);
  sent = Date.now();
  await memberPanel.getByRole('button', { name: 'Send to the plenary' }).click();
  latencies.plenaryComment = await arrivals([workersLead, employersLead], PLENARY, sent);

  // The workers' lead sees both; the employers' lead only the plenary one, quote and all.
  await expect(toggleOf(workersLead)).toHaveText(fill(UI.en.live.comments.titleCount_other, { count: 2 }));
  await expect(cardOf(workersLead, PLENARY)).toHaveAttribute('data-visibility', 'PLENARY');
  await expect(cardOf(employersLead, PLENARY).locator('blockquote')).toHaveText(QUOTE);
  await expect(toggleOf(employersLead)).toHaveText(fill(UI.fr.live.comments.titleCount_other, { count: 1 }));
  await expect(panelOf(employersLead).getByText(CAUCUS)).toHaveCount(0);

  // The facilitator's folded panel counts the one comment she may read and says it is new; unfolded, it is the plenary one.
  await expect(toggleOf(facilitator)).toHaveText(fill(UI.en.live.comments.titleCount_other, { count: 1 }));
  await expect(panelOf(facilitator).getByTestId('room-comments-new')).toHaveText(fill(UI.en.live.comments.new_one, { count: 1 }));
  await panelOf(facilitator).screenshot({ path: `${SCREENSHOTS}/room-comments-folded.png` });
  await openComments(facilitator);
  await expect(panelOf(facilitator).getByTestId('room-comments-new')).toHaveCount(0);
  await expect(cardOf(facilitator, PLENARY)).toBeVisible();
  await expect(panelOf(facilitator).locator('[data-comment-id]')).toHaveCount(1);
  await expect(facilitator.page.getByText(CAUCUS)).toHaveCount(0);
  // Filters are the reader's: the facilitator has no delegation of her own, so no "My delegation" filter.
  await expect(panelOf(facilitator).getByRole('radio', { name: 'My delegation' })).toHaveCount(0);

  for (const [person, name] of [
    [workersLead, 'delegate'],
    [facilitator, 'facilitator'],
  ] as const) {
    await panelOf(person).scrollIntoViewIfNeeded();
    await person.page.screenshot({ path: `${SCREENSHOTS}/room-comments-${name}.png` });
    await person.page.screenshot({ path: `${SCREENSHOTS}/room-comments-${name}-full.png`, fullPage: true });
  }
  expect(await seriousViolations(workersLead.page)).toEqual([]);
  expect(await seriousViolations(facilitator.page)).toEqual([]);
  expect(await seriousViolations(employersLead.page)).toEqual([]);

  // He edits the plenary comment: everyone reads the new wording, marked edited.
  const plenaryId = await cardOf(workersMember, PLENARY).getAttribute('data-comment-id');
  const mine = panelOf(workersMember).locator(`[data-comment-id="${plenaryId}"]`);
  await mine.getByRole('button', { name: 'Edit' }).click();
  await mine.getByRole('textbox', { name: 'Comment' }).fill(EDITED);
  sent = Date.now();
  await mine.getByRole('button', { name: 'Save' }).click();
  latencies.edit = await arrivals([workersLead, employersLead, facilitator], EDITED, sent);
  await expect(cardOf(employersLead, EDITED).getByText(UI.fr.comments.edited, { exact: false })).toBeVisible();

  // He deletes the caucus note: it leaves his lead's room.
  await cardOf(workersMember, CAUCUS).getByRole('button', { name: 'Delete' }).click();
  await workersMember.page.getByRole('dialog', { name: 'Delete this comment?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(panelOf(workersLead).getByText(CAUCUS)).toHaveCount(0, { timeout: LIVE_MS });

  // He resolves the plenary thread: it leaves the open threads everywhere, and is found under "Resolved".
  await cardOf(workersMember, EDITED).getByRole('button', { name: 'Resolve' }).click();
  await expect(panelOf(employersLead).getByText(EDITED)).toHaveCount(0, { timeout: LIVE_MS });
  await expect(panelOf(facilitator).getByText(EDITED)).toHaveCount(0, { timeout: LIVE_MS });
  const filters = panelOf(employersLead).getByRole('radiogroup', { name: UI.fr.comments.filterLabel });
  await filters.getByText(UI.fr.comments.filters.resolved, { exact: true }).click();
  await expect(filters.getByRole('radio', { name: UI.fr.comments.filters.resolved })).toBeChecked();
  await expect(cardOf(employersLead, EDITED).getByText(UI.fr.comments.resolved, { exact: true })).toBeVisible();

  test.info().annotations.push({ type: 'latency (ms, click to other rooms)', description: JSON.stringify(latencies) });
  console.log('room comment latencies (ms):', JSON.stringify(latencies));
});
