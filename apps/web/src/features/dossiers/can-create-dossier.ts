import type { SessionUser } from '../auth/session.context';

/**
 * Whether to offer "New dossier". The API decides (createDossier answers FORBIDDEN
 * otherwise); this only hides a button that would certainly be refused.
 */
export function canCreateDossier(me: SessionUser | null): boolean {
  if (!me) return false;
  return me.role === 'ADMIN' || me.organizations.some((organization) => organization.kind === 'ILO');
}
