import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { canonicalJson, type MinutesContent, type MinutesSignatory, type MinutesState } from '@tripart/contracts';
import { isUuid } from '../common/ids';
import { MinutesApproval } from './minutes-approval.entity';
import { MinutesRevision } from './minutes-revision.entity';
import { Minutes } from './minutes.entity';
import type { MinutesRevisionView, MinutesView } from './minutes.view';

/** The SHA-256 a seal records: of the revision's content as canonical JSON. */
export const contentHashOf = (content: MinutesContent) => createHash('sha256').update(canonicalJson(content)).digest('hex');

export const stateOf = (minutes: Minutes, newest: MinutesRevision | undefined): MinutesState => (minutes.sealedAt ? 'SEALED' : newest?.sentAt ? 'SENT' : 'DRAFT');

/** The only file with SQL for the minutes tables: reads for the views, and the rows a write locks. */
@Injectable()
export class MinutesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The session's dossier and status (null: no such session). */
  async sessionOf(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<{ dossierId: string; status: string } | null> {
    if (!isUuid(sessionId)) return null;
    const [row]: Array<{ dossier_id: string; status: string }> = await manager.query('SELECT dossier_id, status FROM consultation_session WHERE id = $1', [sessionId]);
    return row ? { dossierId: row.dossier_id, status: row.status } : null;
  }

  /** Minutes by id, without their revisions (null: none). */
  async find(minutesId: string, manager: EntityManager = this.dataSource.manager): Promise<Minutes | null> {
    return isUuid(minutesId) ? manager.getRepository(Minutes).findOne({ where: { id: minutesId } }) : null;
  }

  /** Minutes locked for a write: one change of the same minutes at a time, on every instance. */
  lock(manager: EntityManager, minutesId: string): Promise<Minutes> {
    return manager.getRepository(Minutes).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :minutesId', { minutesId }).getOneOrFail();
  }

  newest(manager: EntityManager, minutesId: string): Promise<MinutesRevision> {
    return manager.getRepository(MinutesRevision).findOneOrFail({ where: { minutesId }, order: { number: 'DESC' } });
  }

  approvalsOf(manager: EntityManager, revisionId: string): Promise<MinutesApproval[]> {
    return manager.getRepository(MinutesApproval).find({ where: { revisionId } });
  }

  /** A session's minutes and their addenda, oldest first, each with its revisions and decisions, as the people asking see them. */
  async ofSession(sessionId: string, viewer: { signatory: MinutesSignatory | null; canDraft: boolean }): Promise<MinutesView[]> {
    const all = await this.dataSource.getRepository(Minutes).find({ where: { sessionId }, order: { createdAt: 'ASC' } });
    if (!all.length) return [];
    const revisions = await this.dataSource.getRepository(MinutesRevision).find({ where: { minutesId: In(all.map((m) => m.id)) }, order: { number: 'ASC' } });
    const approvals = revisions.length ? await this.dataSource.getRepository(MinutesApproval).find({ where: { revisionId: In(revisions.map((r) => r.id)) }, order: { decidedAt: 'ASC' } }) : [];
    const names = await this.namesOf(approvals.map((approval) => approval.userId));
    return all.map((minutes) => {
      const own = revisions.filter((revision) => revision.minutesId === minutes.id);
      const views: MinutesRevisionView[] = own.map((revision) => ({
        number: revision.number,
        createdAt: revision.createdAt,
        sentAt: revision.sentAt,
        contentHash: contentHashOf(revision.content),
        content: revision.content as MinutesRevisionView['content'],
        approvals: approvals
          .filter((approval) => approval.revisionId === revision.id)
          .map((approval) => ({ signatory: approval.signatory, decision: approval.decision, comment: approval.comment, decidedBy: names.get(approval.userId) ?? '', decidedAt: approval.decidedAt })),
      }));
      return {
        id: minutes.id,
        sessionId: minutes.sessionId,
        kind: minutes.kind,
        addendumToId: minutes.addendumToId,
        state: stateOf(minutes, own.at(-1)),
        sealedRevision: minutes.sealedRevision,
        sealHash: minutes.sealHash,
        sealedAt: minutes.sealedAt,
        sealEventSeq: minutes.sealEventSeq,
        revisions: views,
        mySignatory: viewer.signatory,
        canDraft: viewer.canDraft,
      };
    });
  }

  private async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: Array<{ id: string; display_name: string }> = await this.dataSource.query('SELECT id, display_name FROM app_user WHERE id = ANY($1)', [[...new Set(ids)]]);
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }
}
