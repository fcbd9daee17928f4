import { CONSTITUENCIES, type MinutesAttendee, type MinutesContent, type MinutesIntervention, type MinutesItem } from '@tripart/contracts';
import { exportMoment, exportTime, type MinutesExportLabels } from './minutes-export.labels';
import { paragraphsOf, type MinutesExportDocument } from './minutes-export.document';
import {
  AknReferences, CHAIR_ROLE, delegateRole, delegationRef, leadRole, OBSERVER_ROLE, OUTCOME_CONCEPTS, PLATFORM_REF, signatoryRole, STEP_CONCEPTS,
} from './minutes-akn.references';
import { buildXml, el, type XmlNode } from './xml-nodes';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const TRIPART_NAMESPACE = 'urn:tripart:minutes:1';

/** A narrative's paragraphs as `p`, each line break an `eol`. */
const paragraphs = (text: string): XmlNode[] =>
  paragraphsOf(text).map((paragraph) => el('p', {}, paragraph.split('\n').flatMap((line, index) => (index ? [el('eol'), line] : [line]))));

const day = (iso: string | Date) => new Date(iso).toISOString().slice(0, 10);
const moment = (iso: string | Date) => new Date(iso).toISOString();

function roleOf(attendee: MinutesAttendee): string {
  if (attendee.role === 'FACILITATOR') return CHAIR_ROLE;
  if (attendee.role === 'OBSERVER' || !attendee.constituency) return OBSERVER_ROLE;
  return delegateRole(attendee.constituency);
}

class MinutesAkn {
  private readonly refs: AknReferences;
  private readonly labels: MinutesExportLabels;
  private readonly content: MinutesContent;

  constructor(private readonly document: MinutesExportDocument) {
    this.refs = new AknReferences(document.content, document.approvals);
    this.labels = document.labels;
    this.content = document.content;
  }

  build(): string {
    const body = this.content.kind === 'ADDENDUM' ? [this.section('addendum', 'dbsect_addendum', this.labels.kinds.ADDENDUM, paragraphs(this.content.opening))] : this.debate();
    return buildXml(
      el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [
        el('debate', { name: this.content.kind === 'ADDENDUM' ? 'minutesAddendum' : 'minutes' }, [this.meta(), this.preface(), el('debateBody', {}, body), this.conclusions()]),
      ]),
    );
  }

  private meta(): XmlNode {
    const { document, labels } = this;
    const country = document.dossier.countryCode.toLowerCase();
    const work = `/akn/${country}/debate/${day(this.content.session.startsAt)}/${document.kind === 'ADDENDUM' ? 'addendum' : 'minutes'}-${document.minutesId}`;
    const expression = `${work}/${labels.iso639_2}@r${document.revision}`;
    const author = el('FRBRauthor', { href: PLATFORM_REF });
    return el('meta', {}, [
      el('identification', { source: PLATFORM_REF }, [
        el('FRBRWork', {}, [el('FRBRthis', { value: `${work}/!main` }), el('FRBRuri', { value: work }), el('FRBRdate', { date: day(this.content.session.startsAt), name: 'session' }), author, el('FRBRcountry', { value: country })]),
        el('FRBRExpression', {}, [
          el('FRBRthis', { value: `${expression}/!main` }), el('FRBRuri', { value: expression }), el('FRBRdate', { date: day(document.sentAt ?? document.exportedAt), name: document.sentAt ? 'sent' : 'draft' }), author,
          el('FRBRversionNumber', { value: String(document.revision) }), el('FRBRlanguage', { language: labels.iso639_2 }),
        ]),
        el('FRBRManifestation', {}, [el('FRBRthis', { value: `${expression}/!main.xml` }), el('FRBRuri', { value: `${expression}.akn` }), el('FRBRdate', { date: day(document.exportedAt), name: 'exported' }), author]),
      ]),
      this.workflow(),
      this.refs.toXml(labels, 'Tripart'),
      el('proprietary', { source: PLATFORM_REF }, [
        el('tripart:minutes', {
          'xmlns:tripart': TRIPART_NAMESPACE, revision: document.revision, state: document.state, contentHash: document.contentHash,
          sealHash: document.seal?.hash, sealedAt: document.seal ? moment(document.seal.at) : undefined, sealEventSeq: document.seal?.eventSeq ?? undefined,
        }),
      ]),
    ]);
  }

  /** The revision sent for approval, each signatory's decision on it, and the seal. */
  private workflow(): XmlNode | null {
    const { document } = this;
    if (!document.sentAt) return null;
    const chair = this.content.session.chairs[0];
    const steps = [
      el('step', { date: moment(document.sentAt), by: chair ? this.refs.person(chair, null) : PLATFORM_REF, as: CHAIR_ROLE, outcome: `#${STEP_CONCEPTS.SENT}` }),
      ...document.approvals.map((approval) =>
        el('step', {
          date: moment(approval.decidedAt), by: this.refs.person(approval.decidedBy, approval.signatory === 'FACILITATOR' ? null : approval.signatory), as: signatoryRole(approval.signatory),
          refersTo: approval.signatory === 'FACILITATOR' ? undefined : delegationRef(approval.signatory), outcome: `#${STEP_CONCEPTS[approval.decision]}`,
        }),
      ),
      ...(document.seal ? [el('step', { date: moment(document.seal.at), by: PLATFORM_REF, outcome: `#${STEP_CONCEPTS.SEALED}` })] : []),
    ];
    return el('workflow', { source: PLATFORM_REF }, steps);
  }

  private preface(): XmlNode {
    const { labels, content } = this;
    const session = content.session;
    return el('preface', {}, [
      el('p', { class: 'title' }, [el('docTitle', {}, [`${labels.kinds[content.kind]} — ${session.title}`])]),
      el('p', {}, [`${labels.facts.dossier}: `, this.document.dossier.title]),
      el('p', {}, [`${labels.facts.date}: `, el('docDate', { date: day(session.startsAt) }, [`${exportMoment(labels, session.startsAt)} – ${exportTime(labels, session.endsAt)}`])]),
      el('p', {}, [`${labels.facts.place}: `, session.place ?? labels.facts.noPlace, session.meetingUrl ? ` · ${labels.facts.online}: ${session.meetingUrl}` : '']),
      el('p', {}, [`${labels.facts.chairs}: `, ...session.chairs.flatMap((name, index) => [index ? ', ' : '', el('person', { refersTo: this.refs.person(name, null), as: CHAIR_ROLE }, [name])])]),
      el('p', { class: 'revision' }, [`${labels.revision(this.document.revision)} — ${labels.states[this.document.state]}`]),
    ]);
  }

  private debate(): XmlNode[] {
    const { labels, content } = this;
    return [
      this.rollCall(),
      paragraphsOf(content.opening).length ? this.section('opening', 'dbsect_opening', labels.opening, paragraphs(content.opening)) : null,
      ...content.items.map((item) => this.item(item)),
      paragraphsOf(content.closing).length ? el('adjournment', { eId: 'adjournment_1' }, [el('heading', {}, [labels.closing]), ...paragraphs(content.closing)]) : null,
    ].filter((node): node is XmlNode => node !== null);
  }

  private rollCall(): XmlNode {
    const { labels } = this;
    const line = (attendee: MinutesAttendee) =>
      el('p', {}, [
        el('person', { refersTo: this.refs.person(attendee.name, attendee.constituency), as: roleOf(attendee) }, [attendee.name]),
        ...(attendee.organization ? [', ', el('organization', { refersTo: this.refs.organization(attendee.organization) }, [attendee.organization])] : []),
        attendee.constituency ? ` (${labels.delegations[attendee.constituency]})` : attendee.role === 'FACILITATOR' ? ` (${labels.attendance.chair})` : ` (${labels.observer})`,
        ': ',
        attendee.stretches.map((stretch) => `${exportTime(labels, stretch.joinedAt)} – ${stretch.leftAt ? exportTime(labels, stretch.leftAt) : labels.attendance.untilEnd} (${stretch.inRoom ? labels.attendance.inRoom : labels.attendance.online})`).join(', '),
      ]);
    return el('rollCall', { eId: 'rollCall_1' }, [el('heading', {}, [labels.attendance.heading]), ...this.content.attendance.map(line)]);
  }

  private item(item: MinutesItem): XmlNode {
    const { labels } = this;
    const eId = `dbsect_${item.position}`;
    const speeches = item.interventions.map((intervention, index) => {
      const speech = this.speech(intervention, `${eId}__speech_${index + 1}`);
      return intervention.kind === 'POINT_OF_ORDER' ? el('pointOfOrder', { eId: `${eId}__pointOfOrder_${index + 1}` }, [el('heading', {}, [labels.items.kinds.POINT_OF_ORDER]), speech]) : speech;
    });
    const stances = item.stances.length
      ? el('declarationOfVote', { eId: `${eId}__declarationOfVote_1` }, [
          el('heading', {}, [labels.items.stances]),
          ...item.stances.map((stance, index) =>
            el('speech', { eId: `${eId}__declarationOfVote_1__speech_${index + 1}`, by: delegationRef(stance.constituency), as: leadRole(stance.constituency), startTime: moment(stance.declaredAt) }, [
              el('from', {}, [labels.delegations[stance.constituency]]),
              el('p', {}, [labels.items.stance[stance.stance], ...(stance.reservation ? [': ', el('opinion', { by: delegationRef(stance.constituency), type: 'agreeing' }, [stance.reservation])] : [])]),
            ]),
          ),
        ])
      : null;
    return el('debateSection', { name: 'agendaItem', eId }, [
      el('num', {}, [`${item.position}.`]),
      el('heading', {}, [item.title]),
      ...(speeches.length ? speeches : [el('p', {}, [labels.items.noInterventions])]),
      stances,
      ...item.reopenings.map((reopening) => el('p', { class: 'reopened' }, [labels.items.reopened(exportMoment(labels, reopening.at), reopening.by, labels.items.outcomes[reopening.outcome], reopening.reason)])),
      this.outcome(item, eId),
      paragraphsOf(item.notes).length ? this.section('notes', `${eId}__notes`, labels.items.notes, paragraphs(item.notes)) : null,
    ]);
  }

  private speech(intervention: MinutesIntervention, eId: string): XmlNode {
    const end = new Date(new Date(intervention.startedAt).getTime() + intervention.durationSeconds * 1000);
    const from = [intervention.speaker, intervention.organization].filter(Boolean).join(', ');
    const summary = paragraphs(intervention.summary);
    return el('speech', { eId, by: this.refs.person(intervention.speaker, intervention.constituency), as: delegateRole(intervention.constituency), startTime: moment(intervention.startedAt), endTime: moment(end) }, [
      el('from', {}, [from]),
      ...(summary.length ? summary : [el('p', {}, [this.labels.items.noSummary])]),
    ]);
  }

  private outcome(item: MinutesItem, itemId: string): XmlNode {
    const { labels } = this;
    const outcome = item.outcome;
    if (!outcome) return this.section('outcome', `${itemId}__outcome`, labels.items.outcome, [el('p', {}, [labels.items.noOutcome])]);
    const reservations = CONSTITUENCIES.flatMap((side) => {
      const reservation = outcome.reservations[side];
      return reservation
        ? [el('p', { class: 'reservation' }, [`${labels.items.reservation(labels.sides[side])}: `, el('opinion', { by: delegationRef(side), type: outcome.outcome === 'NO_CONSENSUS' ? 'dissenting' : 'agreeing' }, [reservation])])]
        : [];
    });
    return this.section('outcome', `${itemId}__outcome`, labels.items.outcome, [
      el('p', {}, [el('outcome', { refersTo: `#${OUTCOME_CONCEPTS[outcome.outcome]}` }, [labels.items.outcomes[outcome.outcome]]), outcome.note ? ` — ${outcome.note}` : '']),
      ...(outcome.agreedText ? [el('blockContainer', { eId: `${itemId}__outcome__blockContainer_1`, class: 'agreedText' }, [el('p', {}, [`${labels.items.agreedText}:`]), ...paragraphs(outcome.agreedText)])] : []),
      ...reservations,
    ]);
  }

  private conclusions(): XmlNode {
    const { document, labels } = this;
    const seal = document.seal;
    const lines = seal
      ? [labels.seal.statement(exportMoment(labels, seal.at), document.revision), `${labels.seal.hash}: ${seal.hash}`, ...(seal.eventSeq ? [labels.seal.event(seal.eventSeq)] : [])]
      : [labels.notSealed(`${labels.revision(document.revision)} — ${labels.states[document.state]}`), `SHA-256: ${document.contentHash}`];
    return el('conclusions', {}, lines.map((line) => el('p', {}, [line])));
  }

  private section(name: string, eId: string, heading: string, children: XmlNode[]): XmlNode {
    return el('debateSection', { name, eId }, [el('heading', {}, [heading]), ...children]);
  }
}

/** Minutes as an Akoma Ntoso 3.0 `debate`, valid against the OASIS schema (schema/akomantoso30.xsd). */
export const toMinutesAkn = (document: MinutesExportDocument): string => new MinutesAkn(document).build();
