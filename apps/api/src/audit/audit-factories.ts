import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuditRecord } from './audit.service';
import { AuditService } from './audit.service';

/** A chain of `length` events recorded through the service, each in its own transaction (tests). Returns their seqs in order. */
export async function buildAuditChain(
  dataSource: DataSource,
  audit: AuditService,
  length: number,
  event: Partial<AuditRecord> = {},
): Promise<{ dossierId: string; seqs: string[] }> {
  const dossierId = event.dossierId ?? randomUUID();
  const seqs: string[] = [];
  for (let i = 0; i < length; i += 1) {
    const recorded = await dataSource.transaction((manager) =>
      audit.record(manager, { actorId: null, action: 'test.recorded', subjectId: randomUUID(), data: { i, note: 'é\t"quoted"' }, ...event, dossierId }),
    );
    seqs.push(recorded.seq);
  }
  return { dossierId, seqs };
}
