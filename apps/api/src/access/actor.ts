import type { Locale, OrganizationKind, PlatformRole } from '@tripart/contracts';

/** The signed-in person on whose behalf a request runs. */
export interface Actor {
  userId: string;
  email: string;
  role: PlatformRole;
  locale: Locale;
  /** Kinds of the organizations the person belongs to (ILO staff may facilitate). */
  organizationKinds: OrganizationKind[];
}
