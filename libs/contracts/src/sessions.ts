import { z } from 'zod';
import { text, storableText } from './text';

export const SESSION_STATUSES = ['SCHEDULED', 'LIVE', 'ADJOURNED', 'CLOSED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const ROUND_KINDS = ['OPENING_STATEMENTS', 'PROVISION_REVIEW', 'CONSENSUS_CHECK', 'CAUCUS_BREAK'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const HAND_KINDS = ['NORMAL', 'POINT_OF_ORDER', 'RIGHT_OF_REPLY'] as const;
export type HandKind = (typeof HAND_KINDS)[number];

export const QUEUE_MODES = ['ROTATION', 'FIFO'] as const;
export type QueueMode = (typeof QUEUE_MODES)[number];

export const STANCES = ['AGREE', 'AGREE_WITH_RESERVATION', 'DISAGREE', 'ABSTAIN'] as const;
export type SideStance = (typeof STANCES)[number];

export const OUTCOMES = ['CONSENSUS', 'CONSENSUS_WITH_RESERVATIONS', 'NO_CONSENSUS', 'DEFERRED'] as const;
export type OutcomeKind = (typeof OUTCOMES)[number];

const id = z.string().uuid();
/** Made by the client: the same action retried after a reconnect happens once. */
const clientId = z.string().min(8).max(64).refine(...storableText);

/** Live-room events, client → server, with their payload schemas. */
export const sessionEvents = {
  'session:join': z.object({ sessionId: id }).strict(),
  'session:leave': z.object({ sessionId: id }).strict(),
  'session:start': z.object({ sessionId: id }).strict(),
  'session:adjourn': z.object({ sessionId: id }).strict(),
  'session:close': z.object({ sessionId: id }).strict(),
  'hand:raise': z.object({ sessionId: id, kind: z.enum(HAND_KINDS).default('NORMAL'), clientId }).strict(),
  'hand:lower': z.object({ sessionId: id, handId: id.optional() }).strict(),
  'queue:reorder': z.object({ sessionId: id, handIds: z.array(id).max(200) }).strict(),
  'queue:mode': z.object({ sessionId: id, mode: z.enum(QUEUE_MODES) }).strict(),
  'floor:give': z.object({ sessionId: id, handId: id.optional() }).strict(),
  'floor:take': z.object({ sessionId: id, summary: text(5_000).optional() }).strict(),
  'round:open': z
    .object({ sessionId: id, agendaItemId: id, kind: z.enum(ROUND_KINDS), speakingSeconds: z.number().int().min(15).max(3_600).default(180), caucusMinutes: z.number().int().min(1).max(240).optional() })
    .strict(),
  'round:close': z.object({ sessionId: id }).strict(),
  'stance:declare': z
    .object({ sessionId: id, stance: z.enum(STANCES), reservation: text(5_000).optional() })
    .strict()
    .refine((value) => value.stance !== 'AGREE_WITH_RESERVATION' || (value.reservation ?? '').trim().length > 0, {
      message: 'a reservation needs its text',
      path: ['reservation'],
    }),
  'outcome:record': z
    .object({
      sessionId: id,
      agendaItemId: id,
      outcome: z.enum(OUTCOMES),
      note: text(10_000).default(''),
      reservations: z.object({ GOVERNMENT: text(5_000), EMPLOYERS: text(5_000), WORKERS: text(5_000) }).partial().default({}),
    })
    .strict(),
  'attendance:mark': z.object({ sessionId: id, userId: id, present: z.boolean() }).strict(),
  'drafting:set': z.object({ sessionId: id, agendaItemId: id, unlocked: z.boolean() }).strict(),
  /** The facilitator (re)starts an item's joint text from the provision's wording or a submission's proposed wording. */
  'joint:start': z
    .object({ sessionId: id, agendaItemId: id, from: z.enum(['PROVISION', 'SUBMISSION']), submissionId: id.optional() })
    .strict()
    .refine((value) => value.from === 'PROVISION' || value.submissionId, { message: 'submissionId is required to start from a submission', path: ['submissionId'] }),
  /** The facilitator reopens an item whose outcome is recorded: the outcome is withdrawn (audited, with why) and its joint text may change again. */
  'item:reopen': z.object({ sessionId: id, agendaItemId: id, reason: z.string().trim().min(1).max(2_000).refine(...storableText) }).strict(),
  'caucus:say': z.object({ sessionId: id, body: z.string().trim().min(1).max(2_000).refine(...storableText) }).strict(),
} as const;

export type SessionEventName = keyof typeof sessionEvents;

/** A message in a delegation's private caucus channel (never in the session's shared sequence). */
export interface CaucusMessageEvent {
  sessionId: string;
  message: { id: string; authorName: string; body: string; createdAt: string };
}
