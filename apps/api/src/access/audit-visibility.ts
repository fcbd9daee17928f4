import type { AuditAudience } from '../audit/audit-audience';
import { canInDossier, type DossierStanding } from './dossier-policy';

/**
 * Which events of a dossier's activity log a person sees, twice, side by
 * side (as comment-visibility.ts): `canSeeAuditEvent` for one event in
 * memory, `auditVisibleTo` as SQL for the log's query; a test proves they
 * agree on every standing × audience. A delegation's private events reach
 * its members only (its comment exports); membership proposals its members
 * and those who manage the dossier (who see the proposals); events of the
 * dossier's management (a facilitator's export) those who manage it; the
 * rest everyone who may read the log. Administrators manage every dossier.
 */
export function canSeeAuditEvent(standing: DossierStanding, event: { audience: AuditAudience; delegationId: string | null }): boolean {
  if (!canInDossier(standing, 'audit.read')) return false;
  const ownDelegation = standing.role === 'DELEGATE' && standing.delegationId !== null && standing.delegationId === event.delegationId;
  const manages = canInDossier(standing, 'dossier.manage');
  switch (event.audience) {
    case 'DOSSIER': return true;
    case 'MANAGERS': return manages;
    case 'DELEGATION': return ownDelegation;
    case 'DELEGATION_AND_MANAGERS': return ownDelegation || manages;
  }
}

/** `canSeeAuditEvent` as a SQL condition on `audit_event` aliased `alias`, with its parameters from `$first` on. */
export function auditVisibleTo(standing: DossierStanding, alias: string, first: number): { sql: string; params: unknown[] } {
  if (!canInDossier(standing, 'audit.read')) return { sql: 'false', params: [] };
  const manages = canInDossier(standing, 'dossier.manage');
  const own = standing.role === 'DELEGATE' ? standing.delegationId : null;
  const audiences = ['DOSSIER', ...(manages ? ['MANAGERS', 'DELEGATION_AND_MANAGERS'] : [])];
  if (!own) return { sql: `${alias}.audience = ANY($${first}::varchar[])`, params: [audiences] };
  return {
    sql: `(${alias}.audience = ANY($${first}::varchar[]) OR (${alias}.audience IN ('DELEGATION', 'DELEGATION_AND_MANAGERS') AND ${alias}.delegation_id = $${first + 1}::uuid))`,
    params: [audiences, own],
  };
}
