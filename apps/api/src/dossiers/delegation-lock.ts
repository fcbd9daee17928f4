import type { EntityManager } from 'typeorm';

/** Membership changes of one delegation (seats, proposals, leads) take turns: the delegation's row is locked for the transaction. */
export async function lockDelegation(manager: EntityManager, delegationId: string): Promise<void> {
  await manager.query('SELECT id FROM delegation WHERE id = $1 FOR UPDATE', [delegationId]);
}
