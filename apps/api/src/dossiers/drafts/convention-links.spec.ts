import { io, type Socket } from 'socket.io-client';
import type { ServerEventPayload } from '@tripart/contracts';
import { until } from '../../../test/collab-client';
import { buildDossierWithCast } from '../../../test/dossier-factories';
import { readDraft, SAMPLE_DRAFT, uploadDraft } from '../../../test/draft-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const LINK = `mutation($input: LinkConventionInput!) { linkConvention(input: $input) { id conventionCode article gapNote } }`;
const COVERAGE = `query($id: ID!) { dossier(id: $id) { coverage { convention { code } links { article gapNote provision { number } } } } }`;
const UNLINK = `mutation($id: ID!) { unlinkConvention(id: $id) }`;
const SET_CONVENTIONS = `mutation($id: ID!, $codes: [String!]) { updateDossier(id: $id, input: { conventionCodes: $codes }) { conventions { code } } }`;

const REVIEWED = `mutation($id: ID!) { markConventionLinkReviewed(id: $id) { id gapNote needsReview } }`;
const CURRENT_LINKS = `query($id: ID!) { dossier(id: $id) { currentDraft { version provisions { number conventionLinks { id article gapNote needsReview } } } } }`;

/** The sample draft again, Article 2 reworded, Article 3 only re-spaced. */
const SAMPLE_DRAFT_V2 = SAMPLE_DRAFT.replace('without previous authorization.', 'after registration with the labour inspectorate.').replace(
  'bind the parties that signed them',
  'bind  the parties\tthat signed them',
);

type LinksChanged = ServerEventPayload<'convention-links:changed'>;

describe('gap analysis', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function setUp() {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const article2 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 2')!.id;
    return { cast, article2 };
  }

  it('links a provision to a convention article and shows the coverage per convention', async () => {
    const { cast, article2 } = await setUp();
    const link = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '2', gapNote: 'No mention of federations' } }, cast.facilitator.token);
    expect(link.data?.linkConvention).toMatchObject({ conventionCode: 'C087', article: '2' });
    const coverage = await t.gql(COVERAGE, { id: cast.dossierId }, cast.observer.token);
    expect(coverage.data?.dossier.coverage).toEqual([
      { convention: { code: 'C087' }, links: [{ article: '2', gapNote: 'No mention of federations', provision: { number: 'Article 2' } }] },
      { convention: { code: 'C098' }, links: [] },
    ]);
  });

  it('keeps no blank gap note, and linking the same article again replaces its note', async () => {
    const { cast, article2 } = await setUp();
    const blank = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: ' 3 ', gapNote: '  \n ' } }, cast.facilitator.token);
    expect(blank.data?.linkConvention).toMatchObject({ article: '3', gapNote: '' });
    const again = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '3', gapNote: ' Federations are not covered. ' } }, cast.facilitator.token);
    expect(again.data?.linkConvention).toEqual({ id: blank.data?.linkConvention.id, conventionCode: 'C087', article: '3', gapNote: 'Federations are not covered.' });
    const coverage = await t.gql(COVERAGE, { id: cast.dossierId }, cast.facilitator.token);
    expect(coverage.data?.dossier.coverage[0].links).toEqual([{ article: '3', gapNote: 'Federations are not covered.', provision: { number: 'Article 2' } }]);
  });

  it('carries the links to the matching provisions of a new version, and keeps the old version’s', async () => {
    const { cast, article2 } = await setUp();
    await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '2', gapNote: 'No mention of federations' } }, cast.facilitator.token);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT, 'draft-v2.txt');
    const coverage = await t.gql(COVERAGE, { id: cast.dossierId }, cast.observer.token);
    expect(coverage.data?.dossier.coverage[0].links).toEqual([{ article: '2', gapNote: 'No mention of federations', provision: { number: 'Article 2' } }]);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int FROM convention_link l JOIN provision p ON p.id = l.provision_id WHERE p.id = $1`,
      [article2],
    );
    expect(count).toBe(1);
  });

  it('lets only facilitators link', async () => {
    const { cast, article2 } = await setUp();
    const result = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '3' } }, cast.workers.lead.token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown convention', async () => {
    const { cast, article2 } = await setUp();
    const result = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C999', article: '1' } }, cast.facilitator.token);
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the links of a convention taken off the dossier: the coverage still lists it while they last', async () => {
    const { cast, article2 } = await setUp();
    const link = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '2', gapNote: 'No mention of federations' } }, cast.facilitator.token);
    const updated = await t.gql(SET_CONVENTIONS, { id: cast.dossierId, codes: ['C098'] }, cast.facilitator.token);
    expect(updated.data?.updateDossier.conventions).toEqual([{ code: 'C098' }]);
    const coverage = await t.gql(COVERAGE, { id: cast.dossierId }, cast.facilitator.token);
    expect(coverage.data?.dossier.coverage.map((entry: { convention: { code: string } }) => entry.convention.code)).toEqual(['C087', 'C098']);
    await t.gql(UNLINK, { id: link.data?.linkConvention.id }, cast.facilitator.token);
    const after = await t.gql(COVERAGE, { id: cast.dossierId }, cast.facilitator.token);
    expect(after.data?.dossier.coverage).toEqual([{ convention: { code: 'C098' }, links: [] }]);
  });

  it('lets only facilitators change the dossier’s conventions', async () => {
    const { cast } = await setUp();
    const result = await t.gql(SET_CONVENTIONS, { id: cast.dossierId, codes: [] }, cast.government.lead.token);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

/** A link carried to a provision that now reads differently may no longer hold: it awaits a facilitator's review. */
describe('review of links carried to a changed provision', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  type CurrentLink = { id: string; article: string; gapNote: string; needsReview: boolean };

  async function currentLinks(token: string, dossierId: string): Promise<Record<string, CurrentLink[]>> {
    const result = await t.gql(CURRENT_LINKS, { id: dossierId }, token);
    const provisions: Array<{ number: string; conventionLinks: CurrentLink[] }> = result.data?.dossier.currentDraft.provisions;
    return Object.fromEntries(provisions.filter((p) => p.conventionLinks.length).map((p) => [p.number, p.conventionLinks]));
  }

  /** Article 2 (reworded in version 2) and Article 3 (re-spaced only) linked in version 1, then version 2 imported. */
  async function carriedToVersion2() {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const version1 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions;
    const id = (number: string) => version1.find((p) => p.number === number)!.id;
    await t.gql(LINK, { input: { provisionId: id('Article 2'), conventionCode: 'C087', article: '2', gapNote: 'Prior authorization allowed' } }, cast.facilitator.token);
    await t.gql(LINK, { input: { provisionId: id('Article 3'), conventionCode: 'C098', article: '4' } }, cast.facilitator.token);
    expect((await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT_V2, 'draft-v2.txt')).status).toBe(200);
    const links = await currentLinks(cast.facilitator.token, cast.dossierId);
    return { cast, links, reworded: links['Article 2'][0], respaced: links['Article 3'][0] };
  }

  it('flags a link carried to a reworded provision, not one whose text only changed spacing, nor the previous version’s', async () => {
    const { cast, links } = await carriedToVersion2();
    const article3 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 3')!;
    expect(article3.text).toContain('bind  the parties\tthat');
    expect(links).toEqual({
      'Article 2': [{ id: expect.any(String), article: '2', gapNote: 'Prior authorization allowed', needsReview: true }],
      'Article 3': [{ id: expect.any(String), article: '4', gapNote: '', needsReview: false }],
    });
    const coverage = await t.gql(`query($id: ID!) { dossier(id: $id) { coverage { links { article needsReview } } } }`, { id: cast.dossierId }, cast.observer.token);
    expect(coverage.data?.dossier.coverage).toEqual([{ links: [{ article: '2', needsReview: true }] }, { links: [{ article: '4', needsReview: false }] }]);
    const [{ flagged }] = await t.dataSource.query(
      `SELECT count(*)::int AS flagged FROM convention_link l JOIN provision p ON p.id = l.provision_id JOIN draft d ON d.id = p.draft_id
        WHERE d.dossier_id = $1 AND d.version = 1 AND l.needs_review`,
      [cast.dossierId],
    );
    expect(flagged).toBe(0);
  });

  it('does not flag a new link', async () => {
    const { cast } = await carriedToVersion2();
    const article1 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 1')!.id;
    const link = await t.gql(`mutation($input: LinkConventionInput!) { linkConvention(input: $input) { needsReview } }`, { input: { provisionId: article1, conventionCode: 'C087', article: '1' } }, cast.facilitator.token);
    expect(link.data?.linkConvention).toEqual({ needsReview: false });
  });

  it('clears the flag when the facilitator marks the link reviewed, and keeps it cleared in the next unchanged version', async () => {
    const { cast, reworded } = await carriedToVersion2();
    const reviewed = await t.gql(REVIEWED, { id: reworded.id }, cast.facilitator.token);
    expect(reviewed.data?.markConventionLinkReviewed).toEqual({ id: reworded.id, gapNote: 'Prior authorization allowed', needsReview: false });
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT_V2, 'draft-v3.txt');
    expect((await currentLinks(cast.facilitator.token, cast.dossierId))['Article 2'][0].needsReview).toBe(false);
    const [audit] = await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'convention.reviewed' AND dossier_id = $1`, [cast.dossierId]);
    expect(audit.data).toEqual({ conventionCode: 'C087', article: '2' });
  });

  it('keeps a review still pending when the next version leaves the provision as it was', async () => {
    const { cast } = await carriedToVersion2();
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT_V2, 'draft-v3.txt');
    expect((await currentLinks(cast.facilitator.token, cast.dossierId))['Article 2'][0].needsReview).toBe(true);
  });

  it('clears the flag when the facilitator saves the gap note again', async () => {
    const { cast, reworded } = await carriedToVersion2();
    const article2 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 2')!.id;
    const saved = await t.gql(
      `mutation($input: LinkConventionInput!) { linkConvention(input: $input) { id gapNote needsReview } }`,
      { input: { provisionId: article2, conventionCode: 'C087', article: '2', gapNote: 'Registration stands in for authorization' } },
      cast.facilitator.token,
    );
    expect(saved.data?.linkConvention).toEqual({ id: reworded.id, gapNote: 'Registration stands in for authorization', needsReview: false });
  });

  it('lets only facilitators mark a link reviewed, and leaves the flag to those refused', async () => {
    const { cast, reworded } = await carriedToVersion2();
    for (const person of [cast.workers.lead, cast.government.member, cast.observer]) {
      const refused = await t.gql(REVIEWED, { id: reworded.id }, person.token);
      expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await currentLinks(cast.facilitator.token, cast.dossierId))['Article 2'][0].needsReview).toBe(true);
  });

  it('says an unknown link, or one of a dossier the person is not in, is not found', async () => {
    const { cast, reworded } = await carriedToVersion2();
    const other = await buildDossierWithCast(t);
    for (const [id, token] of [
      ['00000000-0000-4000-8000-000000000000', cast.facilitator.token],
      ['not-a-link', cast.facilitator.token],
      [reworded.id, other.facilitator.token],
      [reworded.id, cast.outsider.token],
    ]) {
      const result = await t.gql(REVIEWED, { id }, token);
      expect(result.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});

/** Links are plenary information: every open browser of the dossier hears of a change at once, and no one else. */
describe('live updates of convention links', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => (t = await startTestApp()));
  afterEach(() => sockets.splice(0).forEach((socket) => socket.disconnect()));
  afterAll(() => t.close());

  async function listening(token: string, dossierId: string): Promise<{ events: LinksChanged[]; watched: boolean }> {
    const socket = io(t.url, { auth: { token }, transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    const events: LinksChanged[] = [];
    socket.on('convention-links:changed', (event: LinksChanged) => events.push(event));
    await new Promise((resolve) => socket.on('connect', () => resolve(undefined)));
    const ack = await socket.emitWithAck('dossier:watch', { dossierId });
    return { events, watched: ack.ok };
  }

  it('tells every participant watching the dossier when a link is made, its note changed, it is reviewed or it is removed', async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const article2 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 2')!.id;
    const watchers = await Promise.all([cast.facilitator, cast.workers.member, cast.employers.lead, cast.observer].map((person) => listening(person.token, cast.dossierId)));
    expect(watchers.every((watcher) => watcher.watched)).toBe(true);
    const expectEveryone = async (change: LinksChanged['change'], count: number) => {
      await until(() => watchers.every((watcher) => watcher.events.length === count), 1000);
      for (const watcher of watchers) expect(watcher.events[count - 1]).toEqual({ dossierId: cast.dossierId, provisionId: article2, change });
    };

    const input = { provisionId: article2, conventionCode: 'C087', article: '2', gapNote: '' };
    const link = await t.gql(LINK, { input }, cast.facilitator.token);
    await expectEveryone('linked', 1);
    await t.gql(LINK, { input: { ...input, gapNote: 'Federations are not covered.' } }, cast.facilitator.token);
    await expectEveryone('updated', 2);
    await t.gql(REVIEWED, { id: link.data?.linkConvention.id }, cast.facilitator.token);
    await expectEveryone('updated', 3);
    await t.gql(UNLINK, { id: link.data?.linkConvention.id }, cast.facilitator.token);
    await expectEveryone('unlinked', 4);
  });

  it('tells no one outside the dossier, and nothing when a change is refused', async () => {
    const cast = await buildDossierWithCast(t);
    const other = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const article2 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions.find((p) => p.number === 'Article 2')!.id;
    const outsider = await listening(cast.outsider.token, cast.dossierId);
    expect(outsider.watched).toBe(false);
    const elsewhere = await listening(other.facilitator.token, other.dossierId);
    const delegate = await listening(cast.workers.lead.token, cast.dossierId);

    const refused = await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '3' } }, cast.workers.lead.token);
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await t.gql(LINK, { input: { provisionId: article2, conventionCode: 'C087', article: '3' } }, cast.facilitator.token);
    await until(() => delegate.events.length === 1, 1000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(delegate.events).toEqual([{ dossierId: cast.dossierId, provisionId: article2, change: 'linked' }]);
    expect(outsider.events).toEqual([]);
    expect(elsewhere.events).toEqual([]);
  });
});
