import type { OrganizationKind, PlatformRole } from '@tripart/contracts';

/** A fictional country (ISO 3166 user-assigned code) so the demo names no real government. */
export const DEMO_COUNTRY = { code: 'XV', en: 'Valdoria', fr: 'Valdorie', es: 'Valdoria' };

export const DEMO_PASSWORD = 'Tripart-demo-2026';

export const DEMO_ORGANIZATIONS: Array<{ key: string; name: string; acronym: string; kind: OrganizationKind }> = [
  { key: 'ministry', name: 'Ministry of Labour and Social Dialogue', acronym: 'MLSD', kind: 'GOVERNMENT' },
  { key: 'employers', name: 'Valdoria Federation of Employers', acronym: 'VFE', kind: 'EMPLOYERS' },
  { key: 'ncw', name: 'National Confederation of Workers', acronym: 'NCW', kind: 'WORKERS' },
  { key: 'vtuc', name: 'Valdoria Trade Union Congress', acronym: 'VTUC', kind: 'WORKERS' },
  { key: 'ilo', name: 'ILO Country Office for Valdoria', acronym: 'ILO', kind: 'ILO' },
  { key: 'partner', name: 'Nordic Labour Partnership Fund', acronym: 'NLPF', kind: 'PARTNER' },
];

export const DEMO_USERS: Array<{
  email: string;
  displayName: string;
  organization: string;
  role: PlatformRole;
  locale: string;
  part: string;
}> = [
  { email: 'admin@tripart.example', displayName: 'Amina Diallo', organization: 'ilo', role: 'ADMIN', locale: 'en', part: 'administrator' },
  { email: 'facilitator@tripart.example', displayName: 'Jonas Berger', organization: 'ilo', role: 'MEMBER', locale: 'en', part: 'facilitator' },
  { email: 'gov.lead@tripart.example', displayName: 'Marta Quispe', organization: 'ministry', role: 'MEMBER', locale: 'es', part: 'government lead' },
  { email: 'gov.member@tripart.example', displayName: 'Tomás Ferreira', organization: 'ministry', role: 'MEMBER', locale: 'en', part: 'government member' },
  { email: 'emp.lead@tripart.example', displayName: 'Claire Dubois', organization: 'employers', role: 'MEMBER', locale: 'fr', part: 'employers lead' },
  { email: 'emp.member@tripart.example', displayName: 'Kenji Watanabe', organization: 'employers', role: 'MEMBER', locale: 'en', part: 'employers member' },
  { email: 'wrk.lead@tripart.example', displayName: 'Nadia Haddad', organization: 'ncw', role: 'MEMBER', locale: 'en', part: 'workers lead' },
  { email: 'wrk.member@tripart.example', displayName: 'Samuel Okoro', organization: 'vtuc', role: 'MEMBER', locale: 'en', part: 'workers member' },
  { email: 'observer@tripart.example', displayName: 'Ingrid Larsen', organization: 'partner', role: 'MEMBER', locale: 'en', part: 'observer' },
];

/** Who sits where in the demo dossier. */
export const DEMO_SEATS: Array<{ email: string; role: 'DELEGATE' | 'FACILITATOR' | 'OBSERVER'; constituency?: 'GOVERNMENT' | 'EMPLOYERS' | 'WORKERS'; lead?: boolean }> = [
  { email: 'gov.lead@tripart.example', role: 'DELEGATE', constituency: 'GOVERNMENT', lead: true },
  { email: 'gov.member@tripart.example', role: 'DELEGATE', constituency: 'GOVERNMENT' },
  { email: 'emp.lead@tripart.example', role: 'DELEGATE', constituency: 'EMPLOYERS', lead: true },
  { email: 'emp.member@tripart.example', role: 'DELEGATE', constituency: 'EMPLOYERS' },
  { email: 'wrk.lead@tripart.example', role: 'DELEGATE', constituency: 'WORKERS', lead: true },
  { email: 'wrk.member@tripart.example', role: 'DELEGATE', constituency: 'WORKERS' },
  { email: 'observer@tripart.example', role: 'OBSERVER' },
];

/** A few comments so the reader is not empty: plenary ones, and one private to the workers. */
export const DEMO_COMMENTS: Array<{ email: string; article: string; body: string; visibility: 'PLENARY' | 'DELEGATION'; quote?: string; suggestedText?: string }> = [
  { email: 'wrk.lead@tripart.example', article: 'Article 4', body: 'Sixty days is far too long: C087 Art. 2 requires no previous authorisation.', visibility: 'PLENARY', quote: 'within sixty days', suggestedText: 'within fifteen days' },
  { email: 'emp.lead@tripart.example', article: 'Article 7', body: 'Extension to a whole sector needs clear representativeness criteria.', visibility: 'PLENARY', quote: 'extend a collective agreement to a whole sector' },
  { email: 'wrk.member@tripart.example', article: 'Article 2', body: 'Caucus: we can accept the police exclusion if the armed forces list is closed.', visibility: 'DELEGATION', quote: 'Members of the armed forces and the police are excluded' },
];
