import { Minutes1796236308007 } from './1796236308007-Minutes';
import { ContributionResponses1796240000000 } from './1796240000000-ContributionResponses';
import { DraftLanguageTags1796241000000 } from './1796241000000-DraftLanguageTags';
import { Ratifications1796250000000 } from './1796250000000-Ratifications';
import { ReportingCycle1796251000000 } from './1796251000000-ReportingCycle';
import { DossierC144Subject1796260000000 } from './1796260000000-DossierC144Subject';
import { RecordReadIndexes1796270000000 } from './1796270000000-RecordReadIndexes';
import { ProvisionMarks1796198866671 } from './1796198866671-ProvisionMarks';
import { AuditChains1796236247178 } from './1796236247178-AuditChains';
import { InvitationWithoutOrganization1796158729322 } from './1796158729322-InvitationWithoutOrganization';
import { DelegationRequests1796158108342 } from './1796158108342-DelegationRequests';
import { SignInLimits1796153459513 } from './1796153459513-SignInLimits';
import { ConventionLinkReview1795844739501 } from './1795844739501-ConventionLinkReview';
import { AgreedText1795839086492 } from './1795839086492-AgreedText';
import { StoredWordDiffs1795836607674 } from './1795836607674-StoredWordDiffs';
import { MentionsByUser1795836237489 } from './1795836237489-MentionsByUser';
import { Positions1795828069476 } from './1795828069476-Positions';
import { Collab1795827106674 } from './1795827106674-Collab';
import { Caucus1795826337082 } from './1795826337082-Caucus';
import { Sessions1795825344129 } from './1795825344129-Sessions';
import { Dossiers1795824383900 } from './1795824383900-Dossiers';
import { Initial1795822401982 } from './1795822401982-Initial';
import { ReferenceData1795822401983 } from './1795822401983-ReferenceData';

/** Every migration, in order. `npm run migration:generate -- <Name>` adds to this list. */
export const MIGRATIONS: Function[] = [
  Initial1795822401982,
  ReferenceData1795822401983,
  Dossiers1795824383900,
  Sessions1795825344129,
  Caucus1795826337082,
  Collab1795827106674,
  Positions1795828069476,
  MentionsByUser1795836237489,
  StoredWordDiffs1795836607674,
  AgreedText1795839086492,
  ConventionLinkReview1795844739501,
  SignInLimits1796153459513,
  DelegationRequests1796158108342,
  InvitationWithoutOrganization1796158729322,
  ProvisionMarks1796198866671,
  AuditChains1796236247178,
  Minutes1796236308007,
  ContributionResponses1796240000000,
  DraftLanguageTags1796241000000,
  Ratifications1796250000000,
  ReportingCycle1796251000000,
  DossierC144Subject1796260000000,
  RecordReadIndexes1796270000000,
];
