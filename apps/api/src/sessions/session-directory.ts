import type { EntityManager } from 'typeorm';

/** What other features read of sessions: a dossier's sessions (the dossiers feature closes their rooms). */
export function sessionsOfDossier(manager: EntityManager, dossierId: string): Promise<Array<{ id: string }>> {
  return manager.query('SELECT id FROM consultation_session WHERE dossier_id = $1', [dossierId]);
}
