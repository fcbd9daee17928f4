import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Constituency } from '@tripart/contracts';
import { ConstituencyEnum } from '../people/organization.entity';
import { AUDIT_AUDIENCES, type AuditAudience } from './audit-audience';
import type { BrokenLinkReason } from './audit-chain';

const AuditAudienceEnum = Object.fromEntries(AUDIT_AUDIENCES.map((audience) => [audience, audience]));
registerEnumType(AuditAudienceEnum, { name: 'AuditAudience', description: 'Who may read an event in the activity log.' });
const BrokenLinkReasonEnum = { ALTERED: 'ALTERED', UNLINKED: 'UNLINKED', OUT_OF_SEQUENCE: 'OUT_OF_SEQUENCE', TRUNCATED: 'TRUNCATED' } satisfies Record<BrokenLinkReason, BrokenLinkReason>;
registerEnumType(BrokenLinkReasonEnum, { name: 'AuditBrokenLinkReason' });

@ObjectType({ description: 'An act recorded in a dossier’s audit chain, as its reader may see it.' })
export class AuditLogEvent {
  @Field(() => ID, { description: 'The event’s id (global sequence number): what the record cites.' })
  seq: string;

  @Field({ description: 'Its place in the dossier’s chain.' })
  chainSeq: string;

  @Field(() => Date)
  at: Date;

  @Field()
  action: string;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field(() => AuditAudienceEnum)
  audience: AuditAudience;

  @Field(() => ConstituencyEnum, { nullable: true, description: 'The side a private event belongs to.' })
  side: Constituency | null;

  @Field({ description: 'What the event recorded, as JSON.' })
  data: string;

  @Field({ description: 'Its SHA-256 in the chain.' })
  hash: string;

  /** Presented through its own resolver. */
  actorId: string | null;
}

@ObjectType()
export class AuditLogPage {
  @Field(() => [AuditLogEvent], { description: 'Newest first.' })
  events: AuditLogEvent[];

  @Field({ description: 'Older events remain: ask again with `before` the last event’s chainSeq.' })
  hasMore: boolean;
}

@ObjectType({ description: 'Where a chain breaks first.' })
export class AuditBrokenLink {
  @Field(() => BrokenLinkReasonEnum)
  reason: BrokenLinkReason;

  @Field(() => ID, { nullable: true, description: 'The event where it breaks (none when its end was removed).' })
  seq: string | null;

  @Field(() => String, { nullable: true })
  chainSeq: string | null;

  @Field(() => String, { nullable: true })
  action: string | null;

  @Field(() => Date, { nullable: true })
  at: Date | null;

  @Field({ description: 'The place in the chain expected there.' })
  expectedChainSeq: string;
}

@ObjectType({ description: 'One chain’s verification.' })
export class AuditChainReport {
  @Field({ description: 'The dossier’s id, or `system`.' })
  chain: string;

  @Field(() => ID, { nullable: true })
  dossierId: string | null;

  @Field(() => String, { nullable: true, description: 'The dossier’s title, when it still exists.' })
  dossierTitle: string | null;

  @Field(() => Int)
  events: number;

  @Field(() => String, { nullable: true })
  lastChainSeq: string | null;

  @Field(() => String, { nullable: true })
  lastHash: string | null;

  @Field(() => AuditBrokenLink, { nullable: true, description: 'Null: the chain verifies.' })
  broken: AuditBrokenLink | null;
}

@ObjectType({ description: 'Every audit chain verified, now.' })
export class AuditVerification {
  @Field(() => Date)
  verifiedAt: Date;

  @Field(() => Int)
  events: number;

  @Field(() => Int)
  brokenChains: number;

  @Field(() => Int)
  milliseconds: number;

  @Field(() => [AuditChainReport], { description: 'Broken chains first, then by dossier title.' })
  chains: AuditChainReport[];
}
