import { CONSTITUENCIES, type Constituency, type MinutesContent, type MinutesSignatory, type OutcomeKind } from '@tripart/contracts';
import type { MinutesExportLabels } from './minutes-export.labels';
import type { ExportedApproval } from './minutes-export.document';
import { el, type XmlNode } from './xml-nodes';

/** The TLCConcept of each outcome, and of each workflow step's outcome. */
export const OUTCOME_CONCEPTS: Record<OutcomeKind, string> = {
  CONSENSUS: 'consensus',
  CONSENSUS_WITH_RESERVATIONS: 'consensusWithReservations',
  NO_CONSENSUS: 'noConsensus',
  DEFERRED: 'deferred',
};
export const STEP_CONCEPTS = { APPROVED: 'approved', CHANGES_REQUESTED: 'changesRequested', SENT: 'sentForApproval', SEALED: 'sealed' } as const;

/** The delegation of each side (TLCOrganization), the role its members speak in, and its lead's (TLCRole). */
export const delegationRef = (side: Constituency) => `#${side.toLowerCase()}`;
export const delegateRole = (side: Constituency) => `#${side.toLowerCase()}Delegate`;
export const leadRole = (side: Constituency) => `#${side.toLowerCase()}Lead`;
export const CHAIR_ROLE = '#chair';
export const OBSERVER_ROLE = '#observer';
export const PLATFORM_REF = '#tripart';

export const signatoryRole = (signatory: MinutesSignatory) => (signatory === 'FACILITATOR' ? CHAIR_ROLE : leadRole(signatory));

interface Person {
  eId: string;
  name: string;
  userId: string | null;
  constituency: Constituency | null;
}

/**
 * The people and organizations the minutes name, each once, with the eId
 * that `by`, `as` and `refersTo` point to. Attendance names people with
 * their account; a speaker, a signatory or whoever reopened an item is
 * matched to an attendee by name (and side), else named on their own.
 */
export class AknReferences {
  private readonly people: Person[] = [];
  private readonly organizations = new Map<string, string>();

  constructor(content: MinutesContent, approvals: ExportedApproval[]) {
    for (const attendee of content.attendance) {
      this.people.push({ eId: `person_${this.people.length + 1}`, name: attendee.name, userId: attendee.userId, constituency: attendee.constituency });
      if (attendee.organization) this.organization(attendee.organization);
    }
    for (const item of content.items) {
      for (const intervention of item.interventions) {
        this.person(intervention.speaker, intervention.constituency);
        if (intervention.organization) this.organization(intervention.organization);
      }
      for (const reopening of item.reopenings) this.person(reopening.by, null);
    }
    for (const chair of content.session.chairs) this.person(chair, null);
    for (const approval of approvals) this.person(approval.decidedBy, approval.signatory === 'FACILITATOR' ? null : approval.signatory);
  }

  /** `#person_3`: the person of that name (on that side, when known). */
  person(name: string, constituency: Constituency | null): string {
    const found =
      this.people.find((person) => person.name === name && (constituency === null || person.constituency === constituency)) ?? this.people.find((person) => person.name === name);
    if (found) return `#${found.eId}`;
    const person: Person = { eId: `person_${this.people.length + 1}`, name, userId: null, constituency };
    this.people.push(person);
    return `#${person.eId}`;
  }

  /** `#organization_2`: an organization a person belongs to. */
  organization(name: string): string {
    let eId = this.organizations.get(name);
    if (!eId) {
      eId = `organization_${this.organizations.size + 1}`;
      this.organizations.set(name, eId);
    }
    return `#${eId}`;
  }

  /** The `references` block of the document's meta. */
  toXml(labels: MinutesExportLabels, platform: string): XmlNode {
    const ref = (kind: string, eId: string, href: string, showAs: string) => el(kind, { eId, href, showAs });
    return el('references', { source: PLATFORM_REF }, [
      ref('TLCOrganization', 'tripart', '/akn/ontology/organization/tripart', platform),
      ...CONSTITUENCIES.map((side) => ref('TLCOrganization', delegationRef(side).slice(1), `/akn/ontology/organization/tripart.delegation.${side.toLowerCase()}`, labels.delegations[side])),
      ...[...this.organizations].map(([name, eId]) => ref('TLCOrganization', eId, `/akn/ontology/organization/tripart.${eId}`, name)),
      ...this.people.map((person) => ref('TLCPerson', person.eId, `/akn/ontology/person/tripart.${person.userId ?? person.eId}`, person.name)),
      ref('TLCRole', CHAIR_ROLE.slice(1), '/akn/ontology/role/tripart.chair', labels.attendance.chair),
      ref('TLCRole', OBSERVER_ROLE.slice(1), '/akn/ontology/role/tripart.observer', labels.observer),
      ...CONSTITUENCIES.flatMap((side) => [
        ref('TLCRole', delegateRole(side).slice(1), `/akn/ontology/role/tripart.delegate.${side.toLowerCase()}`, labels.delegate[side]),
        ref('TLCRole', leadRole(side).slice(1), `/akn/ontology/role/tripart.lead.${side.toLowerCase()}`, `${labels.approvals.signatories[side]} — ${labels.delegations[side]}`),
      ]),
      ...(Object.entries(OUTCOME_CONCEPTS) as Array<[OutcomeKind, string]>).map(([kind, eId]) => ref('TLCConcept', eId, `/akn/ontology/concept/tripart.outcome.${eId}`, labels.items.outcomes[kind])),
      ref('TLCConcept', STEP_CONCEPTS.SENT, '/akn/ontology/concept/tripart.minutes.sent', labels.states.SENT),
      ref('TLCConcept', STEP_CONCEPTS.APPROVED, '/akn/ontology/concept/tripart.minutes.approved', labels.approvals.decisions.APPROVED),
      ref('TLCConcept', STEP_CONCEPTS.CHANGES_REQUESTED, '/akn/ontology/concept/tripart.minutes.changesRequested', labels.approvals.decisions.CHANGES_REQUESTED),
      ref('TLCConcept', STEP_CONCEPTS.SEALED, '/akn/ontology/concept/tripart.minutes.sealed', labels.states.SEALED),
    ]);
  }
}
