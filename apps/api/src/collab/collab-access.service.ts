import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { collabAccess } from '../access/dossier-policy';
import { AccessTokenVerifier, type AuthenticatedToken } from '../auth/access-token.verifier';
import { DossierAccess } from '../access/dossier-access.service';
import { parseDocumentName } from './document-name';

export interface DocumentGrant {
  dossierId: string;
  canWrite: boolean;
}

/**
 * Who may open a co-drafted document: the person, by the access token they
 * present (checked as for GraphQL and sockets); then, by the document's name,
 * what it is (from the database) and the rule (the policy's collabAccess).
 */
@Injectable()
export class CollabAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly tokens: AccessTokenVerifier,
  ) {}

  /** Null when the token is not (or no longer) good; throws SERVICE_UNAVAILABLE when the database cannot say. */
  authenticate(token: unknown): Promise<AuthenticatedToken | null> {
    return this.tokens.verify(token);
  }

  async grant(actor: Actor, documentName: string): Promise<DocumentGrant | null> {
    const name = parseDocumentName(documentName);
    if (!name) return null;
    if (name.kind === 'position') {
      const [row] = await this.dataSource.query(
        `SELECT d.dossier_id FROM delegation d JOIN draft r ON r.dossier_id = d.dossier_id WHERE d.id = $1 AND r.id = $2`,
        [name.delegationId, name.draftId],
      );
      if (!row) return null;
      const standing = await this.standing(actor, row.dossier_id);
      const allowed = standing && collabAccess(standing, { kind: 'position', delegationId: name.delegationId });
      return allowed ? { dossierId: row.dossier_id, canWrite: allowed.canWrite } : null;
    }
    const [item] = await this.dataSource.query(
      `SELECT s.dossier_id, a.drafting_unlocked, EXISTS (SELECT 1 FROM outcome o WHERE o.agenda_item_id = a.id) AS outcome_recorded
       FROM agenda_item a JOIN consultation_session s ON s.id = a.session_id WHERE a.id = $1 AND s.id = $2`,
      [name.agendaItemId, name.sessionId],
    );
    if (!item) return null;
    const standing = await this.standing(actor, item.dossier_id);
    const allowed = standing && collabAccess(standing, { kind: 'joint', draftingUnlocked: item.drafting_unlocked === true, outcomeRecorded: item.outcome_recorded === true });
    return allowed ? { dossierId: item.dossier_id, canWrite: allowed.canWrite } : null;
  }

  private async standing(actor: Actor, dossierId: string) {
    try {
      return (await this.access.require(actor, dossierId, 'dossier.read')).standing;
    } catch {
      return null;
    }
  }
}
