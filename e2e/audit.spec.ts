import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { DEMO } from './support/demo';
import { createDossier, propose, seat } from './support/dossiers';
import { DEMO_DOSSIER, personPage } from './support/sessions';

test('the activity log shows each person the acts they may see: a proposal to its delegation and the facilitator, not to the other sides', async ({ browser }) => {
  test.setTimeout(120_000);
  const facilitator = await personPage(browser, DEMO.facilitator);
  const dossierPath = await createDossier(facilitator, `Activity ${Date.now().toString(36)}`);
  await facilitator.goto(`${dossierPath}/composition`);
  await seat(facilitator, "Workers' delegation", 'Nadia Haddad', true);
  await seat(facilitator, "Employers' delegation", 'Claire Dubois', true);
  await propose(facilitator, "Workers' delegation", 'Samuel Okoro');

  // By keyboard: the Activity tab opens with Enter.
  await facilitator.getByRole('tab', { name: 'Activity' }).press('Enter');
  await expect(facilitator).toHaveURL(/\/activity$/);
  await expect(facilitator.getByRole('tab', { name: 'Activity' })).toHaveAttribute('aria-selected', 'true');
  const log = facilitator.getByRole('table', { name: 'Activity' });
  await expect(log.getByRole('row').nth(1)).toContainText('Proposed a member');
  await expect(log.getByRole('row').nth(1)).toContainText("Workers' delegation and facilitators");
  await expect(log.getByRole('row').filter({ hasText: 'Seated a participant' })).toHaveCount(2);
  await expect(log.getByRole('row').last()).toContainText('Created the dossier');
  expect(await seriousViolations(facilitator)).toEqual([]);
  await facilitator.screenshot({ path: test.info().outputPath('activity-facilitator.png'), fullPage: true });

  const workers = await personPage(browser, DEMO.workersLead);
  await workers.goto(`${dossierPath}/activity`);
  await expect(workers.getByRole('table', { name: 'Activity' })).toContainText('Proposed a member');

  const employers = await personPage(browser, DEMO.employersLead);
  await employers.goto(`${dossierPath}/activity`);
  // This demo account may read in French (another scenario leaves it so): either language will do.
  const theirs = employers.getByRole('table', { name: /^(Activity|Activité)$/ });
  await expect(theirs).toContainText(/Created the dossier|A créé le dossier/);
  await expect(theirs).toContainText(/Seated a participant|A ajouté un participant/);
  await expect(theirs).not.toContainText(/Proposed a member|A proposé un membre/);
  expect(await seriousViolations(employers)).toEqual([]);
  await employers.screenshot({ path: test.info().outputPath('activity-employers.png'), fullPage: true });
});

test('an administrator verifies every audit chain from the Audit page', async ({ browser }) => {
  const admin = await personPage(browser, DEMO.admin);
  await admin.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();
  await expect(admin.getByText('Every chain verifies.')).toBeVisible();
  const chains = admin.getByRole('table', { name: 'Audit' });
  await expect(chains.getByRole('row').filter({ hasText: DEMO_DOSSIER }).first()).toContainText('Verifies');
  await admin.getByRole('button', { name: 'Verify every chain' }).press('Enter');
  await expect(admin.getByText(/^[\d,]+ events in [\d,]+ chains, verified in/)).toBeVisible();
  expect(await seriousViolations(admin)).toEqual([]);
  await admin.screenshot({ path: test.info().outputPath('audit-page.png'), fullPage: true });
});
