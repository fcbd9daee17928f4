// bench:record's baselines: the same rows as each case reads, by plain SQL over one pg connection (no HTTP, no
// GraphQL, no presenting) — what the database alone costs for the facts the user sees.
const EVIDENCE_ACTIONS = ['dossier.created', 'participant.added', 'draft.made_available', 'session.live', 'session.closed', 'position.submitted',
  'outcome.recorded', 'item.reopened', 'response.recorded', 'response.amended', 'minutes.sealed'];
const ORGANIZATION_OF = (user) => `(SELECT o.name FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.user_id = ${user} ORDER BY m.created_at LIMIT 1)`;

/** A session's record: the session, attendance with names, organizations and sides, the agenda, interventions, stances, outcomes, reopenings. */
export async function sessionRecordRows(db, sessionId) {
  const { rows: [session] } = await db.query('SELECT id, dossier_id, title, starts_at, ends_at, place, meeting_url FROM consultation_session WHERE id = $1', [sessionId]);
  const attendance = await db.query(
    `SELECT a.user_id, u.display_name, a.joined_at, a.left_at, a.in_room, p.role, d.constituency, ${ORGANIZATION_OF('a.user_id')} AS organization
       FROM attendance a JOIN app_user u ON u.id = a.user_id LEFT JOIN participant p ON p.user_id = a.user_id AND p.dossier_id = $2
       LEFT JOIN delegation d ON d.id = p.delegation_id WHERE a.session_id = $1`, [sessionId, session.dossier_id]);
  const items = await db.query('SELECT id, position, title, provision_id FROM agenda_item WHERE session_id = $1 ORDER BY position', [sessionId]);
  const interventions = await db.query(
    `SELECT i.id, i.agenda_item_id, i.constituency, i.kind, i.started_at, i.duration_seconds, i.summary, u.display_name, ${ORGANIZATION_OF('i.speaker_id')} AS organization
       FROM intervention i JOIN app_user u ON u.id = i.speaker_id WHERE i.session_id = $1 ORDER BY i.started_at`, [sessionId]);
  const stances = await db.query('SELECT agenda_item_id, constituency, stance, reservation, declared_at FROM stance WHERE session_id = $1', [sessionId]);
  const outcomes = await db.query('SELECT agenda_item_id, outcome, note, agreed_text, reservations, recorded_at FROM outcome WHERE session_id = $1', [sessionId]);
  await db.query(`SELECT subject_id, at, data FROM audit_event WHERE action = 'item.reopened' AND subject_id = ANY($1)`, [items.rows.map((row) => row.id)]);
  return { attendance: attendance.rowCount, items: items.rowCount, interventions: interventions.rowCount, stances: stances.rowCount, outcomes: outcomes.rowCount };
}

/** The matrix's facts: the current draft's articles, the dossier's outcomes, its agenda with stances, each side's latest submitted stances, the responses. */
export async function matrixRows(db, dossierId) {
  const articles = await db.query(
    `SELECT p.id, p.kind, p.number, p.heading, p.position FROM provision p
      WHERE p.draft_id = (SELECT id FROM draft WHERE dossier_id = $1 ORDER BY version DESC LIMIT 1) ORDER BY p.position`, [dossierId]);
  const outcomes = await db.query(
    `SELECT o.id, o.agenda_item_id, o.provision_id, o.outcome, o.note, o.agreed_text, o.reservations, o.recorded_at
       FROM outcome o JOIN consultation_session s ON s.id = o.session_id WHERE s.dossier_id = $1`, [dossierId]);
  const stances = await db.query(
    `SELECT i.id AS item, i.title, i.provision_id, st.id, st.constituency, st.stance, st.reservation, st.declared_at
       FROM consultation_session s JOIN agenda_item i ON i.session_id = s.id LEFT JOIN stance st ON st.agenda_item_id = i.id WHERE s.dossier_id = $1`, [dossierId]);
  // The matrix shows each side's latest submission on the current draft: its stances, one row per provision.
  const positions = await db.query(
    `SELECT s.id, s.number, s.constituency, e->>'provisionId' AS provision_id, e->>'stance' AS stance
       FROM (SELECT DISTINCT ON (delegation_id) id, number, constituency, content FROM position_submission
              WHERE dossier_id = $1 AND draft_id = (SELECT id FROM draft WHERE dossier_id = $1 ORDER BY version DESC LIMIT 1)
              ORDER BY delegation_id, number DESC) s, jsonb_array_elements(s.content->'provisions') e`, [dossierId]);
  const responses = await db.query('SELECT id, submission_id, provision_id, verdict, status, recorded_at FROM contribution_response WHERE dossier_id = $1', [dossierId]);
  return { articles: articles.rowCount, outcomes: outcomes.rowCount, stances: stances.rowCount, positions: positions.rowCount, responses: responses.rowCount };
}

/** The evidence pack's facts: the dossier's visible events of those acts, and the records they point at. */
export async function evidenceRows(db, dossierId) {
  const { rows: events } = await db.query(
    `SELECT chain_seq, at, action, subject_id, data FROM audit_event WHERE chain = $1 AND audience = 'DOSSIER' AND action = ANY($2) ORDER BY chain_seq`, [dossierId, EVIDENCE_ACTIONS]);
  const subjects = (action) => [...new Set(events.filter((e) => e.action === action).map((e) => e.subject_id))];
  await db.query(`SELECT d.title, c.name_en FROM dossier d JOIN country c ON c.code = d.country_code WHERE d.id = $1`, [dossierId]);
  await db.query(`SELECT u.id, u.display_name, ${ORGANIZATION_OF('u.id')} AS organization FROM app_user u WHERE u.id = ANY($1)`, [subjects('participant.added')]);
  await db.query(
    `SELECT a.session_id, s.title, coalesce(d.constituency::text, 'OTHERS') AS side, count(DISTINCT a.user_id)::int AS people FROM attendance a
       JOIN consultation_session s ON s.id = a.session_id LEFT JOIN participant p ON p.user_id = a.user_id AND p.dossier_id = s.dossier_id
       LEFT JOIN delegation d ON d.id = p.delegation_id WHERE a.session_id = ANY($1) GROUP BY 1, 2, 3`, [subjects('session.live')]);
  await db.query('SELECT s.id, d.constituency, s.number, r.version FROM position_submission s JOIN delegation d ON d.id = s.delegation_id JOIN draft r ON r.id = s.draft_id WHERE s.id = ANY($1)', [subjects('position.submitted')]);
  await db.query('SELECT i.id, i.title, s.title AS session FROM agenda_item i JOIN consultation_session s ON s.id = i.session_id WHERE i.id = ANY($1)', [subjects('outcome.recorded')]);
  const provisions = [...new Set(events.filter((e) => e.action.startsWith('response.')).map((e) => e.data.provisionId))];
  await db.query('SELECT id, number, heading FROM provision WHERE id = ANY($1::uuid[])', [provisions]);
  await db.query('SELECT m.id, m.kind, s.title FROM minutes m JOIN consultation_session s ON s.id = m.session_id WHERE m.id = ANY($1)', [subjects('minutes.sealed')]);
  return { events: events.length };
}

/** What an export is made from: the minutes' newest revision (its content), read by id. */
export async function minutesContentRow(db, minutesId) {
  const { rows } = await db.query('SELECT content FROM minutes_revision WHERE minutes_id = $1 ORDER BY number DESC LIMIT 1', [minutesId]);
  return { bytes: JSON.stringify(rows[0]?.content ?? null).length };
}
