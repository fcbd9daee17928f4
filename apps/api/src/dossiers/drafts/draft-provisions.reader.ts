import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor } from '../../access/actor';
import { DossierAccess } from '../../access/dossier-access.service';
import type { DossierStanding } from '../../access/dossier-policy';
import { CommentReader } from '../../comments/comment-reader.service';
import type { CommentView } from '../../comments/comment.view';
import { asksBelow, asksOf } from '../../graphql/selection';
import type { ConventionLink } from './convention-link.entity';
import type { Draft } from './draft.entity';
import type { ProvisionOfDossier } from './provision.entity';
import { ProvisionReads } from './provision-reads.repository';

/**
 * What was read of a whole draft beside its provisions, by provision id: the
 * Provision fields answer from it at once (no DataLoader, no promise per
 * provision of a long draft). Absent: the field reads it as for any provision.
 */
export interface ReadBeside {
  commentCount?: Map<string, number>;
  conventionLinks?: Map<string, ConventionLink[]>;
  threads?: Map<string, CommentView[]>;
  /** Whether the threads were read with whom they mention. */
  mentions?: boolean;
}

/** A provision of a draft read whole, with what was read beside it. */
export type ProvisionOfDraft = ProvisionOfDossier & { beside?: ReadBeside };

/**
 * A draft's provisions, and side by side with them (one round trip, each
 * statement needing only the draft) what the query asks of every provision:
 * comment counts, convention links, threads. The comments are read with the
 * standing DossierAccess gives for the draft's dossier (already judged for
 * this request when the draft was read), under the one visibility rule.
 */
@Injectable()
export class DraftProvisionsReader {
  constructor(
    private readonly reads: ProvisionReads,
    private readonly access: DossierAccess,
    private readonly comments: CommentReader,
  ) {}

  async provisionsOf(request: object, actor: Actor, draft: Pick<Draft, 'id' | 'dossierId'>, info: GraphQLResolveInfo): Promise<ProvisionOfDraft[]> {
    const asksThreads = asksOf(info, 'comments');
    const mentions = asksThreads && asksBelow(info, 'mentions');
    const asksCount = asksOf(info, 'commentCount');
    const standing = asksThreads || asksCount ? this.access.standingOnce(request, actor, draft.dossierId) : undefined;
    const [provisions, threads, commentCount, conventionLinks] = await Promise.all([
      this.reads.provisionsOf(request, draft.id),
      asksThreads ? standing!.then((seen) => this.threadsOf(seen, draft, mentions)) : undefined,
      // With the threads read, the count is theirs (Provision.commentCount); else one grouped count.
      asksCount && !asksThreads ? standing!.then((seen) => this.comments.countVisible(seen, draft.dossierId, { draftId: draft.id })) : undefined,
      asksOf(info, 'conventionLinks') ? this.reads.linksOfDraft(draft.id) : undefined,
    ]);
    if (!threads && !commentCount && !conventionLinks) return provisions;
    const beside: ReadBeside = { threads, commentCount, conventionLinks, mentions };
    for (const provision of provisions as ProvisionOfDraft[]) provision.beside = beside;
    return provisions;
  }

  private async threadsOf(standing: DossierStanding, draft: Pick<Draft, 'id' | 'dossierId'>, mentions: boolean): Promise<Map<string, CommentView[]>> {
    const comments = await this.comments.visible(standing, { dossierId: draft.dossierId, draftId: draft.id, includeDeleted: true, mentions });
    const byProvision = new Map<string, CommentView[]>();
    for (const thread of await this.comments.threads(standing, comments)) {
      const list = byProvision.get(thread.provisionId);
      if (list) list.push(thread);
      else byProvision.set(thread.provisionId, [thread]);
    }
    return byProvision;
  }
}
