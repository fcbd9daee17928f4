/** The kinds of organization that take part in social dialogue. */
export const ORGANIZATION_KINDS = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS', 'ILO', 'PARTNER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** The three sides of tripartism. */
export const CONSTITUENCIES = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS'] as const;
export type Constituency = (typeof CONSTITUENCIES)[number];

export const PLATFORM_ROLES = ['ADMIN', 'MEMBER'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const CONVENTION_CATEGORIES = ['FUNDAMENTAL', 'GOVERNANCE', 'TECHNICAL'] as const;
export type ConventionCategory = (typeof CONVENTION_CATEGORIES)[number];

/** The side an organization speaks for, if it is one of the three. */
export function constituencyOf(kind: OrganizationKind): Constituency | null {
  return (CONSTITUENCIES as readonly string[]).includes(kind) ? (kind as Constituency) : null;
}
