import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MINUTES_DECISIONS, MINUTES_KINDS, MINUTES_SIGNATORIES, MINUTES_STATES, type Constituency, type HandKind, type MinutesDecision, type MinutesKind, type MinutesSignatory, type MinutesState, type OutcomeKind, type SideStance } from '@tripart/contracts';
import { enumFromList } from '../common/graphql-enum';
import { ConstituencyEnum } from '../people/organization.entity';
import { HandKindEnum } from '../sessions/hand.entity';
import { OutcomeKindEnum, SideReservations } from '../sessions/outcome.entity';
import { SideStanceEnum } from '../sessions/stance.entity';

export const MinutesSignatoryEnum = enumFromList(MINUTES_SIGNATORIES);
registerEnumType(MinutesSignatoryEnum, { name: 'MinutesSignatory' });
export const MinutesDecisionEnum = enumFromList(MINUTES_DECISIONS);
registerEnumType(MinutesDecisionEnum, { name: 'MinutesDecision' });
export const MinutesKindEnum = enumFromList(MINUTES_KINDS);
registerEnumType(MinutesKindEnum, { name: 'MinutesKind' });
export const MinutesStateEnum = enumFromList(MINUTES_STATES);
registerEnumType(MinutesStateEnum, { name: 'MinutesState' });

@ObjectType()
export class MinutesSessionFacts {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String) startsAt: string;
  @Field(() => String) endsAt: string;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) meetingUrl: string | null;
  @Field(() => [String], { description: 'Who chaired: the facilitators who attended.' }) chairs: string[];
}

@ObjectType()
export class MinutesPresence {
  @Field(() => String) joinedAt: string;
  @Field(() => String, { nullable: true }) leftAt: string | null;
  @Field(() => Boolean) inRoom: boolean;
}

@ObjectType()
export class MinutesAttendeeView {
  @Field(() => ID) userId: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) organization: string | null;
  @Field(() => ConstituencyEnum, { nullable: true }) constituency: Constituency | null;
  @Field(() => String, { description: 'DELEGATE, FACILITATOR or OBSERVER' }) role: string;
  @Field(() => [MinutesPresence]) stretches: MinutesPresence[];
}

@ObjectType()
export class MinutesInterventionView {
  @Field(() => ID) id: string;
  @Field(() => String) speaker: string;
  @Field(() => String, { nullable: true }) organization: string | null;
  @Field(() => ConstituencyEnum) constituency: Constituency;
  @Field(() => HandKindEnum) kind: HandKind;
  @Field(() => String) startedAt: string;
  @Field(() => Int) durationSeconds: number;
  @Field(() => String) summary: string;
}

@ObjectType()
export class MinutesStanceView {
  @Field(() => ConstituencyEnum) constituency: Constituency;
  @Field(() => SideStanceEnum) stance: SideStance;
  @Field(() => String) reservation: string;
  @Field(() => String) declaredAt: string;
}

@ObjectType()
export class MinutesOutcomeView {
  @Field(() => OutcomeKindEnum) outcome: OutcomeKind;
  @Field(() => String) note: string;
  @Field(() => String, { nullable: true }) agreedText: string | null;
  @Field(() => SideReservations) reservations: SideReservations;
  @Field(() => String) recordedAt: string;
}

@ObjectType()
export class MinutesReopeningView {
  @Field(() => String) at: string;
  @Field(() => String, { description: 'Who reopened the item, by name.' }) by: string;
  @Field(() => String) reason: string;
  @Field(() => OutcomeKindEnum, { description: 'The outcome withdrawn.' }) outcome: OutcomeKind;
}

@ObjectType()
export class MinutesItemView {
  @Field(() => ID) agendaItemId: string;
  @Field(() => Int) position: number;
  @Field(() => String) title: string;
  @Field(() => ID, { nullable: true }) provisionId: string | null;
  @Field(() => [MinutesInterventionView]) interventions: MinutesInterventionView[];
  @Field(() => [MinutesStanceView]) stances: MinutesStanceView[];
  @Field(() => MinutesOutcomeView, { nullable: true }) outcome: MinutesOutcomeView | null;
  @Field(() => [MinutesReopeningView], { description: 'Outcomes withdrawn by the chair to look at the item again, oldest first.' }) reopenings: MinutesReopeningView[];
  @Field(() => String) notes: string;
}

@ObjectType()
export class MinutesContentView {
  @Field(() => MinutesKindEnum) kind: MinutesKind;
  @Field(() => MinutesSessionFacts) session: MinutesSessionFacts;
  @Field(() => [MinutesAttendeeView]) attendance: MinutesAttendeeView[];
  @Field(() => [MinutesItemView]) items: MinutesItemView[];
  @Field(() => String) opening: string;
  @Field(() => String) closing: string;
}

@ObjectType()
export class MinutesApprovalView {
  @Field(() => MinutesSignatoryEnum) signatory: MinutesSignatory;
  @Field(() => MinutesDecisionEnum) decision: MinutesDecision;
  @Field(() => String) comment: string;
  @Field(() => String, { description: 'Who decided, by name.' }) decidedBy: string;
  @Field(() => Date) decidedAt: Date;
}

@ObjectType()
export class MinutesRevisionView {
  @Field(() => Int) number: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was sent for approval; a sent revision never changes.' }) sentAt: Date | null;
  @Field(() => String, { description: 'SHA-256 of the canonical content.' }) contentHash: string;
  @Field(() => MinutesContentView) content: MinutesContentView;
  @Field(() => [MinutesApprovalView]) approvals: MinutesApprovalView[];
}

@ObjectType('SessionMinutes')
export class MinutesView {
  @Field(() => ID) id: string;
  @Field(() => ID) sessionId: string;
  @Field(() => MinutesKindEnum) kind: MinutesKind;
  @Field(() => ID, { nullable: true }) addendumToId: string | null;
  @Field(() => MinutesStateEnum) state: MinutesState;
  @Field(() => Int, { nullable: true }) sealedRevision: number | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the sealed revision’s canonical content.' }) sealHash: string | null;
  @Field(() => Date, { nullable: true }) sealedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The audit event that recorded the seal.' }) sealEventSeq: string | null;
  @Field(() => [MinutesRevisionView], { description: 'Oldest first.' }) revisions: MinutesRevisionView[];
  @Field(() => MinutesSignatoryEnum, { nullable: true, description: 'For whom the signed-in person approves (null: nobody).' }) mySignatory: MinutesSignatory | null;
  @Field(() => Boolean, { description: 'Whether the signed-in person edits and sends these minutes (the chair).' }) canDraft: boolean;
}
