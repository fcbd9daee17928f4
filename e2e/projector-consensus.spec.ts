import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import { DEMO } from './support/demo';
import { apiAs, roomClient } from './support/live-api';
import { DEMO_DOSSIER, personPage } from './support/sessions';

test('during a consensus check the projector shows the provision, each side’s stance as declared, then the outcome', async ({ browser, request, baseURL }) => {
  test.setTimeout(90_000);
  const chair = await apiAs(request, DEMO.facilitator);
  const { dossiers } = await chair.gql('{ dossiers { id title } }');
  const dossierId = dossiers.find((dossier: { title: string }) => dossier.title === DEMO_DOSSIER).id;
  const { dossier } = await chair.gql('query($id: ID!) { dossier(id: $id) { currentDraft { provisions { id kind text } } } }', { id: dossierId });
  const article = dossier.currentDraft.provisions.find((provision: { kind: string }) => provision.kind === 'ARTICLE');
  const { scheduleSession } = await chair.gql('mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id agenda { id } } }', {
    input: { dossierId, title: `Consensus on screen ${Date.now()}`, startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), agenda: [{ provisionId: article.id }] },
  });
  const sessionId = scheduleSession.id as string;
  const agendaItemId = scheduleSession.agenda[0].id as string;
  const sockets: Socket[] = [];
  try {
    const run = await roomClient(baseURL!, chair.token, sessionId, sockets);
    const workers = await roomClient(baseURL!, (await apiAs(request, DEMO.workersLead)).token, sessionId, sockets);
    const government = await roomClient(baseURL!, (await apiAs(request, DEMO.govLead)).token, sessionId, sockets);
    await run('session:start', { sessionId });
    await run('round:open', { sessionId, agendaItemId, kind: 'CONSENSUS_CHECK', speakingSeconds: 60 });
    await workers('stance:declare', { sessionId, stance: 'AGREE_WITH_RESERVATION', reservation: 'Two years for existing agreements' });

    const projector = await personPage(browser, DEMO.observer);
    await projector.goto(`/sessions/${sessionId}/projector`);
    const consensus = projector.getByTestId('projector-consensus');
    await expect(consensus.getByTestId('projector-provision')).toContainText(article.text.slice(0, 40));
    await expect(consensus.locator('[data-side=WORKERS]')).toContainText('Agree with a reservation');
    await expect(consensus.locator('[data-side=WORKERS]')).toContainText('Two years for existing agreements');
    await expect(consensus.locator('[data-side=GOVERNMENT]')).toContainText('Awaiting its stance');

    await government('stance:declare', { sessionId, stance: 'AGREE' });
    await expect(consensus.locator('[data-side=GOVERNMENT]')).toContainText('Agree'); // pushed, no reload
    await run('outcome:record', { sessionId, agendaItemId, outcome: 'CONSENSUS_WITH_RESERVATIONS', note: '', reservations: { WORKERS: 'Two years for existing agreements' } });
    await expect(consensus.getByTestId('projector-outcome')).toContainText('Consensus with reservations');
    const axe = await new AxeBuilder({ page: projector }).analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    await projector.screenshot({ path: test.info().outputPath('projector-consensus.png'), fullPage: true });
    await run('session:close', { sessionId });
  } finally {
    sockets.forEach((socket) => socket.disconnect());
  }
});
