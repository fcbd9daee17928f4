/** The government's answer to a contribution (a side's submitted stance, rationale or wording on a provision). */
export const RESPONSE_VERDICTS = ['ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED'] as const;
export type ResponseVerdict = (typeof RESPONSE_VERDICTS)[number];

/** A response is drafted by any member of the government delegation and recorded (made plenary) by its lead. */
export const RESPONSE_STATUSES = ['DRAFT', 'RECORDED'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const RESPONSE_REASONS_MAX = 10_000;
export const CLOSING_NOTE_MAX = 5_000;

/** A submitted provision entry is a contribution when the side said something on it: a stance other than none, a rationale or a wording. */
export const isContribution = (entry: { stance: string; rationale: string; proposedWording: string }): boolean =>
  entry.stance !== 'NO_POSITION' || entry.rationale.trim().length > 0 || entry.proposedWording.trim().length > 0;
