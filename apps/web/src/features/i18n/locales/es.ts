import { sharedEs } from './shared/es';
import { authEs } from '../../auth/locales/es';
import { homeEs } from '../../home/locales/es';
import { adminEs } from '../../admin/locales/es';
import { auditEs } from '../../audit/locales/es';
import { dossiersEs } from '../../dossiers/locales/es';
import { sessionsEs } from '../../sessions/locales/es';
import { outcomesEs } from '../../outcomes/locales/es';
import { responsesEs } from '../../responses/locales/es';
import { draftsEs } from '../../drafts/locales/es';
import { commentsEs } from '../../comments/locales/es';
import { collabEs } from '../../collab/locales/es';
import { positionsEs } from '../../positions/locales/es';
import { conventionsEs } from '../../conventions/locales/es';
import { minutesEs } from '../../minutes/locales/es';
import { evidenceEs } from '../../evidence/locales/es';
import { ratificationsEs } from '../../ratifications/locales/es';
import { reportingEs } from '../../reporting/locales/es';
import type { TranslationCatalogue } from './en';

export const es: TranslationCatalogue = {
  ...sharedEs,
  ...authEs,
  ...homeEs,
  ...adminEs,
  ...auditEs,
  ...dossiersEs,
  ...sessionsEs,
  ...outcomesEs,
  ...responsesEs,
  ...draftsEs,
  ...commentsEs,
  ...collabEs,
  ...positionsEs,
  ...conventionsEs,
  ...minutesEs,
  ...evidenceEs,
  ...ratificationsEs,
  ...reportingEs,
};
