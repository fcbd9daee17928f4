import { XMLParser } from 'fast-xml-parser';
import { exportDocument } from './minutes-export.fixture';
import { toMinutesAkn } from './minutes-akn';
import { validateAkn } from '../../../test/akn-schema';

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute }).parse(xml);

/** Minutes as an Akoma Ntoso 3.0 debate: valid against the OASIS schema, people and sides referenced. */
describe('minutes as Akoma Ntoso', () => {
  it('are valid against the OASIS schema', async () => {
    const result = await validateAkn(toMinutesAkn(exportDocument()));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('stay valid with markup, control characters and right-to-left text in every field', async () => {
    const hostile = '<x a="1">&amp; ]]> \u0000\u001b\uFFFE بالعربية';
    const xml = toMinutesAkn(exportDocument({}, { opening: hostile, closing: hostile, session: { id: 's', title: hostile, startsAt: '2026-12-02T09:00:00.000Z', endsAt: '2026-12-02T10:00:00.000Z', place: hostile, meetingUrl: hostile, chairs: [hostile] } }));
    expect((await validateAkn(xml)).errors).toEqual([]);
    expect(xml).toContain('&lt;x a=&quot;1&quot;&gt;&amp;amp; ]]&gt;  بالعربية');
  });

  it('give an addendum as a debate of its own text, valid', async () => {
    const xml = toMinutesAkn(exportDocument({ kind: 'ADDENDUM', revision: 1, sentAt: null, approvals: [] }, { kind: 'ADDENDUM', attendance: [], items: [], opening: 'Article 1 was agreed with the workers’ reservation.', closing: '' }));
    expect((await validateAkn(xml)).errors).toEqual([]);
    expect(xml).toContain('<debate name="minutesAddendum">');
    expect(xml).toContain('<debateSection name="addendum" eId="dbsect_addendum"><heading>Addendum to the minutes</heading><p>Article 1 was agreed with the workers’ reservation.</p></debateSection>');
  });

  it('make one debateSection per agenda item, each speech by a TLCPerson in the role of their side', () => {
    const akn = parse(toMinutesAkn(exportDocument()));
    const debate = akn.akomaNtoso[0].debate[0];
    const sections = debate.debateBody[0].debateSection.filter((section: { name: string }) => section.name === 'agendaItem');
    expect(sections.map((section: { eId: string }) => section.eId)).toEqual(['dbsect_1', 'dbsect_2']);
    const people = Object.fromEntries(debate.meta[0].references[0].TLCPerson.map((person: { eId: string; showAs: string }) => [`#${person.eId}`, person.showAs]));
    const [speech] = sections[0].speech;
    expect({ by: people[speech.by], as: speech.as, from: speech.from[0] }).toEqual({ by: 'فاطمة الزهراء', as: '#workersDelegate', from: 'فاطمة الزهراء, الاتحاد العام للشغل' });
    expect(sections[0].pointOfOrder[0].speech[0].by).toBe('#person_3');
  });

  it('name the three delegations as organizations and each reservation as an opinion of its side', () => {
    const debate = parse(toMinutesAkn(exportDocument())).akomaNtoso[0].debate[0];
    const organizations = debate.meta[0].references[0].TLCOrganization.map((organization: { eId: string }) => organization.eId);
    expect(organizations).toEqual(expect.arrayContaining(['government', 'employers', 'workers']));
    const outcome = debate.debateBody[0].debateSection[1].debateSection.find((section: { name: string }) => section.name === 'outcome');
    const reservation = outcome.p.find((p: { class?: string }) => p.class === 'reservation');
    expect(reservation.opinion[0]).toMatchObject({ by: '#workers', type: 'agreeing', '#text': 'Two years' });
    expect(outcome.p[0].outcome[0]).toMatchObject({ refersTo: '#consensusWithReservations' });
  });

  it('record the approvals and the seal as workflow steps, and state the seal’s hash', () => {
    const seal = { hash: 'b'.repeat(64), at: new Date('2026-12-02T11:00:00Z'), eventSeq: '42' };
    const approvals = (['GOVERNMENT', 'EMPLOYERS', 'WORKERS', 'FACILITATOR'] as const).map((signatory, index) => ({ signatory, decision: 'APPROVED' as const, comment: '', decidedBy: ['Ingrid Berg', 'Łukasz Żółć-Nguyễn', 'فاطمة الزهراء', 'Aminata Ndiaye'][index], decidedAt: new Date('2026-12-02T10:30:00Z') }));
    const xml = toMinutesAkn(exportDocument({ state: 'SEALED', seal, approvals }));
    const debate = parse(xml).akomaNtoso[0].debate[0];
    const steps = debate.meta[0].workflow[0].step;
    expect(steps.map((step: { as?: string; outcome: string }) => [step.as, step.outcome])).toEqual([
      ['#chair', '#sentForApproval'], ['#governmentLead', '#approved'], ['#employersLead', '#approved'], ['#workersLead', '#approved'], ['#chair', '#approved'], [undefined, '#sealed'],
    ]);
    expect(debate.conclusions[0].p.join(' ')).toContain(`SHA-256 of the sealed text: ${'b'.repeat(64)}`);
  });
});
