import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDossierWithCast } from '../../../test/dossier-factories';
import { readDraft, SAMPLE_DRAFT, uploadDraft } from '../../../test/draft-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const AKN_SAMPLE = resolve(__dirname, '../../../test/fixtures/ch-sr-172.010.1.akn.xml');
const EU_PROPOSAL = resolve(__dirname, '../../../test/fixtures/drafts/eu-com-2025-162-proposal.akn.xml');

describe('importing drafts', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('previews the detected structure and commits nothing', async () => {
    const cast = await buildDossierWithCast(t);
    const { status, body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT, 'draft.txt', true);
    expect(status).toBe(200);
    expect(body).toMatchObject({ articleCount: 3, unitName: 'ARTICLE' });
    expect(body.outline.filter((n: { kind: string }) => n.kind === 'CHAPTER')).toHaveLength(2);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM draft WHERE dossier_id = $1', [cast.dossierId]);
    expect(count).toBe(0);
  });

  it('gives the preview warnings as reasons with their parameters, and in English for scripts', async () => {
    const cast = await buildDossierWithCast(t);
    const latin1 = Buffer.from('Article 5\nLe salari\xe9 a droit au repos.\n\nArticle 5\nAutre.', 'latin1');
    const { status, body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, latin1, 'draft.txt', true);
    expect(status).toBe(200);
    expect(body.warningReasons).toEqual([
      { reason: 'DUPLICATE_NUMBER', params: { number: 'Article 5', key: 'art_5_2' } },
      { reason: 'LEGACY_ENCODING', params: {} },
    ]);
    expect(body.warnings).toEqual([
      'Article 5 appears more than once; the later one is keyed "art_5_2".',
      'The file was not in UTF-8; it was read as Windows Latin-1. Check accented letters.',
    ]);
  });

  it('warns in the preview when a file resembles the newest version little (another law, the same numbers)', async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const fisheries = `Fisheries Act\n\nArticle 1 - Licences\nA licence is required for every vessel engaged in commercial fishing within the zone.\n\nArticle 2 - Catch\nThe minister shall publish the total allowable catch for each species every year.\n\nArticle 3 - Nets\nNets with a mesh smaller than the prescribed size shall not be carried on board.\n`;
    const { body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, fisheries, 'fisheries.txt', true);
    expect(body.previousVersion).toEqual({ version: 1, matching: 0, previousCount: 3, nextCount: 3, unrelated: true });
  });

  it('finds a revision of the newest version related in the preview, and a first import has nothing to compare', async () => {
    const cast = await buildDossierWithCast(t);
    expect((await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT, 'draft.txt', true)).body.previousVersion).toBeNull();
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const revised = SAMPLE_DRAFT.replace('three years', 'five years');
    expect((await uploadDraft(t, cast.facilitator.token, cast.dossierId, revised, 'draft-v2.txt', true)).body.previousVersion).toMatchObject({ version: 1, matching: 3, unrelated: false });
  });

  it('lists what a version removed, each where it stood in the previous one', async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const withoutArticle2 = SAMPLE_DRAFT.replace(/Article 2 - Freedom of association\n[^\n]*\n\n/, '');
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, withoutArticle2, 'draft-v2.txt');
    const result = await t.gql(
      `query($id: ID!) { dossier(id: $id) { currentDraft { version provisions { id number kind } removedSincePrevious { number heading text afterId } } } }`,
      { id: cast.dossierId },
      cast.workers.member.token,
    );
    const draft = result.data?.dossier.currentDraft;
    expect(draft.version).toBe(2);
    expect(draft.removedSincePrevious).toHaveLength(1);
    expect(draft.removedSincePrevious[0]).toMatchObject({ number: 'Article 2', heading: 'Freedom of association' });
    // It stood after Article 1's last paragraph, which version 2 keeps, just before Chapter II.
    const after = draft.provisions.findIndex((provision: { id: string }) => provision.id === draft.removedSincePrevious[0].afterId);
    expect(draft.provisions[after + 1]).toMatchObject({ kind: 'CHAPTER' });
  });

  it('imports a text draft as version 1 that everyone on the dossier reads', async () => {
    const cast = await buildDossierWithCast(t);
    const { body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    expect(body.draft.version).toBe(1);
    const draft = await readDraft(t, cast.observer.token, cast.dossierId);
    const articles = draft.provisions.filter((p) => p.kind === 'ARTICLE');
    expect(articles.map((a) => a.number)).toEqual(['Article 1', 'Article 2', 'Article 3']);
    expect(articles[1].heading).toBe('Freedom of association');
  });

  it('names in the preview the annexes a file only refers to, and counts its recitals as no unit', async () => {
    const cast = await buildDossierWithCast(t);
    const { status, body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, readFileSync(EU_PROPOSAL), 'proposal.akn.xml', true);
    expect(status).toBe(200);
    expect(body).toMatchObject({ articleCount: 3, unitName: 'ARTICLE', warnings: [], annexesLeftOut: ['Annex I', 'Annex II', 'Annex III', 'Annex IV'] });
    expect(body.outline.slice(0, 4)).toEqual([
      { kind: 'PREAMBLE', number: null, heading: null, depth: 0 },
      { kind: 'RECITAL', number: '(1)', heading: null, depth: 1 },
      { kind: 'RECITAL', number: '(2)', heading: null, depth: 1 },
      { kind: 'RECITAL', number: '(3)', heading: null, depth: 1 },
    ]);
  });

  it('imports a preamble and its recitals, each a provision people comment on', async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, readFileSync(EU_PROPOSAL), 'proposal.akn.xml');
    const draft = await readDraft(t, cast.observer.token, cast.dossierId);
    expect(draft.provisions.slice(0, 6).map((p) => [p.kind, p.number])).toEqual([
      ['PREAMBLE', null],
      ['PARAGRAPH', null],
      ['RECITAL', '(1)'],
      ['RECITAL', '(2)'],
      ['RECITAL', '(3)'],
      ['PARAGRAPH', null],
    ]);
    const recital = draft.provisions[2];
    const added = await t.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { provisionId: recital.id, body: 'Say which registers', visibility: 'PLENARY' } }, cast.workers.lead.token);
    expect(added.errors).toBeUndefined();
    const again = await readDraft(t, cast.observer.token, cast.dossierId);
    expect(again.provisions[2]).toMatchObject({ kind: 'RECITAL', commentCount: 1, comments: [{ body: 'Say which registers' }] });
  });

  it('imports the Akoma Ntoso sample with its 92 articles, notes kept apart', async () => {
    const cast = await buildDossierWithCast(t);
    const { status, body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, readFileSync(AKN_SAMPLE), 'act.akn.xml');
    expect(status).toBe(200);
    const rows: Array<{ kind: string; key: string; number: string; heading: string; notes: string[] }> = await t.dataSource.query(
      'SELECT kind, key, number, heading, notes FROM provision WHERE draft_id = $1 ORDER BY position', [body.draft.id]);
    // Its 92 articles, then its transitional provisions (3) and the lists of its 3 annexes, now imported as schedules.
    const articles = rows.filter((row) => row.kind === 'ARTICLE');
    expect(articles).toHaveLength(98);
    expect(rows[0]).toMatchObject({ kind: 'PREAMBLE', key: 'preamble_1' });
    expect(articles[0]).toMatchObject({ number: 'Art. 1', heading: 'Verhandlungen' });
    expect(rows.some((row) => row.key === 'art_1/para_2')).toBe(true);
  });

  it('keeps emphasis and a reference to another section beside the plain text, for everyone on the dossier', async () => {
    const cast = await buildDossierWithCast(t);
    const act = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="act"><body>
      <section eId="sec_1"><num>1.</num><content><p>An employer <b>must</b> pay as <ref href="#sec_2">section 2</ref> says.</p></content></section>
      <section eId="sec_2"><num>2.</num><content><p>Wages are paid monthly.</p></content></section></body></act></akomaNtoso>`;
    const { body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, act, 'act.akn.xml');
    const result = await t.gql(`query($id: ID!) { draft(id: $id) { provisions { key text marks { kind start end target } } } }`, { id: body.draft.id }, cast.observer.token);
    const [section] = result.data?.draft.provisions;
    expect(section.text).toBe('An employer must pay as section 2 says.');
    expect(section.marks).toEqual([
      { kind: 'STRONG', start: 12, end: 16, target: null },
      { kind: 'REFERENCE', start: 24, end: 33, target: 'sec_2' },
    ]);
  });

  it('refuses a corrupt file with a clear error and changes nothing', async () => {
    const cast = await buildDossierWithCast(t);
    const { status, body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, Buffer.from('PK\u0003\u0004garbage'), 'draft.docx');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM draft WHERE dossier_id = $1', [cast.dossierId]);
    expect(count).toBe(0);
  });

  it('refuses a file with no provision', async () => {
    const cast = await buildDossierWithCast(t);
    const { body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, 'Just a memo, with no article at all.');
    expect(body.errors[0].extensions.fieldErrors[0].constraint).toBe('NO_PROVISIONS');
  });

  it('tells what a file without numbered units holds, for the web to say it in the reader’s language', async () => {
    const cast = await buildDossierWithCast(t);
    const { body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, 'Labour Code\n\n1) Scope\nThis code applies.');
    expect(body.errors[0].extensions.fieldErrors[0]).toMatchObject({
      constraint: 'NO_PROVISIONS',
      reason: 'NUMBER_PARENTHESIS',
      params: { headings: 0, numbered: 1, firstLines: 'Labour Code / 1) Scope / This code applies.' },
    });
  });

  it('lets only facilitators import', async () => {
    const cast = await buildDossierWithCast(t);
    const { status } = await uploadDraft(t, cast.government.lead.token, cast.dossierId, SAMPLE_DRAFT);
    expect(status).toBe(403);
  });

  it('hides the dossier from outsiders behind NOT_FOUND', async () => {
    const cast = await buildDossierWithCast(t);
    const { status } = await uploadDraft(t, cast.outsider.token, cast.dossierId, SAMPLE_DRAFT);
    expect(status).toBe(404);
  });

  it('matches version 2 to version 1 and shows what changed, word by word', async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    const v2 = SAMPLE_DRAFT.replace('three years', 'five years').replace(/Article 2 - Freedom[\s\S]*?choosing without previous authorization\.\n/, '')
      + '\nArticle 4 - Strikes\nThe right to strike is recognised.\n';
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, v2);
    const draft = await readDraft(t, cast.facilitator.token, cast.dossierId);
    expect(draft.version).toBe(2);
    expect(draft.changeSummary).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    const article3 = draft.provisions.find((p) => p.number === 'Article 3')!;
    expect(article3.diff).toEqual(expect.arrayContaining([{ op: 'delete', text: 'three' }, { op: 'insert', text: 'five' }]));
  });

  it('stores each word diff at import, and shows an unchanged provision as one equal part', async () => {
    const cast = await buildDossierWithCast(t);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT);
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT.replace('three years', 'five years'));
    const draft = await readDraft(t, cast.facilitator.token, cast.dossierId);
    const stored: Array<{ number: string; word_diff: unknown }> = await t.dataSource.query(
      `SELECT number, word_diff FROM provision WHERE draft_id = $1 AND kind = 'ARTICLE' ORDER BY position`,
      [draft.id],
    );
    expect(stored.every((row) => Array.isArray(row.word_diff))).toBe(true);
    const article2 = draft.provisions.find((p) => p.number === 'Article 2')!;
    expect(article2.diff).toEqual([{ op: 'equal', text: article2.text }]);
  });
});
