import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { MINUTES_SIGNATORIES, withNarrative, type MinutesContent, type MinutesDecision, type MinutesNarrative, type MinutesSignatory, type ServerEventPayload } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { DossierAccess } from '../access/dossier-access.service';
import { minutesSignatoryOf, type DossierStanding } from '../access/dossier-policy';
import { AuditService } from '../audit/audit.service';
import { badInput, conflict, forbidden, notFound } from '../common/errors';
import { DossierReads } from '../dossiers/dossier-reads.repository';
import { plenaryRoom } from '../dossiers/dossier-rooms';
import { RealtimeService } from '../realtime/realtime.service';
import { MinutesApproval } from './minutes-approval.entity';
import { readSessionRecord } from './minutes-record.reader';
import { MinutesRevision } from './minutes-revision.entity';
import { contentHashOf, MinutesRepository } from './minutes.repository';
import { Minutes } from './minutes.entity';

const SESSION = 'The session';
const MINUTES = 'The minutes record';
type Change = ServerEventPayload<'minutes:changed'>['change'];

const sealedRefusal = () => conflict('The minutes are sealed: nothing in them can change. Add an addendum instead.', 'MINUTES_SEALED');

/**
 * A session's minutes from generation to seal: generated from the record,
 * the narrative edited by the chair, sent for approval, approved (or sent
 * back) by each side's lead and the chair, sealed when all four approved the
 * same revision. Each write is one transaction holding its audit event, and
 * tells the plenary what changed.
 */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: DossierAccess,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeService,
    private readonly dossierReads: DossierReads,
    private readonly repository: MinutesRepository,
  ) {}

  /** For whom a person approves in a dossier, and whether they draft the minutes. */
  async viewerOf(standing: DossierStanding): Promise<{ signatory: MinutesSignatory | null; canDraft: boolean }> {
    const side = standing.delegationId ? await this.dossierReads.sideOf(standing.delegationId) : null;
    return { signatory: minutesSignatoryOf(standing, side), canDraft: standing.role === 'FACILITATOR' };
  }

  /** The minutes of a closed session, generated from its record: revision 1, a draft. */
  async generate(actor: Actor, sessionId: string): Promise<Minutes> {
    const session = await this.repository.sessionOf(sessionId);
    if (!session) throw notFound(SESSION);
    await this.access.require(actor, session.dossierId, 'minutes.draft', SESSION);
    const minutes = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM consultation_session WHERE id = $1 FOR UPDATE', [sessionId]); // one generation at a time
      const current = await this.repository.sessionOf(sessionId, manager);
      if (current?.status !== 'CLOSED') throw conflict('Minutes are generated from the record of a closed session: close the session first.');
      const existing = await manager.getRepository(Minutes).findOne({ where: { sessionId, kind: 'MINUTES' } });
      if (existing) throw conflict('This session has minutes already.');
      const content = await readSessionRecord(manager, sessionId);
      const minutes = await manager.getRepository(Minutes).save({ dossierId: session.dossierId, sessionId, kind: 'MINUTES', addendumToId: null, createdById: actor.userId });
      await manager.getRepository(MinutesRevision).save({ minutesId: minutes.id, number: 1, content, createdById: actor.userId, sentAt: null });
      await this.record(manager, actor, minutes, 'minutes.generated', { revision: 1 });
      return minutes;
    });
    this.tell(minutes, 'generated');
    return minutes;
  }

  /**
   * Saves the chair's narrative: into the newest revision while it has not
   * been sent, else into a new numbered revision (the one sent stays as the
   * signatories read it).
   */
  async saveNarrative(actor: Actor, minutesId: string, narrative: MinutesNarrative): Promise<Minutes> {
    const minutes = await this.writable(actor, minutesId, 'minutes.draft');
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.lock(manager, minutes.id);
      if (locked.sealedAt) throw sealedRefusal();
      const newest = await this.repository.newest(manager, minutes.id);
      const content = withNarrative(newest.content, narrative);
      if (!newest.sentAt) {
        await manager.getRepository(MinutesRevision).update(newest.id, { content });
        return;
      }
      const number = newest.number + 1;
      await manager.getRepository(MinutesRevision).save({ minutesId: minutes.id, number, content, createdById: actor.userId, sentAt: null });
      await this.record(manager, actor, minutes, 'minutes.revised', { revision: number, from: newest.number });
    });
    this.tell(minutes, 'revised');
    return minutes;
  }

  /** Sends the newest revision for approval: from now on it never changes. */
  async send(actor: Actor, minutesId: string): Promise<Minutes> {
    const minutes = await this.writable(actor, minutesId, 'minutes.draft');
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.lock(manager, minutes.id);
      if (locked.sealedAt) throw sealedRefusal();
      const newest = await this.repository.newest(manager, minutes.id);
      if (newest.sentAt) throw conflict(`Revision ${newest.number} was sent already: save a change to make the next revision.`);
      await manager.getRepository(MinutesRevision).update(newest.id, { sentAt: new Date() });
      await this.record(manager, actor, minutes, 'minutes.sent', { revision: newest.number, contentHash: contentHashOf(newest.content) });
    });
    this.tell(minutes, 'sent');
    return minutes;
  }

  /**
   * One signatory's decision on the revision they read (`revision`: its
   * number, so that nobody approves a text they did not see). When the four
   * approved the same revision, it is sealed in the same transaction.
   */
  async decide(actor: Actor, minutesId: string, revision: number, decision: MinutesDecision, comment: string): Promise<Minutes> {
    const minutes = await this.repository.find(minutesId);
    if (!minutes) throw notFound(MINUTES);
    const { standing } = await this.access.require(actor, minutes.dossierId, 'minutes.approve', MINUTES);
    const { signatory } = await this.viewerOf(standing);
    if (!signatory) throw forbidden('A delegation’s lead approves the minutes for the side; the facilitator as the chair.');
    if (decision === 'CHANGES_REQUESTED' && !comment.trim()) throw badInput('Say what should change.', [{ field: 'comment', message: 'Say what should change.', constraint: 'required' }]);
    let sealed = false;
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.lock(manager, minutes.id);
      if (locked.sealedAt) throw sealedRefusal();
      const newest = await this.repository.newest(manager, minutes.id);
      if (!newest.sentAt) throw conflict('These minutes have not been sent for approval yet.');
      if (newest.number !== revision) throw conflict(`Revision ${revision} is not the one awaiting approval: read revision ${newest.number}.`);
      const approvals = manager.getRepository(MinutesApproval);
      const earlier = await approvals.findOne({ where: { revisionId: newest.id, signatory } });
      await approvals.save({ ...(earlier ?? {}), revisionId: newest.id, signatory, decision, comment: comment.trim(), userId: actor.userId, decidedAt: new Date() });
      await this.record(manager, actor, minutes, decision === 'APPROVED' ? 'minutes.approved' : 'minutes.changes-requested', { revision, signatory, comment: comment.trim() });
      const decided = await this.repository.approvalsOf(manager, newest.id);
      if (MINUTES_SIGNATORIES.every((who) => decided.some((approval) => approval.signatory === who && approval.decision === 'APPROVED'))) {
        await this.seal(manager, actor, locked, newest);
        sealed = true;
      }
    });
    this.tell(minutes, sealed ? 'sealed' : 'decided');
    return minutes;
  }

  /** An addendum to sealed minutes: its own revisions, approvals and seal. */
  async addAddendum(actor: Actor, minutesId: string, text: string): Promise<Minutes> {
    const minutes = await this.writable(actor, minutesId, 'minutes.draft', { sealed: true });
    if (!text.trim()) throw badInput('Write the addendum’s text.', [{ field: 'text', message: 'Write the addendum’s text.', constraint: 'required' }]);
    const addendum = await this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.lock(manager, minutes.id);
      if (!locked.sealedAt || locked.kind !== 'MINUTES') throw conflict('An addendum follows sealed minutes.');
      const sealedContent = (await this.repository.newest(manager, minutes.id)).content;
      const content: MinutesContent = { kind: 'ADDENDUM', session: sealedContent.session, attendance: [], items: [], opening: text.trim(), closing: '' };
      const addendum = await manager.getRepository(Minutes).save({ dossierId: minutes.dossierId, sessionId: minutes.sessionId, kind: 'ADDENDUM', addendumToId: minutes.id, createdById: actor.userId });
      await manager.getRepository(MinutesRevision).save({ minutesId: addendum.id, number: 1, content, createdById: actor.userId, sentAt: null });
      await this.record(manager, actor, addendum, 'minutes.addendum', { revision: 1, addendumTo: minutes.id });
      return addendum;
    });
    this.tell(addendum, 'addendum');
    return addendum;
  }

  private async seal(manager: EntityManager, actor: Actor, minutes: Minutes, revision: MinutesRevision): Promise<void> {
    const sealHash = contentHashOf(revision.content);
    const event = await this.record(manager, actor, minutes, 'minutes.sealed', { revision: revision.number, sealHash });
    await manager.getRepository(Minutes).update(minutes.id, { sealedRevision: revision.number, sealHash, sealedAt: new Date(), sealEventSeq: event.seq });
  }

  /** Minutes a person may change with `action` (NOT_FOUND to whoever may not read them); sealed ones refused unless `sealed`. */
  private async writable(actor: Actor, minutesId: string, action: 'minutes.draft', options: { sealed?: boolean } = {}): Promise<Minutes> {
    const minutes = await this.repository.find(minutesId);
    if (!minutes) throw notFound(MINUTES);
    await this.access.require(actor, minutes.dossierId, action, MINUTES);
    if (minutes.sealedAt && !options.sealed) throw sealedRefusal();
    return minutes;
  }

  private record(manager: EntityManager, actor: Actor, minutes: Minutes, action: string, data: Record<string, unknown>) {
    return this.audit.record(manager, { actorId: actor.userId, action, subjectId: minutes.id, dossierId: minutes.dossierId, data: { sessionId: minutes.sessionId, kind: minutes.kind, ...data } });
  }

  private tell(minutes: Minutes, change: Change): void {
    this.realtime.notify(plenaryRoom(minutes.dossierId), 'minutes:changed', { dossierId: minutes.dossierId, sessionId: minutes.sessionId, minutesId: minutes.id, change });
  }
}
