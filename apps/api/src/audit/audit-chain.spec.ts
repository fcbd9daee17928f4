import { randomUUID } from 'node:crypto';
import { describeWithServers } from '../../test/test-servers';
import { startTestApp, type TestApp } from '../../test/test-app';
import { buildAuditChain } from './audit-factories';
import { AuditService } from './audit.service';

const chainOf = (t: TestApp, chain: string): Promise<Array<{ chain_seq: string; prev_hash: string; hash: string }>> =>
  t.dataSource.query('SELECT chain_seq::text, prev_hash, hash FROM audit_event WHERE chain = $1 ORDER BY audit_event.chain_seq', [chain]);

describe('audit chains', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('keeps one chain per dossier, numbered from 1, each event linked to the one before it', async () => {
    const { dossierId } = await buildAuditChain(t.dataSource, t.app.get(AuditService), 3);
    const events = await chainOf(t, dossierId);
    expect(events.map((event) => event.chain_seq)).toEqual(['1', '2', '3']);
    expect(events[0].prev_hash).toBe('0'.repeat(64));
    expect(events[1].prev_hash).toBe(events[0].hash);
    expect(events[2].prev_hash).toBe(events[1].hash);
  });

  it('puts an event of no dossier in the system chain', async () => {
    const recorded = await t.dataSource.transaction((manager) => t.app.get(AuditService).record(manager, { actorId: null, action: 'user.invited' }));
    expect(recorded.chain).toBe('system');
    const [head] = await t.dataSource.query(`SELECT seq::text, hash FROM audit_chain_head WHERE chain = 'system'`);
    expect(head).toEqual({ seq: recorded.chainSeq, hash: recorded.hash });
  });

  it('leaves no event when the act’s transaction rolls back', async () => {
    const dossierId = randomUUID();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await t.app.get(AuditService).record(manager, { actorId: null, action: 'test.recorded', dossierId });
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    expect(await chainOf(t, dossierId)).toEqual([]);
    expect(await t.app.get(AuditService).verify()).toBeNull();
  });
});

describeWithServers('audit chains on PostgreSQL, two instances', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({}, { onServers: true });
    b = await startTestApp({}, { sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('numbers appends to one chain from both instances at once without a gap or a fork', async () => {
    const dossierId = randomUUID();
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? b : a).dataSource.transaction((manager) => (i % 2 ? b : a).app.get(AuditService).record(manager, { actorId: null, action: 'test.recorded', dossierId, data: { i } })),
      ),
    );
    const events = await chainOf(a, dossierId);
    expect(events.map((event) => Number(event.chain_seq))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await b.app.get(AuditService).verify()).toBeNull();
  });

  it('holds appends to the same chain, not to another, while a transaction has appended and not committed', async () => {
    const [held, other] = [randomUUID(), randomUUID()];
    const runner = a.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await a.app.get(AuditService).record(runner.manager, { actorId: null, action: 'test.recorded', dossierId: held });
      await b.dataSource.transaction((manager) => b.app.get(AuditService).record(manager, { actorId: null, action: 'test.recorded', dossierId: other }));
      let sameChainDone = false;
      const sameChain = b.dataSource
        .transaction((manager) => b.app.get(AuditService).record(manager, { actorId: null, action: 'test.recorded', dossierId: held }))
        .then(() => (sameChainDone = true));
      // The second append is seen waiting on the head's row lock before the first commits.
      await until(async () => (await a.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO audit_chain_head%'`))[0].n === 1);
      expect(sameChainDone).toBe(false);
      await runner.commitTransaction();
      await sameChain;
    } finally {
      await runner.release();
    }
    expect((await chainOf(a, held)).map((event) => event.chain_seq)).toEqual(['1', '2']);
  });
});

async function until(condition: () => Promise<boolean>, deadline = Date.now() + 10_000): Promise<void> {
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
