import { Injectable } from '@nestjs/common';
import { ProvisionDirectory } from '../dossiers/drafts/provision-directory';
import { SessionReads } from '../sessions/session-reads.repository';
import type { Agreement, DraftedProvision } from './agreed-text.document';

/**
 * What the agreed text is made of, read through the drafts' and sessions'
 * own reads: the newest draft version's provisions, and for each the latest
 * standing outcome recorded on it — or on the provision it follows in an
 * earlier version — with the agreed text it froze. A reopened item's outcome
 * is gone (reopening withdraws it), a joint text still being drafted is in
 * no outcome: neither is read.
 */
@Injectable()
export class AgreedTextReader {
  constructor(
    private readonly provisions: ProvisionDirectory,
    private readonly sessions: SessionReads,
  ) {}

  async read(dossierId: string) {
    const draft = await this.provisions.currentDraft(dossierId);
    if (!draft) return null;
    const [rows, outcomes, [sessions]] = await Promise.all([this.provisions.ofDraft(draft.id), this.sessions.outcomesOfDossier(dossierId), this.sessions.sessionsOfDossiers([dossierId])]);
    const provisions: DraftedProvision[] = rows.map(({ id, parentId, kind, key, number, heading, text }) => ({ id, parentId, kind, key, number, heading, text }));
    const current = new Set(provisions.map((provision) => provision.id));
    const named = outcomes.flatMap((outcome) => (outcome.provisionId ? [outcome.provisionId] : []));
    const [followers, origins] = await Promise.all([this.provisions.followersInNewest(dossierId, named.filter((id) => !current.has(id))), this.provisions.byIds(named)]);
    const sessionOf = new Map(sessions.map((session) => [session.id, session]));
    const latest = new Map<string, (typeof outcomes)[number]>();
    // Oldest first: a later outcome on the same provision is the one that stands.
    for (const outcome of outcomes) {
      const target = outcome.provisionId && (current.has(outcome.provisionId) ? outcome.provisionId : followers.get(outcome.provisionId));
      if (target) latest.set(target, outcome);
    }
    const agreements = new Map<string, Agreement>();
    for (const [provisionId, outcome] of latest) {
      const session = sessionOf.get(outcome.sessionId);
      if (!outcome.agreedText || !session) continue;
      agreements.set(provisionId, {
        outcomeId: outcome.id, outcome: outcome.outcome, agreedText: outcome.agreedText, recordedAt: outcome.recordedAt,
        session: { id: session.id, title: session.title, startsAt: session.startsAt }, draftVersion: origins.get(outcome.provisionId!)?.version ?? draft.version,
      });
    }
    return { draft: { id: draft.id, version: draft.version, createdAt: draft.createdAt, language: draft.language }, provisions, agreements };
  }
}
