import type { Locale, PlatformRole } from '@tripart/contracts';

/** The signed-in person on whose behalf a request runs. */
export interface Actor {
  userId: string;
  email: string;
  role: PlatformRole;
  locale: Locale;
}
