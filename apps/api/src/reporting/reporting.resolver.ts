import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ReportingCalendar, ReportingCycleInput, ReportingCycleView } from './reporting.types';
import { ReportingService } from './reporting.service';

@Resolver()
export class ReportingResolver {
  constructor(private readonly reporting: ReportingService) {}

  @Allow('ratification.read')
  @Query(() => ReportingCalendar, { description: 'The reports to the ILO supervisory bodies a country owes in a year, from its ratifications and the cycle.' })
  reportingCalendar(@Args('countryCode', { type: () => ID }) countryCode: string, @Args('year', { type: () => Int }) year: number): Promise<ReportingCalendar> {
    return this.reporting.calendar(countryCode, year);
  }

  @Allow('ratification.read')
  @Query(() => ReportingCycleView, { description: 'The regular reporting cycle’s settings.' })
  reportingCycle(): Promise<ReportingCycleView> {
    return this.reporting.cycle();
  }

  @Allow('reporting.configure')
  @Mutation(() => ReportingCycleView, { description: 'Set the reporting cycle (administrators; audited).' })
  updateReportingCycle(@CurrentActor() actor: Actor, @Args('input') input: ReportingCycleInput): Promise<ReportingCycleView> {
    return this.reporting.updateCycle(actor, input);
  }
}
