import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import { AuditService } from '../../audit/audit.service';
import { reanchorThreads } from '../../comments/comment-anchoring';
import { badInput } from '../../common/errors';
import type { Dossier } from '../dossier.entity';
import { Draft } from './draft.entity';
import { parseDraft, type DraftUpload } from './import/draft-import';
import { isDraftImportError } from './import/draft-import-error';
import { DraftImportQueue } from './import/draft-import-queue';
import { warningMessage } from './import/import-warnings';
import type { ParsedDraft } from './import/parsed-draft';
import { provisionRows, type ProvisionRow } from './provision-rows';
import { Provision } from './provision.entity';
import { findQuote } from './versioning/text-quote';
import { matchProvisions, summarizeChanges, type ChangeSummary } from './versioning/provision-matcher';
import { resemblance, type VersionResemblance } from './versioning/version-resemblance';
import { unitNameOf, type UnitName } from './unit-name';
import { type ImportWarning, wordDiff } from '@tripart/contracts';

export interface DraftPreview {
  format: string;
  title: string | null;
  language: string | null;
  articleCount: number;
  /** What the draft calls its numbered units (articles, sections, rules…), by what most of their numbers say. */
  unitName: UnitName;
  provisionCount: number;
  /** In English, for scripts: the same warnings as `warningReasons`, one sentence each. */
  warnings: string[];
  /** What the preview warns of, as reasons with their parameters: the web app says them in the reader's language. */
  warningReasons: ImportWarning[];
  /** Annexes the file names but does not hold, by their names ('' when unnamed): the preview says they are not imported. */
  annexesLeftOut: string[];
  outline: Array<{ kind: string; number: string | null; heading: string | null; depth: number }>;
  /** Against the dossier's newest version, when there is one: a file that resembles it little is probably not its next version. */
  previousVersion: ({ version: number } & VersionResemblance) | null;
}

const INSERT_CHUNK = 500;

/** Importing a version of the text: parsed first, committed all or nothing, matched to the previous version. */
@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queue: DraftImportQueue,
  ) {}

  async preview(dossier: Dossier, upload: DraftUpload): Promise<DraftPreview> {
    const parsed = await this.parse(upload);
    const rows = provisionRows('preview', parsed.nodes);
    return {
      previousVersion: await this.resemblanceToNewest(dossier, rows),
      format: parsed.format,
      title: parsed.title,
      language: parsed.language,
      articleCount: parsed.articleCount,
      unitName: unitNameOf(rows.filter((row) => row.kind === 'ARTICLE').map((row) => row.number)),
      provisionCount: rows.length,
      warnings: parsed.warnings.map(warningMessage),
      warningReasons: parsed.warnings,
      annexesLeftOut: parsed.annexesLeftOut ?? [],
      outline: rows.filter((row) => row.kind !== 'PARAGRAPH').map(({ kind, number, heading, depth }) => ({ kind, number, heading, depth })),
    };
  }

  async import(actor: Actor, dossier: Dossier, upload: DraftUpload): Promise<{ draft: Draft; summary: ChangeSummary | null }> {
    const parsed = await this.parse(upload);
    return this.dataSource.transaction(async (manager) => {
      // Serialises imports of one dossier: two at once would both become version N.
      await manager.query('SELECT id FROM dossier WHERE id = $1 FOR UPDATE', [dossier.id]);
      const previous = await manager.getRepository(Draft).findOne({ where: { dossierId: dossier.id }, order: { version: 'DESC' } });
      const draft = await manager.getRepository(Draft).save({
        dossierId: dossier.id,
        version: (previous?.version ?? 0) + 1,
        title: parsed.title?.slice(0, 300) ?? null,
        sourceFormat: parsed.format,
        sourceFilename: upload.filename.slice(0, 255),
        language: parsed.language,
        importedById: actor.userId,
      });
      const rows = provisionRows(draft.id, parsed.nodes);
      const summary = previous ? await this.followPrevious(manager, previous, rows) : null;
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await manager.createQueryBuilder().insert().into(Provision).values(rows.slice(i, i + INSERT_CHUNK)).execute();
      }
      if (previous) {
        await this.reanchorComments(manager, previous, rows);
        await this.carryConventionLinks(manager, draft.id);
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'draft.imported',
        subjectId: draft.id,
        dossierId: dossier.id,
        data: { version: draft.version, format: parsed.format, provisions: rows.length, ...(summary ? { summary } : {}) },
      });
      // Everyone seated reads it from this commit on: to whom it was made available, and when, is part of the record (C144).
      await this.audit.record(manager, { actorId: actor.userId, action: 'draft.made_available', subjectId: draft.id, dossierId: dossier.id, data: { version: draft.version, to: await seatedBySide(manager, dossier.id) } });
      return { draft, summary };
    });
  }

  /** How the units of a file resemble those of the dossier's newest version (null before the first import). */
  private async resemblanceToNewest(dossier: Dossier, rows: ProvisionRow[]): Promise<DraftPreview['previousVersion']> {
    const newest = await this.dataSource.getRepository(Draft).findOne({ where: { dossierId: dossier.id }, order: { version: 'DESC' } });
    if (!newest) return null;
    const before = await this.dataSource.getRepository(Provision).find({ where: { draftId: newest.id, kind: 'ARTICLE' }, select: { id: true, key: true, number: true, text: true } });
    return { version: newest.version, ...resemblance(before, rows.filter((row) => row.kind === 'ARTICLE')) };
  }

  private async parse(upload: DraftUpload): Promise<ParsedDraft> {
    try {
      return await this.queue.run(() => parseDraft(upload));
    } catch (error) {
      if (isDraftImportError(error)) {
        throw badInput(error.message, [{ field: 'file', message: error.message, constraint: error.code, ...(error.details ?? {}) }]);
      }
      throw error;
    }
  }

  /** Links each new provision to its predecessor (key, number, then similar text), kind by kind. */
  private async followPrevious(manager: EntityManager, previous: Draft, rows: ProvisionRow[]): Promise<ChangeSummary> {
    const before = await manager.getRepository(Provision).find({ where: { draftId: previous.id }, order: { position: 'ASC' } });
    const summary: ChangeSummary = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    for (const kind of new Set([...before, ...rows].map((row) => row.kind))) {
      const previousOfKind = before.filter((row) => row.kind === kind);
      const nextOfKind = rows.filter((row) => row.kind === kind);
      const matches = matchProvisions(previousOfKind, nextOfKind);
      const byId = new Map(nextOfKind.map((row) => [row.id, row]));
      for (const match of matches) {
        const row = match.nextId ? byId.get(match.nextId) : undefined;
        if (row && match.previousId) Object.assign(row, { previousId: match.previousId, matchedBy: match.how });
      }
      if (kind === 'ARTICLE') Object.assign(summary, summarizeChanges(matches, previousOfKind, nextOfKind));
    }
    // The reader shows these diffs on every load: computed once here, not per request.
    const textBefore = new Map(before.map((row) => [row.id, row.text]));
    for (const row of rows) {
      const previousText = row.previousId ? textBefore.get(row.previousId) : undefined;
      if (previousText !== undefined) row.wordDiff = previousText === row.text ? [] : wordDiff(previousText, row.text);
    }
    return summary;
  }

  /**
   * The gap analysis follows the text: each matched provision of the new
   * version inherits its predecessor's convention links and gap notes (the
   * previous version keeps its own, as it was assessed). Where the provision
   * now reads differently (whitespace aside, as the change summary counts it)
   * the note may no longer hold: the link awaits review, and a review still
   * pending on the previous version stays pending.
   */
  private async carryConventionLinks(manager: EntityManager, draftId: string): Promise<void> {
    await manager.query(
      `INSERT INTO convention_link (provision_id, convention_code, article, gap_note, created_by_id, needs_review)
       SELECT p.id, l.convention_code, l.article, l.gap_note, l.created_by_id,
              l.needs_review OR regexp_replace(p.text, '\\s+', ' ', 'g') <> regexp_replace(q.text, '\\s+', ' ', 'g')
         FROM provision p
         JOIN provision q ON q.id = p.previous_id
         JOIN convention_link l ON l.provision_id = q.id
        WHERE p.draft_id = $1`,
      [draftId],
    );
  }

  /** Threads follow their provision into the new version while their quote is still there (the comments feature moves them). */
  private async reanchorComments(manager: EntityManager, previous: Draft, rows: ProvisionRow[]): Promise<void> {
    const previousIds = await manager.getRepository(Provision).find({ where: { draftId: previous.id }, select: { id: true } });
    const successorOf = new Map(rows.filter((row) => row.previousId).map((row) => [row.previousId!, { id: row.id, text: row.text }]));
    await reanchorThreads(manager, previousIds.map((provision) => provision.id), successorOf, (text, quote) => Boolean(findQuote(text, quote)));
  }
}

/** How many people each side has seated on the dossier, and how many others (facilitators, observers). */
async function seatedBySide(manager: EntityManager, dossierId: string): Promise<Record<string, number>> {
  const rows: Array<{ side: string; people: number }> = await manager.query(
    `SELECT coalesce(d.constituency::text, 'OTHERS') AS side, count(*)::int AS people FROM participant p LEFT JOIN delegation d ON d.id = p.delegation_id WHERE p.dossier_id = $1 GROUP BY 1 ORDER BY 1`,
    [dossierId],
  );
  return Object.fromEntries(rows.map((row) => [row.side, row.people]));
}
