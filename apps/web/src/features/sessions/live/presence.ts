import { CONSTITUENCIES, type Constituency } from '@tripart/contracts';

export type PresenceGroup = Constituency | 'FACILITATION' | 'OBSERVERS';

/** Facilitation first, then the three sides in their usual order, then observers. */
export const PRESENCE_GROUPS: readonly PresenceGroup[] = ['FACILITATION', ...CONSTITUENCIES, 'OBSERVERS'];

export interface PresentPerson {
  userId: string;
  displayName: string;
  inRoom: boolean;
}

interface AttendanceRow {
  userId: string;
  inRoom: boolean;
  leftAt?: string | null;
}

interface ParticipantRow {
  role: string;
  constituency?: Constituency | null;
  user: { id: string; displayName: string };
}

function groupOf(participant: ParticipantRow): PresenceGroup | null {
  if (participant.role === 'FACILITATOR') return 'FACILITATION';
  if (participant.role === 'OBSERVER') return 'OBSERVERS';
  return participant.constituency ?? null;
}

/**
 * Who is in the session now, by group: an attendance not yet left (online or
 * marked in the room), once per person, in the order they arrived. People
 * who are no longer participants of the dossier are left out.
 */
export function presenceByGroup(attendance: readonly AttendanceRow[], participants: readonly ParticipantRow[]): Record<PresenceGroup, PresentPerson[]> {
  const groups = Object.fromEntries(PRESENCE_GROUPS.map((group) => [group, [] as PresentPerson[]])) as Record<PresenceGroup, PresentPerson[]>;
  const byUser = new Map(participants.map((participant) => [participant.user.id, participant]));
  const seen = new Map<string, PresentPerson>();
  for (const row of attendance) {
    if (row.leftAt) continue;
    const known = seen.get(row.userId);
    if (known) {
      known.inRoom ||= row.inRoom;
      continue;
    }
    const participant = byUser.get(row.userId);
    const group = participant ? groupOf(participant) : null;
    if (!participant || !group) continue;
    const person = { userId: row.userId, displayName: participant.user.displayName, inRoom: row.inRoom };
    seen.set(row.userId, person);
    groups[group].push(person);
  }
  return groups;
}
