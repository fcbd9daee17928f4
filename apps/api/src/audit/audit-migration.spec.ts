import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/test-app';
import { buildDossierWithCast } from '../../test/dossier-factories';
import { AuditChains1796236247178 } from '../database/migrations/1796236247178-AuditChains';
import { buildAuditChain } from './audit-factories';
import { AuditService } from './audit.service';

/** The trail taken back to the one global chain of before (the migration's down), then forward again. */
async function migrateAgain(t: TestApp, between?: (runner: QueryRunner) => Promise<unknown>): Promise<void> {
  const runner = t.dataSource.createQueryRunner();
  try {
    await new AuditChains1796236247178().down(runner);
    await between?.(runner); // on the runner's connection: the embedded database has one
    await new AuditChains1796236247178().up(runner);
  } finally {
    await runner.release();
  }
}

const migrated = async (t: TestApp) =>
  (await t.dataSource.query(`SELECT data FROM audit_event WHERE action = 'audit.migrated' ORDER BY seq DESC LIMIT 1`))[0].data;

describe('the AuditChains migration', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('moves a global chain that verifies into one chain per dossier that verifies, and says the old one verified', async () => {
    const audit = t.app.get(AuditService);
    const first = await buildAuditChain(t.dataSource, audit, 3);
    const second = await buildAuditChain(t.dataSource, audit, 2);
    await buildAuditChain(t.dataSource, audit, 2, { dossierId: first.dossierId });
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM audit_event');
    await migrateAgain(t);
    const chains: Array<{ chain: string; seqs: string[] }> = await t.dataSource.query(
      `SELECT chain, array_agg(chain_seq::text ORDER BY chain_seq) AS seqs FROM audit_event WHERE chain = ANY($1) GROUP BY chain ORDER BY count(*) DESC`,
      [[first.dossierId, second.dossierId]],
    );
    expect(chains).toEqual([
      { chain: first.dossierId, seqs: ['1', '2', '3', '4', '5'] },
      { chain: second.dossierId, seqs: ['1', '2'] },
    ]);
    expect(await migrated(t)).toEqual({ legacyEvents: count, legacyHead: expect.stringMatching(/^[0-9a-f]{64}$/), legacyFirstBroken: null });
    expect(await audit.verify()).toBeNull();
  });

  it('re-hashes deterministically: the same events get the same hashes again', async () => {
    const { dossierId } = await buildAuditChain(t.dataSource, t.app.get(AuditService), 3);
    const hashes = () => t.dataSource.query('SELECT seq, hash FROM audit_event WHERE chain = $1 ORDER BY seq', [dossierId]);
    const before = await hashes();
    await migrateAgain(t);
    expect(await hashes()).toEqual(before);
  });

  it('records the old chain’s first broken link when it did not verify', async () => {
    const { seqs } = await buildAuditChain(t.dataSource, t.app.get(AuditService), 3);
    await migrateAgain(t, (runner) => runner.query(`UPDATE audit_event SET data = '{"forged":true}' WHERE seq = $1`, [seqs[1]]));
    expect((await migrated(t)).legacyFirstBroken).toBe(seqs[1]);
  });

  it('makes a membership proposal its delegation’s and its managers’', async () => {
    const cast = await buildDossierWithCast(t);
    await t.dataSource.transaction((manager) =>
      t.app.get(AuditService).record(manager, { actorId: cast.facilitator.user.id, action: 'delegation.member.proposed', subjectId: randomUUID(), dossierId: cast.dossierId, data: { constituency: 'WORKERS', lead: false } }),
    );
    await migrateAgain(t);
    const [event] = await t.dataSource.query(`SELECT audience, delegation_id FROM audit_event WHERE dossier_id = $1 AND action = 'delegation.member.proposed'`, [cast.dossierId]);
    expect(event).toEqual({ audience: 'DELEGATION_AND_MANAGERS', delegation_id: cast.workers.lead.delegationId });
  });
});
