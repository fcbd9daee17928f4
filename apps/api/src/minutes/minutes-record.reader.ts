import type { EntityManager } from 'typeorm';
import type { Constituency, HandKind, MinutesAttendee, MinutesContent, MinutesItem, OutcomeKind, SideStance } from '@tripart/contracts';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * Reads a session's record — the session, who attended for which side,
 * the agenda with each item's interventions, stances and outcome — into
 * the facts of its minutes (narrative parts empty, interventions' summaries
 * as the facilitator typed them when taking the floor back). Plain SQL, one
 * statement per table, in the caller's transaction.
 */
export async function readSessionRecord(manager: EntityManager, sessionId: string): Promise<MinutesContent> {
  const [session]: Array<{ id: string; dossier_id: string; title: string; starts_at: Date; ends_at: Date; place: string | null; meeting_url: string | null; created_by_id: string | null }> =
    await manager.query('SELECT id, dossier_id, title, starts_at, ends_at, place, meeting_url, created_by_id FROM consultation_session WHERE id = $1', [sessionId]);
  if (!session) throw new Error(`No session ${sessionId}.`);

  const attendance = await attendeesOf(manager, sessionId, session.dossier_id);
  const chairs = attendance.filter((person) => person.role === 'FACILITATOR').map((person) => person.name);
  if (!chairs.length && session.created_by_id) {
    const [creator]: Array<{ display_name: string }> = await manager.query('SELECT display_name FROM app_user WHERE id = $1', [session.created_by_id]);
    if (creator) chairs.push(creator.display_name);
  }
  return {
    kind: 'MINUTES',
    session: { id: session.id, title: session.title, startsAt: iso(session.starts_at)!, endsAt: iso(session.ends_at)!, place: session.place, meetingUrl: session.meeting_url, chairs },
    attendance,
    items: await itemsOf(manager, sessionId),
    opening: '',
    closing: '',
  };
}

async function attendeesOf(manager: EntityManager, sessionId: string, dossierId: string): Promise<MinutesAttendee[]> {
  const rows: Array<{ user_id: string; display_name: string; organization: string | null; role: MinutesAttendee['role'] | null; constituency: Constituency | null; joined_at: Date; left_at: Date | null; in_room: boolean }> =
    await manager.query(
      `SELECT a.user_id, u.display_name, a.joined_at, a.left_at, a.in_room, p.role, d.constituency,
              (SELECT o.name FROM membership m JOIN organization o ON o.id = m.organization_id
                WHERE m.user_id = a.user_id ORDER BY m.created_at LIMIT 1) AS organization
         FROM attendance a
         JOIN app_user u ON u.id = a.user_id
         LEFT JOIN participant p ON p.user_id = a.user_id AND p.dossier_id = $2
         LEFT JOIN delegation d ON d.id = p.delegation_id
        WHERE a.session_id = $1
        ORDER BY d.constituency NULLS FIRST, u.display_name, a.user_id, a.joined_at`,
      [sessionId, dossierId],
    );
  const people = new Map<string, MinutesAttendee>();
  for (const row of rows) {
    let person = people.get(row.user_id);
    if (!person) {
      person = { userId: row.user_id, name: row.display_name, organization: row.organization, constituency: row.constituency, role: row.role ?? 'OBSERVER', stretches: [] };
      people.set(row.user_id, person);
    }
    person.stretches.push({ joinedAt: iso(row.joined_at)!, leftAt: iso(row.left_at), inRoom: row.in_room });
  }
  return [...people.values()];
}

async function itemsOf(manager: EntityManager, sessionId: string): Promise<MinutesItem[]> {
  // One after another: inside a transaction the statements share one connection.
  const items = await (manager.query('SELECT id, position, title, provision_id FROM agenda_item WHERE session_id = $1 ORDER BY position', [sessionId]) as Promise<
      Array<{ id: string; position: number; title: string; provision_id: string | null }>
    >);
  const interventions = await (manager.query(
      `SELECT i.id, i.agenda_item_id, i.constituency, i.kind, i.started_at, i.duration_seconds, i.summary, u.display_name,
              (SELECT o.name FROM membership m JOIN organization o ON o.id = m.organization_id
                WHERE m.user_id = i.speaker_id ORDER BY m.created_at LIMIT 1) AS organization
         FROM intervention i JOIN app_user u ON u.id = i.speaker_id
        WHERE i.session_id = $1 ORDER BY i.started_at, i.id`,
      [sessionId],
    ) as Promise<Array<{ id: string; agenda_item_id: string | null; constituency: Constituency; kind: HandKind; started_at: Date; duration_seconds: number; summary: string; display_name: string; organization: string | null }>>);
  const stances = await (manager.query('SELECT agenda_item_id, constituency, stance, reservation, declared_at FROM stance WHERE session_id = $1 ORDER BY declared_at', [sessionId]) as Promise<
      Array<{ agenda_item_id: string; constituency: Constituency; stance: SideStance; reservation: string; declared_at: Date }>
    >);
  const outcomes = await (manager.query('SELECT agenda_item_id, outcome, note, agreed_text, reservations, recorded_at FROM outcome WHERE session_id = $1', [sessionId]) as Promise<
      Array<{ agenda_item_id: string; outcome: OutcomeKind; note: string; agreed_text: string | null; reservations: Partial<Record<Constituency, string>>; recorded_at: Date }>
    >);
  // The audit trail is where a reopening is recorded (with the outcome it withdrew and why).
  const reopenings = await (manager.query(
    `SELECT e.subject_id, e.at, e.data, u.display_name
       FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
      WHERE e.action = 'item.reopened' AND e.subject_id = ANY($1) ORDER BY e.at`,
    [items.map((item) => item.id)],
  ) as Promise<Array<{ subject_id: string; at: Date; data: { reason?: string; outcome?: OutcomeKind }; display_name: string | null }>>);
  const outcomeOf = new Map(outcomes.map((row) => [row.agenda_item_id, row]));
  return items.map((item) => {
    const outcome = outcomeOf.get(item.id);
    return {
      agendaItemId: item.id,
      position: item.position,
      title: item.title,
      provisionId: item.provision_id,
      interventions: interventions
        .filter((row) => row.agenda_item_id === item.id)
        .map((row) => ({ id: row.id, speaker: row.display_name, organization: row.organization, constituency: row.constituency, kind: row.kind, startedAt: iso(row.started_at)!, durationSeconds: row.duration_seconds, summary: row.summary })),
      stances: stances
        .filter((row) => row.agenda_item_id === item.id)
        .map((row) => ({ constituency: row.constituency, stance: row.stance, reservation: row.reservation, declaredAt: iso(row.declared_at)! })),
      outcome: outcome
        ? { outcome: outcome.outcome, note: outcome.note, agreedText: outcome.agreed_text, reservations: outcome.reservations ?? {}, recordedAt: iso(outcome.recorded_at)! }
        : null,
      reopenings: reopenings
        .filter((row) => row.subject_id === item.id)
        .map((row) => ({ at: iso(row.at)!, by: row.display_name ?? '', reason: row.data.reason ?? '', outcome: row.data.outcome ?? 'NO_CONSENSUS' })),
      notes: '',
    };
  });
}
