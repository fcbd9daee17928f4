import { buildContributedDossier, draftPosition } from '../../test/response-factories';
import { useTestApp } from '../../test/use-test-app';

const RESPONSES = `query($id: ID!) { contributionResponses(dossierId: $id) { total answered
  contributions { key submissionId submissionNumber answersSubmissionNumber provisionNumber constituency stance
    response { verdict status } earlierAnswer { submissionNumber stance response { verdict reasons } } } } }`;
const RESPOND = `mutation($input: RespondToContributionInput!) { respondToContribution(input: $input) { id verdict status } }`;
const SUBMIT = `mutation($delegationId: ID!, $draftId: ID!) { submitPosition(delegationId: $delegationId, draftId: $draftId) { id number } }`;
const SET_STATUS = `mutation($id: ID!, $status: DossierStatus!) { updateDossier(id: $id, input: { status: $status }) { status } }`;

type Contribution = {
  key: string;
  submissionId: string;
  submissionNumber: number;
  answersSubmissionNumber: number;
  provisionNumber: string;
  constituency: string;
  stance: string;
  response: { verdict: string; status: string } | null;
  earlierAnswer: { submissionNumber: number; stance: string; response: { verdict: string; reasons: string } } | null;
};

describe('responses when a side resubmits its position', () => {
  const t = useTestApp();

  async function read(dossierId: string, token: string) {
    const result = await t.gql(RESPONSES, { id: dossierId }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    const overview = result.data.contributionResponses as { total: number; answered: number; contributions: Contribution[] };
    return { ...overview, on: (number: string) => overview.contributions.find((c) => c.provisionNumber === number)! };
  }

  const respond = (token: string, dossierId: string, contribution: { submissionId: string; provisionId: string }, verdict = 'ACCEPTED') =>
    t.gql(RESPOND, { input: { dossierId, ...contribution, verdict, reasons: 'Covered by the amended Article 1.', record: true } }, token);

  /** The workers' contributions, each answered by the government's lead. */
  async function answered() {
    const built = await buildContributedDossier(t);
    const { cast, provision } = built;
    const first = await read(cast.dossierId, cast.government.lead.token);
    for (const number of ['Article 1', 'Article 3']) {
      const result = await respond(cast.government.lead.token, cast.dossierId, { submissionId: built.workersSubmission, provisionId: provision(number) });
      expect(result.errors).toBeUndefined();
    }
    const resubmit = async () => {
      const result = await t.gql(SUBMIT, { delegationId: cast.workers.lead.delegationId, draftId: built.draftId }, cast.workers.lead.token);
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.submitPosition as { id: string; number: number };
    };
    return { ...built, first, resubmit };
  }

  it('keeps the answer of every provision a resubmission leaves unchanged: no new unanswered contribution', async () => {
    const { cast, resubmit } = await answered();
    const second = await resubmit();
    const overview = await read(cast.dossierId, cast.observer.token);
    expect([overview.total, overview.answered]).toEqual([3, 2]);
    expect(overview.on('Article 1')).toMatchObject({ submissionId: second.id, submissionNumber: 2, answersSubmissionNumber: 1, response: { verdict: 'ACCEPTED', status: 'RECORDED' }, earlierAnswer: null });
  });

  it('makes a changed provision a new contribution to answer, the earlier answer shown as the answer to the earlier submission', async () => {
    const { cast, draftId, provision, resubmit } = await answered();
    await draftPosition(t, cast, 'workers', draftId, [{ provisionId: provision('Article 1'), stance: 'RESERVE' }]);
    await resubmit();
    const overview = await read(cast.dossierId, cast.workers.member.token);
    expect([overview.total, overview.answered]).toEqual([3, 1]);
    expect(overview.on('Article 1')).toMatchObject({
      submissionNumber: 2,
      answersSubmissionNumber: 2,
      stance: 'RESERVE',
      response: null,
      earlierAnswer: { submissionNumber: 1, stance: 'OPPOSE', response: { verdict: 'ACCEPTED', reasons: 'Covered by the amended Article 1.' } },
    });
    expect(overview.on('Article 3')).toMatchObject({ answersSubmissionNumber: 1, response: { verdict: 'ACCEPTED' }, earlierAnswer: null });
  });

  it('counts a provision changed and then changed back as new: the answer belongs to the run of unchanged submissions', async () => {
    const { cast, draftId, provision, resubmit } = await answered();
    const workers = await draftPosition(t, cast, 'workers', draftId, [{ provisionId: provision('Article 1'), stance: 'RESERVE' }]);
    await resubmit();
    await draftPosition(t, cast, 'workers', draftId, [{ provisionId: provision('Article 1'), stance: 'OPPOSE' }]);
    await workers.submit();
    expect((await read(cast.dossierId, cast.observer.token)).on('Article 1')).toMatchObject({ submissionNumber: 3, answersSubmissionNumber: 3, response: null, earlierAnswer: { submissionNumber: 1 } });
  });

  it('records the answer to a changed contribution on the new submission, leaving the earlier one as it was', async () => {
    const { cast, draftId, provision, resubmit } = await answered();
    await draftPosition(t, cast, 'workers', draftId, [{ provisionId: provision('Article 1'), stance: 'RESERVE' }]);
    const second = await resubmit();
    expect((await respond(cast.government.lead.token, cast.dossierId, { submissionId: second.id, provisionId: provision('Article 1') }, 'NOT_ACCEPTED')).errors).toBeUndefined();
    const article1 = (await read(cast.dossierId, cast.observer.token)).on('Article 1');
    expect([article1.response?.verdict, article1.earlierAnswer?.response.verdict]).toEqual(['NOT_ACCEPTED', 'ACCEPTED']);
    const rows = await t.dataSource.query('SELECT s.number, r.verdict FROM contribution_response r JOIN position_submission s ON s.id = r.submission_id WHERE r.provision_id = $1 ORDER BY s.number', [provision('Article 1')]);
    expect(rows).toEqual([{ number: 1, verdict: 'ACCEPTED' }, { number: 2, verdict: 'NOT_ACCEPTED' }]);
  });

  it('amends the kept answer whether the government names the resubmission or the submission it answered', async () => {
    const { cast, provision, workersSubmission, resubmit } = await answered();
    const second = await resubmit();
    const viaLatest = await respond(cast.government.lead.token, cast.dossierId, { submissionId: second.id, provisionId: provision('Article 3') }, 'PARTLY_ACCEPTED');
    const viaAnswered = await respond(cast.government.lead.token, cast.dossierId, { submissionId: workersSubmission, provisionId: provision('Article 1') }, 'NOT_ACCEPTED');
    expect([viaLatest.errors, viaAnswered.errors]).toEqual([undefined, undefined]);
    const overview = await read(cast.dossierId, cast.observer.token);
    expect([overview.on('Article 3').response?.verdict, overview.on('Article 1').response?.verdict, overview.answered]).toEqual(['PARTLY_ACCEPTED', 'NOT_ACCEPTED', 2]);
    const events = await t.dataSource.query(`SELECT action, data->>'submissionId' AS submission FROM audit_event WHERE dossier_id = $1 AND action LIKE 'response.%' ORDER BY chain_seq`, [cast.dossierId]);
    expect(events.slice(-2)).toEqual([
      { action: 'response.amended', submission: workersSubmission },
      { action: 'response.amended', submission: workersSubmission },
    ]);
  });

  describe('concluding the dossier', () => {
    async function everyContributionAnswered() {
      const built = await answered();
      const { cast, first } = built;
      await respond(cast.government.lead.token, cast.dossierId, { submissionId: built.employersSubmission, provisionId: built.provision('Article 2') });
      expect(first.total).toBe(3);
      await t.gql(SET_STATUS, { id: cast.dossierId, status: 'CONSULTATION' }, cast.facilitator.token);
      return built;
    }

    it('goes through after an unchanged resubmission of answered contributions', async () => {
      const { cast, resubmit } = await everyContributionAnswered();
      await resubmit();
      expect((await t.gql(SET_STATUS, { id: cast.dossierId, status: 'CONCLUDED' }, cast.facilitator.token)).data?.updateDossier.status).toBe('CONCLUDED');
    });

    it('is refused after a change until the changed contribution is answered', async () => {
      const { cast, draftId, provision, resubmit } = await everyContributionAnswered();
      await draftPosition(t, cast, 'workers', draftId, [{ provisionId: provision('Article 3'), rationale: 'Two years is the ILO’s own practice.' }]);
      await resubmit();
      const refused = await t.gql(SET_STATUS, { id: cast.dossierId, status: 'CONCLUDED' }, cast.facilitator.token);
      expect(refused.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ constraint: 'unansweredContributions', params: { unanswered: 1, total: 3 } }] });
    });
  });
});
