import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const GENESIS = '0'.repeat(64);
const BATCH = 1000;

/**
 * One SHA-256 chain per dossier (and `system` for events of no dossier)
 * instead of one global chain behind one lock.
 *
 * Existing events are re-hashed, not kept under their old hashes: first the
 * old global chain is verified with its own rule (below, as it was), then each
 * event gets its chain and place in it (in the order of its old sequence
 * number) and its new hash, computed by `audit_event_line` exactly as new
 * appends are — so running this twice on the same rows gives the same hashes,
 * and `audit:verify` has one rule for every event. What the old chain proved
 * is not lost: the `audit.migrated` event, first of the new `system` chain's
 * post-migration events, records how many events the old chain held, its last
 * hash and the first broken link it had (null when it verified).
 *
 * Membership proposals (delegation.member.*) were readable by anyone seated
 * once there was an activity log; they become their delegation's and its
 * managers' (as the proposals themselves are).
 */
export class AuditChains1796236247178 implements MigrationInterface {
  name = 'AuditChains1796236247178';

  async up(queryRunner: QueryRunner): Promise<void> {
    const legacy = await verifyLegacyChain(queryRunner);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "chain" character varying(36)`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "chain_seq" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "audience" character varying(24) NOT NULL DEFAULT 'DOSSIER'`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "delegation_id" uuid`);
    await queryRunner.query(`CREATE TABLE "audit_chain_head" ("chain" character varying(36) NOT NULL, "seq" bigint NOT NULL, "hash" character varying(64) NOT NULL, CONSTRAINT "PK_audit_chain_head" PRIMARY KEY ("chain"))`);
    await queryRunner.query(AUDIT_EVENT_LINE);
    await queryRunner.query(`UPDATE "audit_event" SET "chain" = coalesce("dossier_id"::text, 'system')`);
    await queryRunner.query(`
      UPDATE "audit_event" e SET "chain_seq" = o.n
      FROM (SELECT seq, row_number() OVER (PARTITION BY chain ORDER BY seq) AS n FROM "audit_event") o WHERE o.seq = e.seq`);
    await privateProposals(queryRunner);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "chain" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "chain_seq" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_audit_event_chain_seq" ON "audit_event" ("chain", "chain_seq") `);
    await rehash(queryRunner);
    await queryRunner.query(
      `INSERT INTO "audit_chain_head" (chain, seq, hash)
       SELECT DISTINCT ON (chain) chain, chain_seq, hash FROM "audit_event" ORDER BY chain, chain_seq DESC`,
    );
    await appendMigrated(queryRunner, legacy);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The old single chain cannot be given back its old hashes: down re-chains every event globally under the old rule.
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`DROP INDEX "public"."ux_audit_event_chain_seq"`);
    await queryRunner.query(`DROP FUNCTION audit_event_line`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "delegation_id"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "audience"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "chain_seq"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "chain"`);
    let prevHash = GENESIS;
    for await (const event of legacyEvents(queryRunner)) {
      const hash = legacyHash(prevHash, event);
      await queryRunner.query(`UPDATE "audit_event" SET prev_hash = $2, hash = $3 WHERE seq = $1`, [event.seq, prevHash, hash]);
      prevHash = hash;
    }
  }
}

/**
 * The bytes an event's hash covers, after its chain's previous hash and a
 * newline: its fields separated by tabs, the time in UTC to the microsecond,
 * the data as PostgreSQL prints jsonb (keys ordered, one form for one value).
 * Appends hash it in SQL; audit:verify reads it and hashes it in Node.
 */
const AUDIT_EVENT_LINE = `
  CREATE FUNCTION audit_event_line(chain varchar, chain_seq bigint, at timestamptz, actor_id uuid, action varchar,
    subject_id uuid, dossier_id uuid, audience varchar, delegation_id uuid, data jsonb) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT chain || E'\\t' || chain_seq::text || E'\\t' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
      || E'\\t' || coalesce(actor_id::text, '') || E'\\t' || action || E'\\t' || coalesce(subject_id::text, '')
      || E'\\t' || coalesce(dossier_id::text, '') || E'\\t' || audience || E'\\t' || coalesce(delegation_id::text, '')
      || E'\\t' || data::text
  $$`;

const LINE_OF_ROW = `audit_event_line(chain, chain_seq, at, actor_id, action, subject_id, dossier_id, audience, delegation_id, data)`;

async function privateProposals(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    UPDATE "audit_event" e SET audience = 'DELEGATION_AND_MANAGERS', delegation_id = d.id
    FROM "delegation" d WHERE e.action = 'delegation.member.proposed' AND d.dossier_id = e.dossier_id AND d.constituency::text = e.data->>'constituency'`);
  // A decision names the person, not the delegation: it is the delegation of the proposal it decided.
  await queryRunner.query(`
    UPDATE "audit_event" e SET audience = 'DELEGATION_AND_MANAGERS', delegation_id = (
      SELECT p.delegation_id FROM "audit_event" p
      WHERE p.action = 'delegation.member.proposed' AND p.dossier_id = e.dossier_id AND p.subject_id = e.subject_id AND p.seq < e.seq
      ORDER BY p.seq DESC LIMIT 1)
    WHERE e.action IN ('delegation.member.withdrawn', 'delegation.member.declined')`);
  await queryRunner.query(`UPDATE "audit_event" SET audience = 'MANAGERS' WHERE action LIKE 'delegation.member.%' AND delegation_id IS NULL`);
}

async function rehash(queryRunner: QueryRunner): Promise<void> {
  let after: [string, string] = ['', '0'];
  let prev = { chain: '', hash: GENESIS };
  for (;;) {
    const rows: Array<{ chain: string; chain_seq: string; line: string }> = await queryRunner.query(
      `SELECT chain, chain_seq, ${LINE_OF_ROW} AS line FROM "audit_event" WHERE (chain, chain_seq) > ($1, $2::bigint) ORDER BY chain, chain_seq LIMIT ${BATCH}`,
      after,
    );
    for (const row of rows) {
      const prevHash = row.chain === prev.chain ? prev.hash : GENESIS;
      const hash = createHash('sha256').update(`${prevHash}\n${row.line}`).digest('hex');
      await queryRunner.query(`UPDATE "audit_event" SET prev_hash = $3, hash = $4 WHERE chain = $1 AND chain_seq = $2`, [row.chain, row.chain_seq, prevHash, hash]);
      prev = { chain: row.chain, hash };
    }
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1];
    after = [last.chain, last.chain_seq];
  }
}

async function appendMigrated(queryRunner: QueryRunner, legacy: LegacyVerification): Promise<void> {
  const [head] = await queryRunner.query(
    `INSERT INTO "audit_chain_head" (chain, seq, hash) VALUES ('system', 0, $1) ON CONFLICT (chain) DO UPDATE SET chain = EXCLUDED.chain RETURNING seq, hash`,
    [GENESIS],
  );
  const data = JSON.stringify({ legacyEvents: legacy.events, legacyHead: legacy.head, legacyFirstBroken: legacy.firstBroken });
  const seq = String(Number(head.seq) + 1);
  const [{ line }] = await queryRunner.query(
    `SELECT audit_event_line('system', $1::bigint, $2::timestamptz, NULL, 'audit.migrated', NULL, NULL, 'MANAGERS', NULL, $3::jsonb) AS line`,
    [seq, new Date().toISOString(), data],
  );
  const at = line.split('\t')[2];
  const hash = createHash('sha256').update(`${head.hash}\n${line}`).digest('hex');
  await queryRunner.query(
    `INSERT INTO "audit_event" (chain, chain_seq, at, actor_id, action, subject_id, dossier_id, audience, delegation_id, data, prev_hash, hash)
     VALUES ('system', $1, $2, NULL, 'audit.migrated', NULL, NULL, 'MANAGERS', NULL, $3, $4, $5)`,
    [seq, at, data, head.hash, hash],
  );
  await queryRunner.query(`UPDATE "audit_chain_head" SET seq = $1, hash = $2 WHERE chain = 'system'`, [seq, hash]);
}

interface LegacyEvent {
  seq: string;
  at: Date;
  actor_id: string | null;
  action: string;
  subject_id: string | null;
  dossier_id: string | null;
  data: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

interface LegacyVerification {
  events: number;
  head: string;
  firstBroken: string | null;
}

async function verifyLegacyChain(queryRunner: QueryRunner): Promise<LegacyVerification> {
  let prevHash = GENESIS;
  let events = 0;
  let firstBroken: string | null = null;
  for await (const event of legacyEvents(queryRunner)) {
    events += 1;
    if (!firstBroken && (event.prev_hash !== prevHash || legacyHash(prevHash, event) !== event.hash)) firstBroken = event.seq;
    prevHash = event.hash;
  }
  return { events, head: prevHash, firstBroken };
}

async function* legacyEvents(queryRunner: QueryRunner): AsyncGenerator<LegacyEvent> {
  let after = '0';
  for (;;) {
    const rows: LegacyEvent[] = await queryRunner.query(
      `SELECT seq, at, actor_id, action, subject_id, dossier_id, data, prev_hash, hash FROM "audit_event" WHERE seq > $1 ORDER BY seq LIMIT ${BATCH}`,
      [after],
    );
    yield* rows;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].seq;
  }
}

/** The old chain's rule, as audit.service.ts had it: JSON with keys sorted at every level. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

function legacyHash(prevHash: string, event: LegacyEvent): string {
  const content = JSON.stringify([prevHash, new Date(event.at).toISOString(), event.actor_id, event.action, event.subject_id ?? null, event.dossier_id ?? null, canonical(event.data ?? {})]);
  return createHash('sha256').update(content).digest('hex');
}
