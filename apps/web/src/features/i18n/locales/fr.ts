import { sharedFr } from './shared/fr';
import { authFr } from '../../auth/locales/fr';
import { homeFr } from '../../home/locales/fr';
import { adminFr } from '../../admin/locales/fr';
import { auditFr } from '../../audit/locales/fr';
import { dossiersFr } from '../../dossiers/locales/fr';
import { sessionsFr } from '../../sessions/locales/fr';
import { outcomesFr } from '../../outcomes/locales/fr';
import { responsesFr } from '../../responses/locales/fr';
import { draftsFr } from '../../drafts/locales/fr';
import { commentsFr } from '../../comments/locales/fr';
import { collabFr } from '../../collab/locales/fr';
import { positionsFr } from '../../positions/locales/fr';
import { conventionsFr } from '../../conventions/locales/fr';
import { minutesFr } from '../../minutes/locales/fr';
import { evidenceFr } from '../../evidence/locales/fr';
import { ratificationsFr } from '../../ratifications/locales/fr';
import { reportingFr } from '../../reporting/locales/fr';
import type { TranslationCatalogue } from './en';

export const fr: TranslationCatalogue = {
  ...sharedFr,
  ...authFr,
  ...homeFr,
  ...adminFr,
  ...auditFr,
  ...dossiersFr,
  ...sessionsFr,
  ...outcomesFr,
  ...responsesFr,
  ...draftsFr,
  ...commentsFr,
  ...collabFr,
  ...positionsFr,
  ...conventionsFr,
  ...minutesFr,
  ...evidenceFr,
  ...ratificationsFr,
  ...reportingFr,
};
