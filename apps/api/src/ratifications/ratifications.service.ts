import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConventionCategory, RatificationImportResult, RatificationImportRow, RatificationStatus } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { DossierAccess } from '../access/dossier-access.service';
import { can } from '../access/policy';
import { AuditService } from '../audit/audit.service';
import { badInput, notFound } from '../common/errors';
import { Country } from '../reference/country.entity';
import { ReferenceService } from '../reference/reference.service';
import { entryProblem, sameEntry, toFields } from './ratification-entry';
import type { Ratification } from './ratification.entity';
import { RatificationRegister, RecordRatificationInput, RatificationEntry } from './ratification.types';
import { summarize } from './ratification-summary';
import { RatificationsRepository } from './ratifications.repository';
import { parseRegisterTable, type RegisterRow } from './import/normlex-rows';
import { readRegisterFile } from './import/register-file.reader';

/** A country's ratification register: read by anyone signed in, changed by facilitators and administrators, every change audited. */
@Injectable()
export class RatificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RatificationsRepository,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly dossiers: DossierAccess,
  ) {}

  async register(actor: Actor, countryCode: string): Promise<RatificationRegister> {
    const country = await this.country(countryCode);
    const [entries, reference] = await Promise.all([this.repository.ofCountry(country.code), this.reference.listConventions()]);
    const { summary, gap } = summarize(entries.map((entry) => ({ status: entry.status, convention: entry.convention! })), reference);
    return { country, entries: entries.map(present), summary, gap, canEdit: can(actor, 'ratification.edit') };
  }

  /** A country's entries with each instrument's category: what the reporting calendar works from. */
  async registeredInstruments(countryCode: string): Promise<Array<{ code: string; category: ConventionCategory; status: RatificationStatus; ratifiedOn: string | null }>> {
    return (await this.repository.ofCountry(countryCode)).map((entry) => ({ code: entry.conventionCode, category: entry.convention!.category, status: entry.status, ratifiedOn: entry.ratifiedOn }));
  }

  async record(actor: Actor, input: RecordRatificationInput): Promise<RatificationEntry> {
    const country = await this.country(input.countryCode);
    await this.reference.requireConventions([input.conventionCode]);
    const fields = toFields(country.code, input, actor.userId);
    const problem = entryProblem(fields);
    if (problem) throw badInput(problem.message, [{ field: problem.field, message: problem.message, reason: problem.reason }]);
    if (fields.dossierId) await this.requireRatificationDossier(actor, fields.dossierId, country.code);
    const saved = await this.dataSource.transaction(async (manager) => {
      const before = (await this.repository.lockedOfCountry(manager, country.code)).find((entry) => entry.conventionCode === fields.conventionCode) ?? null;
      const entry = await this.repository.upsert(manager, fields);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'ratification.recorded',
        subjectId: entry.id,
        data: { countryCode: country.code, conventionCode: fields.conventionCode, status: fields.status, previousStatus: before?.status ?? null },
      });
      return entry;
    });
    return present((await this.repository.ofCountry(country.code)).find((entry) => entry.id === saved.id)!);
  }

  async remove(actor: Actor, countryCode: string, conventionCode: string): Promise<boolean> {
    const country = await this.country(countryCode);
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lockedOfCountry(manager, country.code);
      const removed = await this.repository.remove(manager, country.code, conventionCode);
      if (!removed) throw notFound(`The register entry for ${conventionCode}`);
      await this.audit.record(manager, { actorId: actor.userId, action: 'ratification.removed', subjectId: removed.id, data: { countryCode: country.code, conventionCode, status: removed.status } });
      return true;
    });
  }

  /** What importing this table would do; nothing is stored. */
  async previewImport(countryCode: string, file: Buffer): Promise<RatificationImportResult> {
    const country = await this.country(countryCode);
    return withoutParsed(await this.dataSource.transaction((manager) => this.plan(manager, country.code, file, false)));
  }

  /** Every row of the table stored, or none: a table with any problem is refused with the problems. */
  async import(actor: Actor, countryCode: string, file: Buffer): Promise<RatificationImportResult> {
    const country = await this.country(countryCode);
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plan(manager, country.code, file, true);
      if (plan.problems.length) {
        throw badInput(
          `${plan.problems.length} row(s) of this table cannot be imported; nothing was stored.`,
          plan.problems.map((problem) => ({ field: `line ${problem.line}`, message: problem.value, reason: problem.reason, params: { line: problem.line } })),
          'RATIFICATION_TABLE_REFUSED',
        );
      }
      const parsed = plan.parsedRows;
      await this.reference.addTechnicalInstruments(
        manager,
        plan.rows.filter((row) => row.newInstrument).map((row) => ({ code: row.code, title: row.title, year: parsed.get(row.code)!.year! })),
      );
      for (const row of plan.rows.filter((candidate) => candidate.change !== 'UNCHANGED')) {
        await this.repository.upsert(manager, { ...rowFields(country.code, parsed.get(row.code)!), updatedById: actor.userId });
      }
      const count = (change: RatificationImportRow['change']) => plan.rows.filter((row) => row.change === change).length;
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'ratifications.imported',
        data: {
          countryCode: country.code,
          sha256: createHash('sha256').update(file).digest('hex'),
          added: count('NEW'),
          changed: count('CHANGED'),
          unchanged: count('UNCHANGED'),
          instrumentsAdded: plan.rows.filter((row) => row.newInstrument).map((row) => row.code),
        },
      });
      return { ...withoutParsed(plan), imported: true };
    });
  }

  private async plan(manager: EntityManager, countryCode: string, file: Buffer, lock: boolean): Promise<RatificationImportResult & { parsedRows: Map<string, RegisterRow> }> {
    const table = parseRegisterTable(await readRegisterFile(file));
    const existing = lock ? await this.repository.lockedOfCountry(manager, countryCode) : await this.repository.ofCountry(countryCode, manager);
    const known = new Map((await this.reference.conventionsByCode(table.rows.map((row) => row.code), manager)).map((convention) => [convention.code, convention]));
    const problems = [...table.problems];
    const rows: RatificationImportRow[] = [];
    for (const row of table.rows) {
      const convention = known.get(row.code);
      if (!convention && (!row.title || !row.year)) {
        problems.push({ line: row.line, reason: 'UNKNOWN_INSTRUMENT', value: row.code });
        continue;
      }
      const before = existing.find((entry) => entry.conventionCode === row.code);
      const fields = rowFields(countryCode, row);
      rows.push({
        line: row.line,
        code: row.code,
        title: convention?.titleEn ?? row.title!,
        status: row.status,
        ratifiedOn: row.ratifiedOn,
        denouncedOn: row.denouncedOn,
        denouncedBy: row.denouncedBy,
        abrogation: row.abrogation,
        declarations: row.declarations,
        change: !before ? 'NEW' : sameEntry(before, fields) ? 'UNCHANGED' : 'CHANGED',
        newInstrument: !convention,
      });
    }
    const named = new Set(table.rows.map((row) => row.code));
    return {
      countryCode,
      rows,
      problems: problems.sort((a, b) => a.line - b.line),
      ignoredLines: table.ignoredLines,
      kept: existing.filter((entry) => !named.has(entry.conventionCode)).length,
      imported: false,
      parsedRows: new Map(table.rows.map((row) => [row.code, row])),
    };
  }

  /** A dossier a ratification links to: one the person manages, consulting on a ratification in the same country. */
  private async requireRatificationDossier(actor: Actor, dossierId: string, countryCode: string): Promise<void> {
    const { dossier } = await this.dossiers.require(actor, dossierId, 'dossier.manage');
    if (dossier.kind !== 'RATIFICATION' || dossier.countryCode !== countryCode) {
      const message = 'Link a RATIFICATION dossier of the same country.';
      throw badInput(message, [{ field: 'dossierId', message, reason: 'NOT_A_RATIFICATION_DOSSIER' }]);
    }
  }

  private async country(code: string): Promise<Country> {
    const [country] = await this.reference.countriesByCode([code.toUpperCase()]);
    if (country instanceof Error) throw notFound('The country');
    return country;
  }
}

const rowFields = (countryCode: string, row: RegisterRow) => ({
  countryCode,
  conventionCode: row.code,
  status: row.status,
  ratifiedOn: row.ratifiedOn,
  denouncedOn: row.denouncedOn,
  denouncedBy: row.denouncedBy,
  automaticDenunciation: row.automaticDenunciation,
  abrogation: row.abrogation,
  declarations: row.declarations,
  // The table's note is read into the fields above (no `note`): a note written by hand on the entry is kept.
  updatedById: null,
});

const withoutParsed = ({ parsedRows: _parsed, ...result }: RatificationImportResult & { parsedRows: unknown }): RatificationImportResult => result;

const present = (entry: Ratification): RatificationEntry => ({
  id: entry.id,
  convention: entry.convention!,
  status: entry.status,
  ratifiedOn: entry.ratifiedOn,
  denouncedOn: entry.denouncedOn,
  denouncedBy: entry.denouncedBy,
  automaticDenunciation: entry.automaticDenunciation,
  abrogation: entry.abrogation,
  declarations: entry.declarations,
  note: entry.note,
  dossierId: entry.dossierId,
  updatedAt: entry.updatedAt,
});
