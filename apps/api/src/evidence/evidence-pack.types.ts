import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { C144Subject, Constituency, OutcomeKind } from '@tripart/contracts';
import { C144SubjectEnum } from '../dossiers/dossier.entity';
import { ConstituencyEnum } from '../people/organization.entity';
import { OutcomeKindEnum } from '../sessions/outcome.entity';

/** Each fact of the pack names the audit event that proves it: its place in the dossier's chain. */
@ObjectType()
export class EvidenceInvitation {
  @Field(() => String) at: string;
  @Field(() => String, { description: 'The event’s place in the dossier’s audit chain.' }) event: string;
  @Field(() => String) person: string;
  @Field(() => String, { nullable: true }) organization: string | null;
  @Field(() => ConstituencyEnum, { nullable: true }) constituency: Constituency | null;
  @Field(() => String, { description: 'DELEGATE, FACILITATOR or OBSERVER' }) role: string;
  @Field(() => Boolean) lead: boolean;
}

@ObjectType()
export class EvidenceSideCount {
  @Field(() => String, { description: 'GOVERNMENT, EMPLOYERS, WORKERS or OTHERS (facilitators, observers)' }) side: string;
  @Field(() => Int) people: number;
}

@ObjectType()
export class EvidenceDraft {
  @Field(() => String) at: string;
  @Field(() => String) event: string;
  @Field(() => Int) version: number;
  @Field(() => [EvidenceSideCount], { description: 'To whom it was made available: the people seated, per side.' }) to: EvidenceSideCount[];
}

@ObjectType()
export class EvidenceSession {
  @Field(() => String) title: string;
  @Field(() => String, { description: 'When it started (session.live).' }) at: string;
  @Field(() => String) event: string;
  @Field(() => String, { nullable: true }) closedAt: string | null;
  @Field(() => String, { nullable: true }) closedEvent: string | null;
  @Field(() => [EvidenceSideCount], { description: 'Who attended, per side.' }) attendance: EvidenceSideCount[];
  @Field(() => Int, { nullable: true, description: 'The draft version in the parties’ hands when it started.' }) draftVersion: number | null;
  @Field(() => Int, { nullable: true, description: 'Whole days between that version being made available and the start.' }) daysAfterDraft: number | null;
}

@ObjectType()
export class EvidenceSubmission {
  @Field(() => String) at: string;
  @Field(() => String) event: string;
  @Field(() => ConstituencyEnum) constituency: Constituency;
  @Field(() => Int) number: number;
  @Field(() => Int, { nullable: true }) draftVersion: number | null;
}

@ObjectType()
export class EvidenceOutcome {
  @Field(() => String) at: string;
  @Field(() => String) event: string;
  @Field(() => String) item: string;
  @Field(() => String) session: string;
  @Field(() => OutcomeKindEnum) outcome: OutcomeKind;
}

@ObjectType()
export class EvidenceResponse {
  @Field(() => String) at: string;
  @Field(() => String) event: string;
  @Field(() => String) provision: string;
  @Field(() => ConstituencyEnum, { description: 'The side whose contribution it answers.' }) constituency: Constituency;
  @Field(() => String) verdict: string;
}

@ObjectType()
export class EvidenceMinutes {
  @Field(() => String) at: string;
  @Field(() => String) event: string;
  @Field(() => String) session: string;
  @Field(() => String, { description: 'MINUTES or ADDENDUM' }) kind: string;
  @Field(() => Int) revision: number;
  @Field(() => String) sealHash: string;
}

/** The C144 Article 5(1) item the dossier concerns, as the last act that said so recorded it. */
@ObjectType()
export class EvidenceC144Subject {
  @Field(() => String) at: string;
  @Field(() => String) event: string;
  @Field(() => C144SubjectEnum) subject: C144Subject;
}

/** The C144 record of one dossier, generated from its audit trail and records: nothing typed. */
@ObjectType()
export class EvidencePack {
  @Field(() => String) dossierTitle: string;
  @Field(() => String) country: string;
  @Field(() => String) generatedAt: string;
  @Field(() => String, { description: 'The last event of the dossier’s chain the pack was read up to.' }) upToEvent: string;
  @Field(() => String, { nullable: true }) openedAt: string | null;
  @Field(() => String, { nullable: true }) openedEvent: string | null;
  @Field(() => EvidenceC144Subject, { nullable: true, description: 'The Article 5(1) item (a–e) the dossier concerns; null when it says none.' }) c144Subject: EvidenceC144Subject | null;
  @Field(() => [EvidenceInvitation]) invitations: EvidenceInvitation[];
  @Field(() => [EvidenceDraft]) drafts: EvidenceDraft[];
  @Field(() => [EvidenceSession]) sessions: EvidenceSession[];
  @Field(() => [EvidenceSubmission]) submissions: EvidenceSubmission[];
  @Field(() => [EvidenceOutcome]) outcomes: EvidenceOutcome[];
  @Field(() => [EvidenceResponse]) responses: EvidenceResponse[];
  @Field(() => Int, { description: 'Contributions of the social partners (provisions of their latest submissions with a stance, rationale or wording).' }) contributions: number;
  @Field(() => [EvidenceMinutes]) sealedMinutes: EvidenceMinutes[];
}
