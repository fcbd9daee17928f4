import { In, type EntityManager } from 'typeorm';
import { Comment } from './comment.entity';

/** Where a provision of the previous version went in the new one, and what it says there. */
export interface Successor {
  id: string;
  text: string;
}

/**
 * When a new version of a draft is imported (in its transaction): a thread
 * moves to the provision that follows its own while its quote is still
 * found there; otherwise it stays, marked as on the previous version.
 * The drafts feature says which provisions follow which, and how a quote is
 * found (`quoteFound`); the comments are this feature's.
 */
export async function reanchorThreads(
  manager: EntityManager,
  previousProvisionIds: readonly string[],
  successorOf: ReadonlyMap<string, Successor>,
  quoteFound: (text: string, quote: { exact: string; prefix: string; suffix: string }) => boolean,
): Promise<void> {
  if (!previousProvisionIds.length) return;
  const comments = await manager.getRepository(Comment).find({ where: { provisionId: In([...previousProvisionIds]) } });
  for (const root of comments.filter((comment) => !comment.parentId)) {
    const next = successorOf.get(root.provisionId);
    const stillQuoted = next && (!root.quoteExact || quoteFound(next.text, { exact: root.quoteExact, prefix: root.quotePrefix ?? '', suffix: root.quoteSuffix ?? '' }));
    const thread = comments.filter((comment) => comment.id === root.id || comment.parentId === root.id).map((comment) => comment.id);
    if (next && stillQuoted) await manager.getRepository(Comment).update(thread, { provisionId: next.id, onPreviousVersion: false });
    else await manager.getRepository(Comment).update(thread, { onPreviousVersion: true });
  }
}
