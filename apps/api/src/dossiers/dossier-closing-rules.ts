import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Why a dossier may not be concluded yet, as a person reads it, with its figures for a translated text. */
export interface ClosingObstacle {
  constraint: string;
  message: string;
  params: Record<string, number>;
}

/** A check another feature makes, in the closing transaction, before a dossier is concluded. */
export type ClosingRule = (manager: EntityManager, dossierId: string) => Promise<ClosingObstacle | null>;

/**
 * What must hold before a dossier is concluded (its status CONCLUDED). The
 * features that know register their checks here (the government's responses:
 * every submitted contribution answered); the dossiers feature asks them
 * without knowing them. A facilitator may conclude anyway by recording why.
 */
@Injectable()
export class DossierClosingRules {
  private readonly rules: ClosingRule[] = [];

  register(rule: ClosingRule): void {
    this.rules.push(rule);
  }

  async obstacles(manager: EntityManager, dossierId: string): Promise<ClosingObstacle[]> {
    const found: ClosingObstacle[] = [];
    for (const rule of this.rules) {
      const obstacle = await rule(manager, dossierId);
      if (obstacle) found.push(obstacle);
    }
    return found;
  }
}
