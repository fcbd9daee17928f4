import type { EntityManager } from 'typeorm';
import type { C144Subject, Constituency, Locale, OutcomeKind } from '@tripart/contracts';
import type { Submission } from '../positions/submission.entity';
import { contributionsOf } from '../responses/contributions';
import type { EvidencePack, EvidenceSession, EvidenceSideCount } from './evidence-pack.types';

/** The acts the pack states, as the audit trail names them. */
const ACTIONS = [
  'dossier.created',
  'dossier.c144_subject_set',
  'participant.added',
  'draft.made_available',
  'session.live',
  'session.closed',
  'position.submitted',
  'outcome.recorded',
  'item.reopened',
  'response.recorded',
  'response.amended',
  'minutes.sealed',
] as const;

interface Event {
  chain_seq: string;
  at: Date;
  action: (typeof ACTIONS)[number];
  subject_id: string | null;
  data: Record<string, any>;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const DAY = 86_400_000;
const SIDES = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS', 'OTHERS'];
const counts = (bySide: Record<string, number>): EvidenceSideCount[] => SIDES.filter((side) => bySide[side]).map((side) => ({ side, people: bySide[side] }));

/**
 * Reads a dossier's evidence pack: every fact from an event of its audit
 * chain that everyone seated may see (audience DOSSIER), named by the
 * event's place in the chain, with the records the event points at (names,
 * titles, attendance). One snapshot: run it in a REPEATABLE READ transaction.
 */
export async function readEvidencePack(manager: EntityManager, dossierId: string, latestSubmissions: readonly Submission[], locale: Locale): Promise<EvidencePack> {
  const [dossier]: Array<{ title: string; country: string }> = await manager.query(
    `SELECT d.title, c.name_${locale === 'fr' ? 'fr' : locale === 'es' ? 'es' : 'en'} AS country FROM dossier d JOIN country c ON c.code = d.country_code WHERE d.id = $1`,
    [dossierId],
  );
  const events: Event[] = await manager.query(
    `SELECT chain_seq, at, action, subject_id, data FROM audit_event
      WHERE chain = $1 AND audience = 'DOSSIER' AND action = ANY($2) ORDER BY chain_seq`,
    [dossierId, [...ACTIONS]],
  );
  const [head]: Array<{ last: string | null }> = await manager.query('SELECT max(chain_seq)::text AS last FROM audit_event WHERE chain = $1', [dossierId]);
  const of = (action: Event['action']) => events.filter((event) => event.action === action);
  const opened = of('dossier.created')[0];

  const drafts = of('draft.made_available').map((event) => ({
    at: iso(event.at),
    event: event.chain_seq,
    version: Number(event.data.version),
    to: counts(event.data.to ?? {}),
  }));

  return {
    dossierTitle: dossier.title,
    country: dossier.country,
    generatedAt: new Date().toISOString(),
    upToEvent: head.last ?? '0',
    openedAt: opened ? iso(opened.at) : null,
    openedEvent: opened?.chain_seq ?? null,
    c144Subject: subjectOf([...of('dossier.created'), ...of('dossier.c144_subject_set')]),
    invitations: await invitationsOf(manager, of('participant.added')),
    drafts,
    sessions: await sessionsOf(manager, of('session.live'), of('session.closed'), drafts),
    submissions: await submissionsOf(manager, of('position.submitted')),
    outcomes: await outcomesOf(manager, of('outcome.recorded'), of('item.reopened')),
    responses: await responsesOf(manager, [...of('response.recorded'), ...of('response.amended')]),
    contributions: contributionsOf(latestSubmissions).length,
    sealedMinutes: await minutesOf(manager, of('minutes.sealed')),
  };
}

/** The subject the last act that said one recorded (on opening the dossier, or changing it); none when that act said none. */
function subjectOf(events: Event[]): EvidencePack['c144Subject'] {
  const last = events.filter((event) => event.action === 'dossier.c144_subject_set' || event.data.c144Subject).sort((a, b) => Number(BigInt(a.chain_seq) - BigInt(b.chain_seq))).at(-1);
  return last?.data.c144Subject ? { at: iso(last.at), event: last.chain_seq, subject: last.data.c144Subject as C144Subject } : null;
}

async function invitationsOf(manager: EntityManager, events: Event[]) {
  const people = await namesWithOrganizations(manager, events.map((event) => event.subject_id!));
  return events.map((event) => ({
    at: iso(event.at),
    event: event.chain_seq,
    person: people.get(event.subject_id!)?.name ?? '',
    organization: people.get(event.subject_id!)?.organization ?? null,
    constituency: (event.data.constituency as Constituency | undefined) ?? null,
    role: String(event.data.role ?? 'DELEGATE'),
    lead: event.data.lead === true,
  }));
}

async function sessionsOf(manager: EntityManager, started: Event[], closed: Event[], drafts: Array<{ at: string; version: number }>): Promise<EvidenceSession[]> {
  const ids = [...new Set(started.map((event) => event.subject_id!))];
  if (!ids.length) return [];
  const sessions: Array<{ id: string; title: string; dossier_id: string }> = await manager.query('SELECT id, title, dossier_id FROM consultation_session WHERE id = ANY($1)', [ids]);
  const attendance: Array<{ session_id: string; side: string; people: number }> = await manager.query(
    `SELECT a.session_id, coalesce(d.constituency::text, 'OTHERS') AS side, count(DISTINCT a.user_id)::int AS people
       FROM attendance a
       JOIN consultation_session s ON s.id = a.session_id
       LEFT JOIN participant p ON p.user_id = a.user_id AND p.dossier_id = s.dossier_id
       LEFT JOIN delegation d ON d.id = p.delegation_id
      WHERE a.session_id = ANY($1) GROUP BY 1, 2`,
    [ids],
  );
  return ids.map((id) => {
    const first = started.find((event) => event.subject_id === id)!;
    const last = closed.filter((event) => event.subject_id === id).at(-1);
    const before = drafts.filter((draft) => draft.at <= iso(first.at)).at(-1);
    const bySide = Object.fromEntries(attendance.filter((row) => row.session_id === id).map((row) => [row.side, row.people]));
    return {
      title: sessions.find((session) => session.id === id)?.title ?? '',
      at: iso(first.at),
      event: first.chain_seq,
      closedAt: last ? iso(last.at) : null,
      closedEvent: last?.chain_seq ?? null,
      attendance: counts(bySide),
      draftVersion: before?.version ?? null,
      daysAfterDraft: before ? Math.floor((first.at.getTime() - Date.parse(before.at)) / DAY) : null,
    };
  });
}

async function submissionsOf(manager: EntityManager, events: Event[]) {
  const versions = await draftVersions(manager, events.map((event) => String(event.data.draftId)));
  const sides: Array<{ id: string; constituency: Constituency }> = events.length
    ? await manager.query('SELECT id, constituency FROM position_submission WHERE id = ANY($1)', [events.map((event) => event.subject_id)])
    : [];
  return events.map((event) => ({
    at: iso(event.at),
    event: event.chain_seq,
    constituency: sides.find((row) => row.id === event.subject_id)?.constituency ?? 'GOVERNMENT',
    number: Number(event.data.number),
    draftVersion: versions.get(String(event.data.draftId)) ?? null,
  }));
}

/** Each item's outcome as it stands: the last one recorded, unless the item was reopened after it. */
async function outcomesOf(manager: EntityManager, recorded: Event[], reopened: Event[]) {
  const standing = recorded.filter((event) => {
    const later = [...recorded, ...reopened].filter((other) => other.subject_id === event.subject_id && BigInt(other.chain_seq) > BigInt(event.chain_seq));
    return later.length === 0;
  });
  if (!standing.length) return [];
  const items: Array<{ id: string; title: string; session: string }> = await manager.query(
    'SELECT i.id, i.title, s.title AS session FROM agenda_item i JOIN consultation_session s ON s.id = i.session_id WHERE i.id = ANY($1)',
    [standing.map((event) => event.subject_id)],
  );
  return standing.map((event) => {
    const item = items.find((row) => row.id === event.subject_id);
    return { at: iso(event.at), event: event.chain_seq, item: item?.title ?? '', session: item?.session ?? '', outcome: event.data.outcome as OutcomeKind };
  });
}

async function responsesOf(manager: EntityManager, events: Event[]) {
  const ordered = [...events].sort((a, b) => Number(BigInt(a.chain_seq) - BigInt(b.chain_seq)));
  const latest = new Map(ordered.map((event) => [`${event.data.submissionId}:${event.data.provisionId}`, event]));
  const provisions = await provisionLabels(manager, [...latest.values()].map((event) => String(event.data.provisionId)));
  return [...latest.values()].map((event) => ({
    at: iso(event.at),
    event: event.chain_seq,
    provision: provisions.get(String(event.data.provisionId)) ?? '',
    constituency: event.data.constituency as Constituency,
    verdict: String(event.data.verdict),
  }));
}

async function minutesOf(manager: EntityManager, events: Event[]) {
  if (!events.length) return [];
  const minutes: Array<{ id: string; kind: string; session: string }> = await manager.query(
    'SELECT m.id, m.kind, s.title AS session FROM minutes m JOIN consultation_session s ON s.id = m.session_id WHERE m.id = ANY($1)',
    [events.map((event) => event.subject_id)],
  );
  return events.map((event) => {
    const row = minutes.find((candidate) => candidate.id === event.subject_id);
    return { at: iso(event.at), event: event.chain_seq, session: row?.session ?? '', kind: row?.kind ?? 'MINUTES', revision: Number(event.data.revision), sealHash: String(event.data.sealHash) };
  });
}

async function namesWithOrganizations(manager: EntityManager, ids: string[]): Promise<Map<string, { name: string; organization: string | null }>> {
  if (!ids.length) return new Map();
  const rows: Array<{ id: string; display_name: string; organization: string | null }> = await manager.query(
    `SELECT u.id, u.display_name,
            (SELECT o.name FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.user_id = u.id ORDER BY m.created_at LIMIT 1) AS organization
       FROM app_user u WHERE u.id = ANY($1)`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.id, { name: row.display_name, organization: row.organization }]));
}

async function draftVersions(manager: EntityManager, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows: Array<{ id: string; version: number }> = await manager.query('SELECT id, version FROM draft WHERE id = ANY($1::uuid[])', [[...new Set(ids)]]);
  return new Map(rows.map((row) => [row.id, row.version]));
}

async function provisionLabels(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows: Array<{ id: string; number: string | null; heading: string | null }> = await manager.query('SELECT id, number, heading FROM provision WHERE id = ANY($1::uuid[])', [[...new Set(ids)]]);
  return new Map(rows.map((row) => [row.id, [row.number, row.heading].filter(Boolean).join(' — ')]));
}
