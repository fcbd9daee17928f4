import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEFAULT_REPORTING_CYCLE, reportingCycleProblem, type ReportingCycleSettings } from '@tripart/contracts';
import type { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput, notFound } from '../common/errors';
import { RatificationsService } from '../ratifications/ratifications.service';
import { ReferenceService } from '../reference/reference.service';
import { reportsDue } from './reporting-calendar';
import { ReportingCycle } from './reporting-cycle.entity';
import type { ReportingCalendar, ReportingCycleInput, ReportingCycleView } from './reporting.types';

const ROW = 1;

/** The reporting calendar of a country, from its register and the cycle's settings (administrators set them, audited). */
@Injectable()
export class ReportingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ratifications: RatificationsService,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  async cycle(): Promise<ReportingCycleView> {
    const row = await this.dataSource.getRepository(ReportingCycle).findOneBy({ id: ROW });
    return { ...(row?.settings ?? DEFAULT_REPORTING_CYCLE), isDefault: !row };
  }

  async updateCycle(actor: Actor, input: ReportingCycleInput): Promise<ReportingCycleView> {
    const settings: ReportingCycleSettings = { ...input };
    const problem = reportingCycleProblem(settings);
    if (problem) throw badInput(problem, [{ field: 'cycle', message: problem }]);
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.getRepository(ReportingCycle).findOne({ where: { id: ROW }, lock: { mode: 'pessimistic_write' } });
      await manager.getRepository(ReportingCycle).save({ id: ROW, settings, updatedById: actor.userId });
      await this.audit.record(manager, { actorId: actor.userId, action: 'reporting.cycle_updated', data: { before: before?.settings ?? DEFAULT_REPORTING_CYCLE, after: settings } });
    });
    return this.cycle();
  }

  async calendar(countryCode: string, year: number): Promise<ReportingCalendar> {
    const [country] = await this.reference.countriesByCode([countryCode.toUpperCase()]);
    if (country instanceof Error) throw notFound('The country');
    if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput('A year between 1990 and 2100.', [{ field: 'year', message: 'A year between 1990 and 2100.' }]);
    const [cycle, instruments] = await Promise.all([this.cycle(), this.ratifications.registeredInstruments(country.code)]);
    const due = reportsDue(country.nameEn, year, instruments, cycle);
    const conventions = new Map((await this.reference.conventionsByCode(due.map((report) => report.code))).map((convention) => [convention.code, convention]));
    return { country, year, cycle, reports: due.map((report) => ({ ...report, convention: conventions.get(report.code)! })) };
  }
}
