import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access-rule.decorator';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { RatificationEntry, RatificationRegister, RecordRatificationInput } from './ratification.types';
import { RatificationsService } from './ratifications.service';

@Resolver()
export class RatificationsResolver {
  constructor(private readonly ratifications: RatificationsService) {}

  @Allow('ratification.read')
  @Query(() => RatificationRegister, { description: 'A country’s ratification register, NORMLEX’s summary of it and its gap.' })
  ratificationRegister(@CurrentActor() actor: Actor, @Args('countryCode', { type: () => ID }) countryCode: string): Promise<RatificationRegister> {
    return this.ratifications.register(actor, countryCode);
  }

  @Allow('ratification.edit')
  @Mutation(() => RatificationEntry, { description: 'Record (or correct) a country’s standing towards one instrument; audited.' })
  recordRatification(@CurrentActor() actor: Actor, @Args('input') input: RecordRatificationInput): Promise<RatificationEntry> {
    return this.ratifications.record(actor, input);
  }

  @Allow('ratification.edit')
  @Mutation(() => Boolean, { description: 'Remove an entry recorded by mistake; audited.' })
  removeRatification(
    @CurrentActor() actor: Actor,
    @Args('countryCode', { type: () => ID }) countryCode: string,
    @Args('conventionCode', { type: () => ID }) conventionCode: string,
  ): Promise<boolean> {
    return this.ratifications.remove(actor, countryCode, conventionCode);
  }
}
