import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isLocale, type Locale } from '@tripart/contracts';
import { Allow } from '../access/access-rule.decorator';
import type { ActorRequest } from '../access/request-context';
import { Convention } from './convention.entity';
import { Country } from './country.entity';
import { ReferenceService } from './reference.service';

/** The locale asked for, else the signed-in person's, else English. */
function localeFor(requested: string | undefined, request: ActorRequest): Locale {
  if (isLocale(requested)) return requested;
  return request.user?.locale ?? 'en';
}

@Resolver(() => Country)
export class CountriesResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Allow('reference.read')
  @Query(() => [Country], { description: 'All countries (ISO 3166-1).' })
  countries(): Promise<Country[]> {
    return this.reference.listCountries();
  }

  @ResolveField(() => String, { description: 'Name in the given locale (en, fr, es), else in mine.' })
  name(
    @Parent() country: Country,
    @Context('req') request: ActorRequest,
    @Args('locale', { type: () => String, nullable: true }) locale?: string,
  ): string {
    return country.nameIn(localeFor(locale, request));
  }
}

@Resolver(() => Convention)
export class ConventionsResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Allow('reference.read')
  @Query(() => [Convention], { description: 'ILO instruments: fundamental and governance conventions.' })
  conventions(): Promise<Convention[]> {
    return this.reference.listConventions();
  }

  @ResolveField(() => String, { description: 'Title in the given locale (en, fr, es), else in mine.' })
  title(
    @Parent() convention: Convention,
    @Context('req') request: ActorRequest,
    @Args('locale', { type: () => String, nullable: true }) locale?: string,
  ): string {
    const chosen = localeFor(locale, request);
    return chosen === 'fr' ? convention.titleFr : chosen === 'es' ? convention.titleEs : convention.titleEn;
  }
}
