import { sharedEn } from './shared/en';
import { authEn } from '../../auth/locales/en';
import { homeEn } from '../../home/locales/en';
import { adminEn } from '../../admin/locales/en';
import { auditEn } from '../../audit/locales/en';
import { dossiersEn } from '../../dossiers/locales/en';
import { sessionsEn } from '../../sessions/locales/en';
import { outcomesEn } from '../../outcomes/locales/en';
import { responsesEn } from '../../responses/locales/en';
import { draftsEn } from '../../drafts/locales/en';
import { commentsEn } from '../../comments/locales/en';
import { collabEn } from '../../collab/locales/en';
import { positionsEn } from '../../positions/locales/en';
import { conventionsEn } from '../../conventions/locales/en';
import { minutesEn } from '../../minutes/locales/en';
import { evidenceEn } from '../../evidence/locales/en';
import { ratificationsEn } from '../../ratifications/locales/en';
import { reportingEn } from '../../reporting/locales/en';
import type { Catalogue } from '../catalogue';

/** English catalogue: the reference for the key set every other catalogue must match. Each feature keeps its strings in its own `locales` folder. */
export const en = {
  ...sharedEn,
  ...authEn,
  ...homeEn,
  ...adminEn,
  ...auditEn,
  ...dossiersEn,
  ...sessionsEn,
  ...outcomesEn,
  ...responsesEn,
  ...draftsEn,
  ...commentsEn,
  ...collabEn,
  ...positionsEn,
  ...conventionsEn,
  ...minutesEn,
  ...evidenceEn,
  ...ratificationsEn,
  ...reportingEn,
};

export type TranslationCatalogue = Catalogue<typeof en>;
