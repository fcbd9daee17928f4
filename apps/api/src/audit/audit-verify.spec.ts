import { startTestApp, type TestApp } from '../../test/test-app';
import { buildAuditChain } from './audit-factories';
import type { ArrayQueryable } from './audit-chain.verifier';
import { reportVerification } from './audit-verify.report';
import { AuditService } from './audit.service';

/** What `npm run audit:verify` prints about the database, and its exit code. */
async function auditVerify(t: TestApp): Promise<{ exitCode: number; lines: string[] }> {
  const lines: string[] = [];
  const pool = (t.dataSource.driver as unknown as { master: ArrayQueryable }).master;
  const { exitCode } = await reportVerification(pool, (line) => lines.push(line));
  return { exitCode, lines };
}

const brokenLines = (lines: string[]) => lines.filter((line) => line.startsWith('BROKEN'));

describe('audit:verify', () => {
  let t: TestApp;
  let audit: AuditService;
  beforeAll(async () => {
    t = await startTestApp();
    audit = t.app.get(AuditService);
  });
  afterAll(() => t.close());
  // Each test tampers with its own chain; the next starts from trails that verify.
  afterEach(async () => {
    await t.dataSource.query(`DELETE FROM audit_event WHERE action = 'test.recorded'`);
    await t.dataSource.query(`DELETE FROM audit_chain_head h WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.chain = h.chain)`);
  });

  it('reports every chain verified, exit code 0, when nothing was touched', async () => {
    await buildAuditChain(t.dataSource, audit, 5);
    await buildAuditChain(t.dataSource, audit, 3);
    const { exitCode, lines } = await auditVerify(t);
    expect(exitCode).toBe(0);
    expect(brokenLines(lines)).toEqual([]);
    expect(lines.at(-1)).toMatch(/^\d+ events in \d+ chains, all verify/);
  });

  it('reports exactly the row altered by an UPDATE, with its seq, chain, action and time', async () => {
    await buildAuditChain(t.dataSource, audit, 4);
    const { dossierId, seqs } = await buildAuditChain(t.dataSource, audit, 6);
    await t.dataSource.query(`UPDATE audit_event SET data = jsonb_set(data, '{note}', '"forged"') WHERE seq = $1`, [seqs[3]]);
    const [row] = await t.dataSource.query(`SELECT at FROM audit_event WHERE seq = $1`, [seqs[3]]);
    const { exitCode, lines } = await auditVerify(t);
    expect(exitCode).toBe(1);
    expect(brokenLines(lines)).toEqual([
      `BROKEN chain ${dossierId} at event seq ${seqs[3]} (chain seq 4, expected 4), test.recorded, ${row.at.toISOString()}: its hash is not the hash of its content (changed, or moved from its place)`,
    ]);
    expect(lines.at(-1)).toMatch(/1 broken/);
  });

  it('reports the event after a deleted row', async () => {
    const { dossierId, seqs } = await buildAuditChain(t.dataSource, audit, 5);
    await t.dataSource.query(`DELETE FROM audit_event WHERE seq = $1`, [seqs[2]]);
    const { exitCode, lines } = await auditVerify(t);
    expect(exitCode).toBe(1);
    expect(brokenLines(lines)).toEqual([expect.stringContaining(`BROKEN chain ${dossierId} at event seq ${seqs[3]} (chain seq 4, expected 3)`)]);
    expect(brokenLines(lines)[0]).toMatch(/its place is not the next in its chain/);
  });

  it('reports the first of two events put in each other’s place', async () => {
    const { dossierId, seqs } = await buildAuditChain(t.dataSource, audit, 5);
    await t.dataSource.query(`UPDATE audit_event SET chain_seq = -chain_seq WHERE seq IN ($1, $2)`, [seqs[1], seqs[2]]);
    await t.dataSource.query(`UPDATE audit_event SET chain_seq = CASE WHEN seq = $1 THEN 3 ELSE 2 END WHERE seq IN ($1, $2)`, [seqs[1], seqs[2]]);
    const { lines } = await auditVerify(t);
    // Read in the order they were appended, the first of the two now claims the place after the next.
    expect(brokenLines(lines)).toEqual([expect.stringContaining(`BROKEN chain ${dossierId} at event seq ${seqs[1]} (chain seq 3, expected 2)`)]);
  });

  it('reports a chain whose last events were deleted', async () => {
    const { dossierId, seqs } = await buildAuditChain(t.dataSource, audit, 4);
    await t.dataSource.query(`DELETE FROM audit_event WHERE seq = ANY($1::bigint[])`, [seqs.slice(2)]);
    const { lines } = await auditVerify(t);
    expect(brokenLines(lines)).toEqual([`BROKEN chain ${dossierId} after chain seq 2, its head at 4: the chain’s head names a later event than its last one (its end was removed)`]);
  });

  it('reports an event whose previous hash was rewritten to link past a removed one', async () => {
    const { dossierId, seqs } = await buildAuditChain(t.dataSource, audit, 4);
    await t.dataSource.query(`UPDATE audit_event SET prev_hash = repeat('a', 64) WHERE seq = $1`, [seqs[1]]);
    const { lines } = await auditVerify(t);
    expect(brokenLines(lines)).toEqual([expect.stringContaining(`BROKEN chain ${dossierId} at event seq ${seqs[1]} (chain seq 2, expected 2)`)]);
    expect(brokenLines(lines)[0]).toMatch(/previous hash is not the hash of the event before it/);
  });
});
