import { buildContributedDossier, draftPosition } from '../../test/response-factories';
import { uploadDraft, SAMPLE_DRAFT } from '../../test/draft-factories';
import { useTestApp } from '../../test/use-test-app';

const RESPONSES = `query($id: ID!) { contributionResponses(dossierId: $id) { total answered canDraft canRecord
  contributions { key submissionId provisionId provisionNumber constituency stance rationale proposedWording draftVersion
    response { verdict reasons status } changedProvision { draftVersion number diff { op text } } } } }`;
const RESPOND = `mutation($input: RespondToContributionInput!) { respondToContribution(input: $input) { id verdict reasons status recordedAt } }`;
const SET_STATUS = `mutation($id: ID!, $status: DossierStatus!, $note: String) { updateDossier(id: $id, input: { status: $status, closingNote: $note }) { status } }`;

type Contribution = { key: string; submissionId: string; provisionId: string; provisionNumber: string; constituency: string; response: { verdict: string; status: string } | null };

describe('the government’s responses to contributions', () => {
  const t = useTestApp();

  async function read(dossierId: string, token: string) {
    const result = await t.gql(RESPONSES, { id: dossierId }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.contributionResponses as { total: number; answered: number; canDraft: boolean; canRecord: boolean; contributions: Contribution[] };
  }

  const respond = (token: string, dossierId: string, contribution: Pick<Contribution, 'submissionId' | 'provisionId'>, record: boolean, verdict = 'PARTLY_ACCEPTED') =>
    t.gql(RESPOND, { input: { dossierId, submissionId: contribution.submissionId, provisionId: contribution.provisionId, verdict, reasons: 'Two years for new agreements.', record } }, token);

  async function contributed() {
    const built = await buildContributedDossier(t);
    const overview = await read(built.cast.dossierId, built.cast.government.member.token);
    const on = (number: string) => overview.contributions.find((c) => c.provisionNumber === number)!;
    return { ...built, overview, on };
  }

  it('lists the social partners’ submitted contributions — a stance, a rationale or a wording — and not the government’s own', async () => {
    const { overview } = await contributed();
    expect(overview.contributions.map((c) => [c.constituency, c.provisionNumber])).toEqual([
      ['WORKERS', 'Article 1'],
      ['WORKERS', 'Article 3'],
      ['EMPLOYERS', 'Article 2'],
    ]);
    expect([overview.total, overview.answered]).toEqual([3, 0]);
  });

  it('counts a contribution answered once the government’s lead records its response, not while it is a draft', async () => {
    const { cast, on } = await contributed();
    expect((await respond(cast.government.member.token, cast.dossierId, on('Article 3'), false)).data?.respondToContribution.status).toBe('DRAFT');
    expect((await read(cast.dossierId, cast.workers.lead.token)).answered).toBe(0);
    const recorded = await respond(cast.government.lead.token, cast.dossierId, on('Article 3'), true);
    expect(recorded.data?.respondToContribution).toMatchObject({ status: 'RECORDED', verdict: 'PARTLY_ACCEPTED', recordedAt: expect.any(String) });
    const seen = await read(cast.dossierId, cast.observer.token);
    expect([seen.total, seen.answered]).toEqual([3, 1]);
    const [event] = await t.dataSource.query(`SELECT actor_id, data FROM audit_event WHERE action = 'response.recorded' AND dossier_id = $1`, [cast.dossierId]);
    expect(event).toMatchObject({ actor_id: cast.government.lead.user.id, data: { provisionId: on('Article 3').provisionId, verdict: 'PARTLY_ACCEPTED', constituency: 'WORKERS' } });
  });

  it('shows a draft response to the government delegation only', async () => {
    const { cast, on } = await contributed();
    await respond(cast.government.member.token, cast.dossierId, on('Article 1'), false, 'NOT_ACCEPTED');
    const responseTo = async (token: string) => (await read(cast.dossierId, token)).contributions.find((c) => c.provisionNumber === 'Article 1')!.response;
    expect(await responseTo(cast.government.lead.token)).toMatchObject({ status: 'DRAFT', verdict: 'NOT_ACCEPTED' });
    for (const who of [cast.workers.lead, cast.employers.member, cast.observer, cast.facilitator]) expect(await responseTo(who.token)).toBeNull();
  });

  it.each([
    ['the employers’ lead', 'employers.lead', 'FORBIDDEN'],
    ['a workers’ member', 'workers.member', 'FORBIDDEN'],
    ['an observer', 'observer', 'FORBIDDEN'],
    ['the facilitator', 'facilitator', 'FORBIDDEN'],
    ['an outsider', 'outsider', 'NOT_FOUND'],
  ])('refuses a response from %s', async (_name, who, code) => {
    const { cast, on } = await contributed();
    const person = who.split('.').reduce((object: any, key) => object[key], cast);
    const refused = await respond(person.token, cast.dossierId, on('Article 1'), false);
    expect(refused.errors?.[0].extensions.code).toBe(code);
    if (code === 'NOT_FOUND') expect(refused.errors?.[0].message).toBe('The dossier was not found.');
    expect((await read(cast.dossierId, cast.government.lead.token)).contributions.every((c) => c.response === null)).toBe(true);
  });

  it('lets a government member draft but not record, and not undo what the lead recorded', async () => {
    const { cast, on } = await contributed();
    expect((await respond(cast.government.member.token, cast.dossierId, on('Article 1'), true)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    await respond(cast.government.lead.token, cast.dossierId, on('Article 1'), true);
    expect((await respond(cast.government.member.token, cast.dossierId, on('Article 1'), false)).errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for what was not submitted: a provision the side said nothing on, a paper still being drafted', async () => {
    const { cast, on, provision, draftId, workersSubmission } = await contributed();
    const nothingSaid = { submissionId: workersSubmission, provisionId: provision('Article 2') };
    expect((await respond(cast.government.lead.token, cast.dossierId, nothingSaid, true)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    await draftPosition(t, cast, 'workers', draftId, [{ provisionId: provision('Article 2'), rationale: 'Not yet submitted: private to the workers.' }]);
    const overview = await read(cast.dossierId, cast.government.lead.token);
    expect(JSON.stringify(overview)).not.toContain('Not yet submitted');
    expect(overview.total).toBe(3);
    expect(on('Article 1').key).toBe(`${workersSubmission}:${provision('Article 1')}`);
  });

  it('links a contribution to the provision that follows it in a later draft, with the words changed', async () => {
    const { cast, on } = await contributed();
    const next = SAMPLE_DRAFT.replace('for a period of three years', 'for a period of two years');
    expect((await uploadDraft(t, cast.facilitator.token, cast.dossierId, next)).status).toBe(200);
    const overview = await read(cast.dossierId, cast.workers.member.token);
    const article3 = overview.contributions.find((c) => c.key === on('Article 3').key) as unknown as { draftVersion: number; changedProvision: { draftVersion: number; number: string; diff: Array<{ op: string; text: string }> } };
    expect([article3.draftVersion, article3.changedProvision.draftVersion, article3.changedProvision.number]).toEqual([1, 2, 'Article 3']);
    expect(article3.changedProvision.diff.filter((part) => part.op !== 'equal').map((part) => [part.op, part.text.trim()])).toEqual([
      ['delete', 'three'],
      ['insert', 'two'],
    ]);
  });

  describe('concluding the dossier', () => {
    async function inConsultation() {
      const built = await contributed();
      await t.gql(SET_STATUS, { id: built.cast.dossierId, status: 'CONSULTATION' }, built.cast.facilitator.token);
      return built;
    }

    it('is refused while a submitted contribution has no recorded response, saying how many', async () => {
      const { cast } = await inConsultation();
      const refused = await t.gql(SET_STATUS, { id: cast.dossierId, status: 'CONCLUDED' }, cast.facilitator.token);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'closingNote', constraint: 'unansweredContributions', params: { unanswered: 3, total: 3 } }],
      });
      const [dossier] = await t.dataSource.query('SELECT status FROM dossier WHERE id = $1', [cast.dossierId]);
      expect(dossier.status).toBe('CONSULTATION');
    });

    it('goes through once every contribution is answered', async () => {
      const { cast, overview } = await inConsultation();
      for (const contribution of overview.contributions) await respond(cast.government.lead.token, cast.dossierId, contribution, true, 'ACCEPTED');
      expect((await t.gql(SET_STATUS, { id: cast.dossierId, status: 'CONCLUDED' }, cast.facilitator.token)).data?.updateDossier.status).toBe('CONCLUDED');
    });

    it('goes through when the facilitator records why, audited with what was left', async () => {
      const { cast } = await inConsultation();
      const note = 'The employers withdrew; the government answers in its Article 22 report.';
      expect((await t.gql(SET_STATUS, { id: cast.dossierId, status: 'CONCLUDED', note }, cast.facilitator.token)).data?.updateDossier.status).toBe('CONCLUDED');
      const [event] = await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'dossier.concluded-anyway' AND dossier_id = $1`, [cast.dossierId]);
      expect(event.data).toEqual({ note, obstacles: [{ constraint: 'unansweredContributions', unanswered: 3, total: 3 }] });
    });
  });
});
