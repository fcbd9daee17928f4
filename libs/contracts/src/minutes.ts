import type { Constituency } from './people';
import type { HandKind, OutcomeKind, SideStance } from './sessions';

/** Who approves a session's minutes: each side's lead, and the facilitator. Sealing needs all four on one revision. */
export const MINUTES_SIGNATORIES = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS', 'FACILITATOR'] as const;
export type MinutesSignatory = (typeof MINUTES_SIGNATORIES)[number];

export const MINUTES_DECISIONS = ['APPROVED', 'CHANGES_REQUESTED'] as const;
export type MinutesDecision = (typeof MINUTES_DECISIONS)[number];

/** Minutes of a session, or an addendum to sealed minutes. */
export const MINUTES_KINDS = ['MINUTES', 'ADDENDUM'] as const;
export type MinutesKind = (typeof MINUTES_KINDS)[number];

/** DRAFT: the facilitator is writing the newest revision; SENT: it awaits the approvals; SEALED: all four approved it. */
export const MINUTES_STATES = ['DRAFT', 'SENT', 'SEALED'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

/** How long a narrative part of the minutes may be (a summary, an item's notes, the opening or closing). */
export const MINUTES_NARRATIVE_MAX = 20_000;

export interface MinutesAttendee {
  userId: string;
  name: string;
  organization: string | null;
  /** The side the person sat for; null for the chair and observers. */
  constituency: Constituency | null;
  role: 'DELEGATE' | 'FACILITATOR' | 'OBSERVER';
  /** Each stretch of presence, oldest first (ISO times; leftAt null: still there when the record was read). */
  stretches: Array<{ joinedAt: string; leftAt: string | null; inRoom: boolean }>;
}

export interface MinutesIntervention {
  id: string;
  speaker: string;
  organization: string | null;
  constituency: Constituency;
  kind: HandKind;
  startedAt: string;
  durationSeconds: number;
  /** Narrative: the facilitator may rewrite it. */
  summary: string;
}

export interface MinutesItem {
  agendaItemId: string;
  position: number;
  title: string;
  provisionId: string | null;
  interventions: MinutesIntervention[];
  stances: Array<{ constituency: Constituency; stance: SideStance; reservation: string; declaredAt: string }>;
  outcome: { outcome: OutcomeKind; note: string; agreedText: string | null; reservations: Partial<Record<Constituency, string>>; recordedAt: string } | null;
  /** Each time the chair withdrew a recorded outcome to look at the item again, oldest first. */
  reopenings: Array<{ at: string; by: string; reason: string; outcome: OutcomeKind }>;
  /** Narrative: the facilitator's notes on the item. */
  notes: string;
}

/** What minutes hold: the facts read from the session's record, and the narrative parts the facilitator writes. */
export interface MinutesContent {
  kind: MinutesKind;
  session: { id: string; title: string; startsAt: string; endsAt: string; place: string | null; meetingUrl: string | null; chairs: string[] };
  attendance: MinutesAttendee[];
  items: MinutesItem[];
  /** Narrative: before the items (for an addendum, its whole text). */
  opening: string;
  /** Narrative: after the items. */
  closing: string;
}

/** The narrative parts, as the facilitator saves them; what is left out stays as it was. */
export interface MinutesNarrative {
  opening?: string;
  closing?: string;
  items?: Array<{ agendaItemId: string; notes?: string; interventions?: Array<{ id: string; summary: string }> }>;
}

/** Applies the facilitator's narrative to content, facts untouched; unknown items and interventions are ignored. */
export function withNarrative(content: MinutesContent, narrative: MinutesNarrative): MinutesContent {
  const items = new Map((narrative.items ?? []).map((item) => [item.agendaItemId, item]));
  return {
    ...content,
    opening: narrative.opening ?? content.opening,
    closing: narrative.closing ?? content.closing,
    items: content.items.map((item) => {
      const edit = items.get(item.agendaItemId);
      if (!edit) return item;
      const summaries = new Map((edit.interventions ?? []).map((intervention) => [intervention.id, intervention.summary]));
      return {
        ...item,
        notes: edit.notes ?? item.notes,
        interventions: item.interventions.map((intervention) => ({ ...intervention, summary: summaries.get(intervention.id) ?? intervention.summary })),
      };
    }),
  };
}

/** JSON with keys sorted at every level, no white space: the bytes a seal's SHA-256 covers. */
export function canonicalJson(value: unknown): string {
  const sorted = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sorted);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.keys(node).sort().map((key) => [key, sorted((node as Record<string, unknown>)[key])]));
    }
    return node;
  };
  return JSON.stringify(sorted(value));
}
