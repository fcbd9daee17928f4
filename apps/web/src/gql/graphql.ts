/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

/** What the signed-in person may do across the platform, as the policy says: the web shows what it offers from this, never its own rule. */
export type Abilities = {
  __typename?: 'Abilities';
  /** Open a dossier (administrators and ILO staff). */
  canCreateDossier: Scalars['Boolean']['output'];
  /** Invite and manage people and organizations (administrators). */
  canManagePeople: Scalars['Boolean']['output'];
};

export type AcceptInvitationInput = {
  locale?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AddCommentInput = {
  body: Scalars['String']['input'];
  /** Made by the client: a retry with the same id posts once. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** Participants named with @. */
  mentionUserIds?: Array<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  provisionId: Scalars['ID']['input'];
  quote?: InputMaybe<TextQuoteInput>;
  suggestedText?: InputMaybe<Scalars['String']['input']>;
  /** Ignored for replies: they follow their thread. */
  visibility?: CommentVisibility;
};

export type AddDelegationMemberInput = {
  constituency: Constituency;
  dossierId: Scalars['ID']['input'];
  lead?: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type AddParticipantInput = {
  dossierId: Scalars['ID']['input'];
  /** FACILITATOR or OBSERVER (delegates join with addDelegationMember) */
  role: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** Delegates may edit the joint text (facilitators always can). */
  draftingUnlocked: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  outcome: Maybe<Outcome>;
  position: Scalars['Int']['output'];
  provisionId: Maybe<Scalars['ID']['output']>;
  /** The sides’ stances in the latest consensus check on this item. */
  stances: Array<StanceDeclaration>;
  title: Scalars['String']['output'];
};

export type AgendaItemInput = {
  /** A provision of the current draft; or leave empty for a free topic. */
  provisionId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for a free topic; defaults to the provision’s number and heading. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Attendance = {
  __typename?: 'Attendance';
  id: Scalars['ID']['output'];
  /** Marked present in the room by the facilitator (hybrid meetings). */
  inRoom: Scalars['Boolean']['output'];
  joinedAt: Scalars['DateTime']['output'];
  leftAt: Maybe<Scalars['DateTime']['output']>;
  userId: Scalars['ID']['output'];
};

/** Who may read an event in the activity log. */
export type AuditAudience =
  | 'DELEGATION'
  | 'DELEGATION_AND_MANAGERS'
  | 'DOSSIER'
  | 'MANAGERS';

/** Where a chain breaks first. */
export type AuditBrokenLink = {
  __typename?: 'AuditBrokenLink';
  action: Maybe<Scalars['String']['output']>;
  at: Maybe<Scalars['DateTime']['output']>;
  chainSeq: Maybe<Scalars['String']['output']>;
  /** The place in the chain expected there. */
  expectedChainSeq: Scalars['String']['output'];
  reason: AuditBrokenLinkReason;
  /** The event where it breaks (none when its end was removed). */
  seq: Maybe<Scalars['ID']['output']>;
};

export type AuditBrokenLinkReason =
  | 'ALTERED'
  | 'OUT_OF_SEQUENCE'
  | 'TRUNCATED'
  | 'UNLINKED';

/** One chain’s verification. */
export type AuditChainReport = {
  __typename?: 'AuditChainReport';
  /** Null: the chain verifies. */
  broken: Maybe<AuditBrokenLink>;
  /** The dossier’s id, or `system`. */
  chain: Scalars['String']['output'];
  dossierId: Maybe<Scalars['ID']['output']>;
  /** The dossier’s title, when it still exists. */
  dossierTitle: Maybe<Scalars['String']['output']>;
  events: Scalars['Int']['output'];
  lastChainSeq: Maybe<Scalars['String']['output']>;
  lastHash: Maybe<Scalars['String']['output']>;
};

/** An act recorded in a dossier’s audit chain, as its reader may see it. */
export type AuditLogEvent = {
  __typename?: 'AuditLogEvent';
  action: Scalars['String']['output'];
  /** Who acted (null: the system). */
  actor: Maybe<User>;
  at: Scalars['DateTime']['output'];
  audience: AuditAudience;
  /** Its place in the dossier’s chain. */
  chainSeq: Scalars['String']['output'];
  /** What the event recorded, as JSON. */
  data: Scalars['String']['output'];
  /** Its SHA-256 in the chain. */
  hash: Scalars['String']['output'];
  /** The event’s id (global sequence number): what the record cites. */
  seq: Scalars['ID']['output'];
  /** The side a private event belongs to. */
  side: Maybe<Constituency>;
  subjectId: Maybe<Scalars['ID']['output']>;
};

export type AuditLogPage = {
  __typename?: 'AuditLogPage';
  /** Newest first. */
  events: Array<AuditLogEvent>;
  /** Older events remain: ask again with `before` the last event’s chainSeq. */
  hasMore: Scalars['Boolean']['output'];
};

/** Every audit chain verified, now. */
export type AuditVerification = {
  __typename?: 'AuditVerification';
  brokenChains: Scalars['Int']['output'];
  /** Broken chains first, then by dossier title. */
  chains: Array<AuditChainReport>;
  events: Scalars['Int']['output'];
  milliseconds: Scalars['Int']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

/** A signed-in session: a short-lived access token and a rotating refresh token. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Single use: exchange it with refreshAccessToken for a new pair. */
  refreshToken: Scalars['String']['output'];
  user: User;
};

/** What the consultation concerns under ILO C144, Article 5(1), items (a) to (e). */
export type C144Subject =
  | 'ARTICLE_22_REPORTS'
  | 'COMPETENT_AUTHORITY'
  | 'DENUNCIATION'
  | 'ILC_AGENDA'
  | 'UNRATIFIED_INSTRUMENTS';

/** How many instruments of a category the country is bound by, of how many there are. */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  bound: Scalars['Int']['output'];
  /** How many conventions the category has (none for technical ones: the register knows those it names). */
  of: Maybe<Scalars['Int']['output']>;
};

export type CaucusMessageView = {
  __typename?: 'CaucusMessageView';
  authorName: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** The provision of a later draft that follows the one a contribution was made on, with the words changed since. */
export type ChangedProvision = {
  __typename?: 'ChangedProvision';
  diff: Array<DiffPart>;
  draftId: Scalars['ID']['output'];
  draftVersion: Scalars['Int']['output'];
  heading: Maybe<Scalars['String']['output']>;
  number: Maybe<Scalars['String']['output']>;
  provisionId: Scalars['ID']['output'];
};

/** A comment as its reader may see it; deleted ones keep their place in the thread. */
export type Comment = {
  __typename?: 'Comment';
  author: CommentAuthor;
  /** Null once deleted. */
  body: Maybe<Scalars['String']['output']>;
  canDelete: Scalars['Boolean']['output'];
  canEdit: Scalars['Boolean']['output'];
  canResolve: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  editedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Participants named with @ (none once deleted). */
  mentions: Array<MentionedPerson>;
  /** Its quote is gone from the newest version: it stays on the previous one. */
  onPreviousVersion: Scalars['Boolean']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  provisionId: Scalars['ID']['output'];
  quote: Maybe<TextQuote>;
  replies: Array<Comment>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Proposed wording for the quoted passage. */
  suggestedText: Maybe<Scalars['String']['output']>;
  visibility: CommentVisibility;
};

export type CommentAuthor = {
  __typename?: 'CommentAuthor';
  /** The side the author wrote for, if a delegate. */
  constituency: Maybe<Constituency>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organizationName: Maybe<Scalars['String']['output']>;
};

export type CommentVisibility =
  | 'DELEGATION'
  | 'PLENARY';

export type Constituency =
  | 'EMPLOYERS'
  | 'GOVERNMENT'
  | 'WORKERS';

export type ConsultationSession = {
  __typename?: 'ConsultationSession';
  agenda: Array<AgendaItem>;
  attendance: Array<Attendance>;
  /** My delegation’s private channel in this session (empty for anyone else). */
  caucusMessages: Array<CaucusMessageView>;
  createdAt: Scalars['DateTime']['output'];
  currentRound: Maybe<Round>;
  currentRoundId: Maybe<Scalars['ID']['output']>;
  dossierId: Scalars['ID']['output'];
  endsAt: Scalars['DateTime']['output'];
  floor: Maybe<Floor>;
  /** When the speaker’s time ends (server clock). */
  floorDeadline: Maybe<Scalars['DateTime']['output']>;
  /** The hand that has the floor. */
  floorHandId: Maybe<Scalars['ID']['output']>;
  floorSince: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  interventions: Array<Intervention>;
  /** The side that spoke last: rotation starts after it. */
  lastSpeakerSide: Maybe<Constituency>;
  me: SessionStanding;
  meetingUrl: Maybe<Scalars['String']['output']>;
  place: Maybe<Scalars['String']['output']>;
  queue: Array<QueueEntry>;
  queueMode: QueueMode;
  /** Sequence number of the last change. */
  seq: Scalars['Int']['output'];
  /** The server’s clock now, to correct countdowns. */
  serverTime: Scalars['DateTime']['output'];
  /** Seconds spoken per side, then per person. */
  speakingTotals: Array<SpeakingTotal>;
  startsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
  title: Scalars['String']['output'];
};

/** What a social partner submitted on one provision in one submission: a stance, a rationale or a wording. */
export type Contribution = {
  __typename?: 'Contribution';
  /** The submission the response answers: this one, or an earlier one that said exactly the same (stance, rationale, wording) on the provision — a resubmission that leaves it unchanged keeps its answer. */
  answersSubmissionNumber: Scalars['Int']['output'];
  /** Once a later draft exists: the provision that follows this one there, with its diff. */
  changedProvision: Maybe<ChangedProvision>;
  constituency: Constituency;
  draftId: Scalars['ID']['output'];
  draftVersion: Scalars['Int']['output'];
  /** The side changed what it said here: the newest earlier contribution on the provision that has a recorded response, with it. */
  earlierAnswer: Maybe<EarlierAnswer>;
  /** submissionId:provisionId */
  key: Scalars['ID']['output'];
  proposedWording: Scalars['String']['output'];
  provisionHeading: Maybe<Scalars['String']['output']>;
  provisionId: Scalars['ID']['output'];
  provisionNumber: Maybe<Scalars['String']['output']>;
  rationale: Scalars['String']['output'];
  response: Maybe<GovernmentResponse>;
  stance: Scalars['String']['output'];
  submissionId: Scalars['ID']['output'];
  submissionNumber: Scalars['Int']['output'];
  submittedAt: Scalars['DateTime']['output'];
};

export type ContributionResponses = {
  __typename?: 'ContributionResponses';
  /** Of them, those with a recorded government response. */
  answered: Scalars['Int']['output'];
  /** May I draft responses (a member of the government delegation)? */
  canDraft: Scalars['Boolean']['output'];
  /** May I record them for the government (its lead)? */
  canRecord: Scalars['Boolean']['output'];
  contributions: Array<Contribution>;
  /** Contributions submitted by the social partners (their latest submission on each draft). */
  total: Scalars['Int']['output'];
};

/** An ILO instrument (convention or protocol). */
export type Convention = {
  __typename?: 'Convention';
  category: ConventionCategory;
  /** C087, P029, ... */
  code: Scalars['ID']['output'];
  /** Year it became fundamental (C155 and C187: 2022). */
  fundamentalSince: Maybe<Scalars['Int']['output']>;
  /** The fundamental principle or governance area it serves. */
  principle: Maybe<Scalars['String']['output']>;
  /** Title in the given locale (en, fr, es), else in mine. */
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};


/** An ILO instrument (convention or protocol). */
export type ConventionTitleArgs = {
  locale: InputMaybe<Scalars['String']['input']>;
};

export type ConventionCategory =
  | 'FUNDAMENTAL'
  | 'GOVERNANCE'
  | 'TECHNICAL';

/** For one convention of the dossier: which provisions of the current draft address which of its articles, with gaps noted. */
export type ConventionCoverage = {
  __typename?: 'ConventionCoverage';
  convention: Convention;
  links: Array<ConventionLink>;
};

export type ConventionLink = {
  __typename?: 'ConventionLink';
  /** Article of the convention, e.g. "3" or "4(1)". */
  article: Scalars['String']['output'];
  conventionCode: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** What the provision lacks to comply; empty when it complies. */
  gapNote: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Carried from the previous version to a provision whose text changed: the gap note awaits a facilitator’s review. */
  needsReview: Scalars['Boolean']['output'];
  provision: Provision;
  provisionId: Scalars['ID']['output'];
};

/** A country (ISO 3166-1 alpha-2), named in en/fr/es. */
export type Country = {
  __typename?: 'Country';
  code: Scalars['ID']['output'];
  /** Name in the given locale (en, fr, es), else in mine. */
  name: Scalars['String']['output'];
};


/** A country (ISO 3166-1 alpha-2), named in en/fr/es. */
export type CountryNameArgs = {
  locale: InputMaybe<Scalars['String']['input']>;
};

export type CreateDossierInput = {
  /** The C144 Article 5(1) item (a–e) it concerns, if any. */
  c144Subject?: InputMaybe<C144Subject>;
  commentsDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  conventionCodes?: Array<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 */
  countryCode: Scalars['String']['input'];
  kind?: DossierKind;
  observersMayComment?: Scalars['Boolean']['input'];
  summary?: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type CreateOrganizationInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 */
  countryCode: Scalars['String']['input'];
  kind: OrganizationKind;
  name: Scalars['String']['input'];
};

export type Delegation = {
  __typename?: 'Delegation';
  constituency: Constituency;
  id: Scalars['ID']['output'];
  members: Array<Participant>;
  /** People proposed for this delegation, awaiting a lead: shown to the delegation and to the dossier’s facilitators. */
  requests: Array<DelegationRequest>;
};

/** Seated at once (by a lead of the delegation, or as its first lead), or proposed and awaiting a lead. */
export type DelegationMemberProposal = {
  __typename?: 'DelegationMemberProposal';
  participant: Maybe<Participant>;
  request: Maybe<DelegationRequest>;
};

export type DelegationRequest = {
  __typename?: 'DelegationRequest';
  /** Whether the signed-in person may confirm or decline it (a lead of the delegation). */
  canDecide: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Proposed as a lead of the delegation. */
  lead: Scalars['Boolean']['output'];
  /** Who proposed the person. */
  requestedBy: User;
  user: User;
};

/** A piece of a word-level diff. */
export type DiffPart = {
  __typename?: 'DiffPart';
  /** equal, insert or delete */
  op: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type Dossier = {
  __typename?: 'Dossier';
  /** The C144 Article 5(1) item (a–e) the dossier concerns; none for, say, a labour-law reform. */
  c144Subject: Maybe<C144Subject>;
  /** Comments are welcome until then. */
  commentsDeadline: Maybe<Scalars['DateTime']['output']>;
  /** Threads left on previous versions (never lost, never silently moved). */
  commentsOnPreviousVersions: Array<EarlierThread>;
  conventions: Array<Convention>;
  country: Country;
  /** Per linked convention (and any convention linked from the current draft). */
  coverage: Array<ConventionCoverage>;
  createdAt: Scalars['DateTime']['output'];
  /** The newest version. */
  currentDraft: Maybe<Draft>;
  /** Government, employers, workers: always three. */
  delegations: Array<Delegation>;
  /** Every version, newest first. */
  drafts: Array<Draft>;
  id: Scalars['ID']['output'];
  kind: DossierKind;
  me: DossierStandingView;
  /** Whom I may name with @ in a comment of this visibility: the participants who will read it, me apart. */
  mentionCandidates: Array<Participant>;
  /** Whether observers may write (plenary) comments. */
  observersMayComment: Scalars['Boolean']['output'];
  /** Outcomes recorded in this dossier’s sessions, per provision. */
  outcomes: Array<Outcome>;
  parity: Parity;
  /** Everyone taking part: delegates, facilitators, observers. */
  participants: Array<Participant>;
  /** Sessions, soonest first. */
  sessions: Array<ConsultationSession>;
  status: DossierStatus;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type DossierMentionCandidatesArgs = {
  visibility: CommentVisibility;
};

export type DossierKind =
  | 'LAW_REFORM'
  | 'RATIFICATION'
  | 'SUPERVISORY_REPORT';

/** My place in a dossier and what I may do there, so the client never re-derives the rules. */
export type DossierStandingView = {
  __typename?: 'DossierStandingView';
  /** The delegations I may bring people into (seat, or propose): all three for a facilitator, my own for a lead, none otherwise. */
  canBringInto: Array<Constituency>;
  canComment: Scalars['Boolean']['output'];
  /** May write comments only my delegation sees. */
  canCommentPrivately: Scalars['Boolean']['output'];
  canManage: Scalars['Boolean']['output'];
  /** My delegation’s side, when I am a delegate. */
  constituency: Maybe<Constituency>;
  isLead: Scalars['Boolean']['output'];
  role: Maybe<ParticipantRole>;
};

export type DossierStatus =
  | 'CONCLUDED'
  | 'CONSULTATION'
  | 'PREPARATION';

/** A move of a dossier’s status, as its audit trail recorded it. */
export type DossierStatusChange = {
  __typename?: 'DossierStatusChange';
  at: Scalars['DateTime']['output'];
  /** Who moved it. */
  by: Maybe<User>;
  from: DossierStatus;
  to: DossierStatus;
};

export type Draft = {
  __typename?: 'Draft';
  /** Against the previous version; null for the first. */
  changeSummary: Maybe<DraftChangeSummary>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Language of the legal text (BCP 47), when known. */
  language: Maybe<Scalars['String']['output']>;
  /** Every provision, in document order. */
  provisions: Array<Provision>;
  /** Provisions of the previous version that nothing here follows, each placed where it stood; empty for the first version. */
  removedSincePrevious: Array<RemovedProvision>;
  sourceFilename: Scalars['String']['output'];
  /** DOCX, TEXT, MARKDOWN or AKN */
  sourceFormat: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** What a version changed in the articles of the previous one. */
export type DraftChangeSummary = {
  __typename?: 'DraftChangeSummary';
  added: Scalars['Int']['output'];
  changed: Scalars['Int']['output'];
  removed: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

/** What the side said on the provision in an earlier submission, before it changed it, and the government’s answer to that. */
export type EarlierAnswer = {
  __typename?: 'EarlierAnswer';
  proposedWording: Scalars['String']['output'];
  rationale: Scalars['String']['output'];
  response: GovernmentResponse;
  stance: Scalars['String']['output'];
  submissionId: Scalars['ID']['output'];
  submissionNumber: Scalars['Int']['output'];
};

/** A thread whose quote is gone from the newest version, shown with the text it was written on. */
export type EarlierThread = {
  __typename?: 'EarlierThread';
  /** The provision of the newest version that follows the one the thread is on; null when a later version removed it. */
  followedBy: Maybe<Scalars['ID']['output']>;
  provisionHeading: Maybe<Scalars['String']['output']>;
  provisionNumber: Maybe<Scalars['String']['output']>;
  provisionText: Scalars['String']['output'];
  thread: Comment;
  version: Scalars['Int']['output'];
};

export type EditCommentInput = {
  body: Scalars['String']['input'];
  suggestedText?: InputMaybe<Scalars['String']['input']>;
};

export type EvidenceC144Subject = {
  __typename?: 'EvidenceC144Subject';
  at: Scalars['String']['output'];
  event: Scalars['String']['output'];
  subject: C144Subject;
};

export type EvidenceDraft = {
  __typename?: 'EvidenceDraft';
  at: Scalars['String']['output'];
  event: Scalars['String']['output'];
  /** To whom it was made available: the people seated, per side. */
  to: Array<EvidenceSideCount>;
  version: Scalars['Int']['output'];
};

export type EvidenceInvitation = {
  __typename?: 'EvidenceInvitation';
  at: Scalars['String']['output'];
  constituency: Maybe<Constituency>;
  /** The event’s place in the dossier’s audit chain. */
  event: Scalars['String']['output'];
  lead: Scalars['Boolean']['output'];
  organization: Maybe<Scalars['String']['output']>;
  person: Scalars['String']['output'];
  /** DELEGATE, FACILITATOR or OBSERVER */
  role: Scalars['String']['output'];
};

export type EvidenceMinutes = {
  __typename?: 'EvidenceMinutes';
  at: Scalars['String']['output'];
  event: Scalars['String']['output'];
  /** MINUTES or ADDENDUM */
  kind: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  sealHash: Scalars['String']['output'];
  session: Scalars['String']['output'];
};

export type EvidenceOutcome = {
  __typename?: 'EvidenceOutcome';
  at: Scalars['String']['output'];
  event: Scalars['String']['output'];
  item: Scalars['String']['output'];
  outcome: OutcomeKind;
  session: Scalars['String']['output'];
};

export type EvidencePack = {
  __typename?: 'EvidencePack';
  /** The Article 5(1) item (a–e) the dossier concerns; null when it says none. */
  c144Subject: Maybe<EvidenceC144Subject>;
  /** Contributions of the social partners (provisions of their latest submissions with a stance, rationale or wording). */
  contributions: Scalars['Int']['output'];
  country: Scalars['String']['output'];
  dossierTitle: Scalars['String']['output'];
  drafts: Array<EvidenceDraft>;
  generatedAt: Scalars['String']['output'];
  invitations: Array<EvidenceInvitation>;
  openedAt: Maybe<Scalars['String']['output']>;
  openedEvent: Maybe<Scalars['String']['output']>;
  outcomes: Array<EvidenceOutcome>;
  responses: Array<EvidenceResponse>;
  sealedMinutes: Array<EvidenceMinutes>;
  sessions: Array<EvidenceSession>;
  submissions: Array<EvidenceSubmission>;
  /** The last event of the dossier’s chain the pack was read up to. */
  upToEvent: Scalars['String']['output'];
};

export type EvidenceResponse = {
  __typename?: 'EvidenceResponse';
  at: Scalars['String']['output'];
  /** The side whose contribution it answers. */
  constituency: Constituency;
  event: Scalars['String']['output'];
  provision: Scalars['String']['output'];
  verdict: Scalars['String']['output'];
};

export type EvidenceSession = {
  __typename?: 'EvidenceSession';
  /** When it started (session.live). */
  at: Scalars['String']['output'];
  /** Who attended, per side. */
  attendance: Array<EvidenceSideCount>;
  closedAt: Maybe<Scalars['String']['output']>;
  closedEvent: Maybe<Scalars['String']['output']>;
  /** Whole days between that version being made available and the start. */
  daysAfterDraft: Maybe<Scalars['Int']['output']>;
  /** The draft version in the parties’ hands when it started. */
  draftVersion: Maybe<Scalars['Int']['output']>;
  event: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type EvidenceSideCount = {
  __typename?: 'EvidenceSideCount';
  people: Scalars['Int']['output'];
  /** GOVERNMENT, EMPLOYERS, WORKERS or OTHERS (facilitators, observers) */
  side: Scalars['String']['output'];
};

export type EvidenceSubmission = {
  __typename?: 'EvidenceSubmission';
  at: Scalars['String']['output'];
  constituency: Constituency;
  draftVersion: Maybe<Scalars['Int']['output']>;
  event: Scalars['String']['output'];
  number: Scalars['Int']['output'];
};

export type Floor = {
  __typename?: 'Floor';
  /** Server clock; clients correct with serverTime. */
  deadline: Scalars['DateTime']['output'];
  hand: Hand;
  person: PersonRef;
  since: Scalars['DateTime']['output'];
};

/** The government’s response to one contribution. A DRAFT is shown to the government delegation only. */
export type GovernmentResponse = {
  __typename?: 'GovernmentResponse';
  id: Scalars['ID']['output'];
  reasons: Scalars['String']['output'];
  recordedAt: Maybe<Scalars['DateTime']['output']>;
  status: ResponseStatus;
  updatedAt: Scalars['DateTime']['output'];
  verdict: ResponseVerdict;
};

export type Hand = {
  __typename?: 'Hand';
  constituency: Constituency;
  id: Scalars['ID']['output'];
  kind: HandKind;
  /** Set when the facilitator reordered the queue: clients order a pushed queue from it. */
  manualPosition: Maybe<Scalars['Int']['output']>;
  raisedAt: Scalars['DateTime']['output'];
  /** WAITING, SPEAKING, DONE or LOWERED */
  status: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type HandKind =
  | 'NORMAL'
  | 'POINT_OF_ORDER'
  | 'RIGHT_OF_REPLY';

export type Intervention = {
  __typename?: 'Intervention';
  agendaItemId: Maybe<Scalars['ID']['output']>;
  constituency: Constituency;
  durationSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  roundId: Maybe<Scalars['ID']['output']>;
  speakerId: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
};

export type InterventionSummaryInput = {
  id: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
};

export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** None for the first administrator, invited before any organization existed. */
  organization: Maybe<Organization>;
  role: PlatformRole;
};

/** A new invitation and the link to send; the token is shown only once. */
export type InvitationLink = {
  __typename?: 'InvitationLink';
  invitation: Invitation;
  token: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** What an invitee sees before accepting. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  organizationName: Scalars['String']['output'];
};

export type InviteUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  role?: PlatformRole;
};

export type LinkConventionInput = {
  /** Article of the convention: "3", "4(1)", "2 bis". */
  article: Scalars['String']['input'];
  /** C087, P029, ... */
  conventionCode: Scalars['String']['input'];
  gapNote?: Scalars['String']['input'];
  provisionId: Scalars['ID']['input'];
};

/** A comment that names me with @, as I may see it today. */
export type Mention = {
  __typename?: 'Mention';
  authorName: Scalars['String']['output'];
  /** The comment. */
  commentId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  dossierId: Scalars['ID']['output'];
  dossierTitle: Scalars['String']['output'];
  /** The draft (version) the comment is on. */
  draftId: Scalars['ID']['output'];
  /** Version of the draft the comment is on. */
  draftVersion: Scalars['Int']['output'];
  /** The comment’s words (at most 280 characters). */
  excerpt: Scalars['String']['output'];
  provisionHeading: Maybe<Scalars['String']['output']>;
  provisionId: Scalars['ID']['output'];
  /** Number of the provision, e.g. "Article 3". */
  provisionNumber: Maybe<Scalars['String']['output']>;
  visibility: CommentVisibility;
};

/** A participant named with @ in a comment. */
export type MentionedPerson = {
  __typename?: 'MentionedPerson';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type MinutesApprovalView = {
  __typename?: 'MinutesApprovalView';
  comment: Scalars['String']['output'];
  decidedAt: Scalars['DateTime']['output'];
  /** Who decided, by name. */
  decidedBy: Scalars['String']['output'];
  decision: MinutesDecision;
  signatory: MinutesSignatory;
};

export type MinutesAttendeeView = {
  __typename?: 'MinutesAttendeeView';
  constituency: Maybe<Constituency>;
  name: Scalars['String']['output'];
  organization: Maybe<Scalars['String']['output']>;
  /** DELEGATE, FACILITATOR or OBSERVER */
  role: Scalars['String']['output'];
  stretches: Array<MinutesPresence>;
  userId: Scalars['ID']['output'];
};

export type MinutesContentView = {
  __typename?: 'MinutesContentView';
  attendance: Array<MinutesAttendeeView>;
  closing: Scalars['String']['output'];
  items: Array<MinutesItemView>;
  kind: MinutesKind;
  opening: Scalars['String']['output'];
  session: MinutesSessionFacts;
};

export type MinutesDecision =
  | 'APPROVED'
  | 'CHANGES_REQUESTED';

export type MinutesInterventionView = {
  __typename?: 'MinutesInterventionView';
  constituency: Constituency;
  durationSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: HandKind;
  organization: Maybe<Scalars['String']['output']>;
  speaker: Scalars['String']['output'];
  startedAt: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

export type MinutesItemNarrativeInput = {
  agendaItemId: Scalars['ID']['input'];
  interventions?: InputMaybe<Array<InterventionSummaryInput>>;
  notes?: InputMaybe<Scalars['String']['input']>;
};

export type MinutesItemView = {
  __typename?: 'MinutesItemView';
  agendaItemId: Scalars['ID']['output'];
  interventions: Array<MinutesInterventionView>;
  notes: Scalars['String']['output'];
  outcome: Maybe<MinutesOutcomeView>;
  position: Scalars['Int']['output'];
  provisionId: Maybe<Scalars['ID']['output']>;
  /** Outcomes withdrawn by the chair to look at the item again, oldest first. */
  reopenings: Array<MinutesReopeningView>;
  stances: Array<MinutesStanceView>;
  title: Scalars['String']['output'];
};

export type MinutesKind =
  | 'ADDENDUM'
  | 'MINUTES';

export type MinutesNarrativeInput = {
  closing?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<MinutesItemNarrativeInput>>;
  opening?: InputMaybe<Scalars['String']['input']>;
};

export type MinutesOutcomeView = {
  __typename?: 'MinutesOutcomeView';
  agreedText: Maybe<Scalars['String']['output']>;
  note: Scalars['String']['output'];
  outcome: OutcomeKind;
  recordedAt: Scalars['String']['output'];
  reservations: SideReservations;
};

export type MinutesPresence = {
  __typename?: 'MinutesPresence';
  inRoom: Scalars['Boolean']['output'];
  joinedAt: Scalars['String']['output'];
  leftAt: Maybe<Scalars['String']['output']>;
};

export type MinutesReopeningView = {
  __typename?: 'MinutesReopeningView';
  at: Scalars['String']['output'];
  /** Who reopened the item, by name. */
  by: Scalars['String']['output'];
  /** The outcome withdrawn. */
  outcome: OutcomeKind;
  reason: Scalars['String']['output'];
};

export type MinutesRevisionView = {
  __typename?: 'MinutesRevisionView';
  approvals: Array<MinutesApprovalView>;
  content: MinutesContentView;
  /** SHA-256 of the canonical content. */
  contentHash: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  number: Scalars['Int']['output'];
  /** When it was sent for approval; a sent revision never changes. */
  sentAt: Maybe<Scalars['DateTime']['output']>;
};

export type MinutesSessionFacts = {
  __typename?: 'MinutesSessionFacts';
  /** Who chaired: the facilitators who attended. */
  chairs: Array<Scalars['String']['output']>;
  endsAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  meetingUrl: Maybe<Scalars['String']['output']>;
  place: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type MinutesSignatory =
  | 'EMPLOYERS'
  | 'FACILITATOR'
  | 'GOVERNMENT'
  | 'WORKERS';

export type MinutesStanceView = {
  __typename?: 'MinutesStanceView';
  constituency: Constituency;
  declaredAt: Scalars['String']['output'];
  reservation: Scalars['String']['output'];
  stance: SideStance;
};

export type MinutesState =
  | 'DRAFT'
  | 'SEALED'
  | 'SENT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Set a password, create the account and sign in. */
  acceptInvitation: AuthPayload;
  /** Comment on a provision (or reply). DELEGATION: my delegation only; PLENARY: everyone on the dossier. */
  addComment: Comment;
  /** Seat a person in a delegation: by a lead of it, or by a facilitator as its first lead. Anyone else proposes (proposeDelegationMember). */
  addDelegationMember: Participant;
  /** Add an addendum to sealed minutes (the chair): approved and sealed as minutes are. */
  addMinutesAddendum: Array<SessionMinutes>;
  /** Add a facilitator or an observer (facilitators). */
  addParticipant: Participant;
  /** A lead of the delegation confirms a proposed member, who is seated. */
  confirmDelegationRequest: Participant;
  /** Open a dossier with its three delegations; I facilitate it. */
  createDossier: Dossier;
  createOrganization: Organization;
  /** Approve the revision awaiting approval, or ask for changes, for my side (its lead) or as the chair. All four approvals seal it. */
  decideOnMinutes: Array<SessionMinutes>;
  /** A lead of the delegation declines a proposed member (or the proposer withdraws the proposal). */
  declineDelegationRequest: Scalars['Boolean']['output'];
  /** Delete a comment: a tombstone stays in the thread. */
  deleteComment: Comment;
  /** Edit my comment; the earlier wording is kept in its history. */
  editComment: Comment;
  /** Generate a closed session’s minutes from its record (the chair): revision 1, a draft. */
  generateMinutes: Array<SessionMinutes>;
  /** Invite a person; returns the single-use link to send them. */
  inviteUser: InvitationLink;
  /** Link a provision to a convention article, with a gap note (facilitators). */
  linkConvention: ConventionLink;
  /** The gap note of a link carried to a changed provision still holds: it no longer needs review (facilitators). */
  markConventionLinkReviewed: ConventionLink;
  /** Bring a person into a delegation: a lead of it seats them; a facilitator seats its first lead, else proposes them and a lead of the delegation confirms (C144 Art. 3). */
  proposeDelegationMember: DelegationMemberProposal;
  /** Record (or correct) a country’s standing towards one instrument; audited. */
  recordRatification: RatificationEntry;
  /** Exchange a refresh token for a new access and refresh token. */
  refreshAccessToken: AuthPayload;
  /** Remove a person from the dossier; their access ends at once. */
  removeParticipant: Scalars['Boolean']['output'];
  /** Remove an entry recorded by mistake; audited. */
  removeRatification: Scalars['Boolean']['output'];
  /** Resolve (or reopen) a thread. */
  resolveComment: Comment;
  /** Draft (government delegates) or record (its leads) the government’s response to a contribution. */
  respondToContribution: GovernmentResponse;
  /** Save the narrative parts (the chair): into the newest revision until it is sent, else into a new one. */
  saveMinutesNarrative: Array<SessionMinutes>;
  /** Schedule a consultation session with its agenda (facilitators). */
  scheduleSession: ConsultationSession;
  /** Send the newest revision for approval (the chair); it never changes afterwards. */
  sendMinutes: Array<SessionMinutes>;
  /** Make a delegate a lead of their delegation, or not: by a lead of it; a facilitator may only give a delegation left without a lead one from among its members. */
  setDelegationLead: Participant;
  /** Say which C144 Article 5(1) item (a–e) the dossier concerns, or none (null): the facilitators’ and administrators’ call, audited. */
  setDossierC144Subject: Dossier;
  /** Disable (or enable again) an account; disabling ends its sign-ins. */
  setUserDisabled: User;
  /** Sign in with email and password. */
  signIn: AuthPayload;
  /** Sign out: the refresh token and its predecessors stop working. */
  signOut: Scalars['Boolean']['output'];
  /** Submit my delegation’s position paper as it stands now (leads). Later ones supersede it. */
  submitPosition: PositionSubmission;
  unlinkConvention: Scalars['Boolean']['output'];
  updateDossier: Dossier;
  /** Change my name or language. */
  updateMyProfile: User;
  updateOrganization: Organization;
  /** Set the reporting cycle (administrators; audited). */
  updateReportingCycle: ReportingCycleView;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddDelegationMemberArgs = {
  input: AddDelegationMemberInput;
};


export type MutationAddMinutesAddendumArgs = {
  minutesId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationAddParticipantArgs = {
  input: AddParticipantInput;
};


export type MutationConfirmDelegationRequestArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationCreateDossierArgs = {
  input: CreateDossierInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationDecideOnMinutesArgs = {
  comment?: Scalars['String']['input'];
  decision: MinutesDecision;
  minutesId: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
};


export type MutationDeclineDelegationRequestArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditCommentArgs = {
  id: Scalars['ID']['input'];
  input: EditCommentInput;
};


export type MutationGenerateMinutesArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLinkConventionArgs = {
  input: LinkConventionInput;
};


export type MutationMarkConventionLinkReviewedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProposeDelegationMemberArgs = {
  input: AddDelegationMemberInput;
};


export type MutationRecordRatificationArgs = {
  input: RecordRatificationInput;
};


export type MutationRefreshAccessTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveParticipantArgs = {
  participantId: Scalars['ID']['input'];
};


export type MutationRemoveRatificationArgs = {
  conventionCode: Scalars['ID']['input'];
  countryCode: Scalars['ID']['input'];
};


export type MutationResolveCommentArgs = {
  id: Scalars['ID']['input'];
  resolved?: Scalars['Boolean']['input'];
};


export type MutationRespondToContributionArgs = {
  input: RespondToContributionInput;
};


export type MutationSaveMinutesNarrativeArgs = {
  minutesId: Scalars['ID']['input'];
  narrative: MinutesNarrativeInput;
};


export type MutationScheduleSessionArgs = {
  input: ScheduleSessionInput;
};


export type MutationSendMinutesArgs = {
  minutesId: Scalars['ID']['input'];
};


export type MutationSetDelegationLeadArgs = {
  lead: Scalars['Boolean']['input'];
  participantId: Scalars['ID']['input'];
};


export type MutationSetDossierC144SubjectArgs = {
  dossierId: Scalars['ID']['input'];
  subject: InputMaybe<C144Subject>;
};


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationSubmitPositionArgs = {
  delegationId: Scalars['ID']['input'];
  draftId: Scalars['ID']['input'];
};


export type MutationUnlinkConventionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateDossierArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDossierInput;
};


export type MutationUpdateMyProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


export type MutationUpdateReportingCycleArgs = {
  input: ReportingCycleInput;
};

/** A ministry, federation, confederation, ILO office or partner. */
export type Organization = {
  __typename?: 'Organization';
  acronym: Maybe<Scalars['String']['output']>;
  /** The side it speaks for, if one of the three. */
  constituency: Maybe<Constituency>;
  country: Country;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type OrganizationKind =
  | 'EMPLOYERS'
  | 'GOVERNMENT'
  | 'ILO'
  | 'PARTNER'
  | 'WORKERS';

export type Outcome = {
  __typename?: 'Outcome';
  agendaItemId: Scalars['ID']['output'];
  /** The joint text as it stood when consensus was recorded: the item’s agreed text. */
  agreedText: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  outcome: OutcomeKind;
  provisionId: Maybe<Scalars['ID']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  reservations: SideReservations;
};

export type OutcomeKind =
  | 'CONSENSUS'
  | 'CONSENSUS_WITH_RESERVATIONS'
  | 'DEFERRED'
  | 'NO_CONSENSUS';

/** Members per side. */
export type Parity = {
  __typename?: 'Parity';
  employers: Scalars['Int']['output'];
  government: Scalars['Int']['output'];
  workers: Scalars['Int']['output'];
};

export type Participant = {
  __typename?: 'Participant';
  /** Whether the signed-in person may make this delegate a lead, or not (mayChangeLead). */
  canChangeLead: Scalars['Boolean']['output'];
  /** The side of the delegation, for delegates. */
  constituency: Maybe<Constituency>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Speaks for the delegation: submits its position, approves minutes. */
  isLead: Scalars['Boolean']['output'];
  role: ParticipantRole;
  user: User;
};

export type ParticipantRole =
  | 'DELEGATE'
  | 'FACILITATOR'
  | 'OBSERVER';

export type PersonRef = {
  __typename?: 'PersonRef';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type PlatformRole =
  | 'ADMIN'
  | 'MEMBER';

export type PositionSubmission = {
  __typename?: 'PositionSubmission';
  constituency: Constituency;
  content: SubmissionContent;
  /** SHA-256 of the content. */
  contentHash: Scalars['String']['output'];
  delegationId: Scalars['ID']['output'];
  dossierId: Scalars['ID']['output'];
  draftId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** 1 for the first submission of this delegation on this draft, then 2, ... */
  number: Scalars['Int']['output'];
  submittedAt: Scalars['DateTime']['output'];
};

export type Provision = {
  __typename?: 'Provision';
  /** Comments I may see, not deleted. */
  commentCount: Scalars['Int']['output'];
  /** Threads I may see, oldest first; deleted comments as tombstones. */
  comments: Array<Comment>;
  conventionLinks: Array<ConventionLink>;
  depth: Scalars['Int']['output'];
  /** Word-level changes from the matching provision of the previous version. */
  diff: Maybe<Array<DiffPart>>;
  heading: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  /** PART, TITLE, CHAPTER, SECTION, DIVISION, SCHEDULE or PREAMBLE (containers); RECITAL, a recital of the preamble; ARTICLE, the numbered unit whatever the draft calls it (article, section, rule, regulation, clause, an amendment); PARAGRAPH; or CONCLUSIONS, the closing block (place, date, signatures) */
  kind: Scalars['String']['output'];
  /** Emphasis, references and definitions in `text`, as ranges of it; the text itself is plain. */
  marks: Array<TextMark>;
  /** How it was matched: KEY, NUMBER or SIMILARITY. */
  matchedBy: Maybe<Scalars['String']['output']>;
  notes: Array<Scalars['String']['output']>;
  number: Maybe<Scalars['String']['output']>;
  parentId: Maybe<Scalars['ID']['output']>;
  /** Place in document order, from 0. */
  position: Scalars['Int']['output'];
  /** The matching provision of the previous version, if any. */
  previousId: Maybe<Scalars['ID']['output']>;
  text: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Verifies every audit chain now, as `npm run audit:verify` does: each chain’s state and first broken link. */
  auditVerification: AuditVerification;
  /** A session’s whole current state, with its sequence number. */
  consultationSession: ConsultationSession;
  /** Every submitted contribution of a dossier with the government’s response, and how many are answered. */
  contributionResponses: ContributionResponses;
  /** ILO instruments: fundamental and governance conventions. */
  conventions: Array<Convention>;
  /** All countries (ISO 3166-1). */
  countries: Array<Country>;
  dossier: Dossier;
  /** The dossier’s activity log: the audited acts this person may see (the policy’s canSeeAuditEvent), newest first. */
  dossierActivity: AuditLogPage;
  /** People one may bring in: for a facilitator, with a side, members of that side’s organizations in the dossier’s country, without, anyone; for a lead of a delegation, members of their own side’s organizations. Never those already taking part. */
  dossierCandidates: Array<User>;
  /** Who moved the dossier’s status, when, from what to what; oldest first. */
  dossierStatusHistory: Array<DossierStatusChange>;
  /** The dossiers I take part in (administrators: all). */
  dossiers: Array<Dossier>;
  draft: Draft;
  /** The dossier’s C144 evidence pack, generated from its audit trail: each fact names the event that proves it. */
  evidencePack: EvidencePack;
  /** Who an invitation is for, before accepting it. */
  invitation: InvitationPreview;
  /** Invitations not yet accepted nor expired. */
  invitations: Array<Invitation>;
  /** The signed-in person. */
  me: User;
  /** Comments naming me with @ that I may still see, newest first. */
  myMentions: Array<Mention>;
  organizations: Array<Organization>;
  /** Every submitted position of a dossier, oldest first: what the plenary sees. */
  positionSubmissions: Array<PositionSubmission>;
  /** Some provisions, in the order asked (at most 100): e.g. to refresh the threads a live event names, without reloading the draft. */
  provisions: Array<Provision>;
  /** A country’s ratification register, NORMLEX’s summary of it and its gap. */
  ratificationRegister: RatificationRegister;
  /** The reports to the ILO supervisory bodies a country owes in a year, from its ratifications and the cycle. */
  reportingCalendar: ReportingCalendar;
  /** The regular reporting cycle’s settings. */
  reportingCycle: ReportingCycleView;
  /** A session’s minutes and their addenda, oldest first: empty until the chair generates them. */
  sessionMinutes: Array<SessionMinutes>;
  /** Sessions of my dossiers not yet closed, soonest first. */
  upcomingSessions: Array<ConsultationSession>;
  /** Everyone with an account (administrators). */
  users: Array<User>;
};


export type QueryConsultationSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContributionResponsesArgs = {
  dossierId: Scalars['ID']['input'];
};


export type QueryDossierArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDossierActivityArgs = {
  before: InputMaybe<Scalars['String']['input']>;
  dossierId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryDossierCandidatesArgs = {
  constituency: InputMaybe<Constituency>;
  dossierId: Scalars['ID']['input'];
};


export type QueryDossierStatusHistoryArgs = {
  dossierId: Scalars['ID']['input'];
};


export type QueryDraftArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvidencePackArgs = {
  dossierId: Scalars['ID']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryMyMentionsArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryPositionSubmissionsArgs = {
  dossierId: Scalars['ID']['input'];
  latest?: Scalars['Boolean']['input'];
};


export type QueryProvisionsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryRatificationRegisterArgs = {
  countryCode: Scalars['ID']['input'];
};


export type QueryReportingCalendarArgs = {
  countryCode: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QuerySessionMinutesArgs = {
  sessionId: Scalars['ID']['input'];
};

/** A waiting hand and its place; every client gets the same order. */
export type QueueEntry = {
  __typename?: 'QueueEntry';
  hand: Hand;
  person: PersonRef;
  position: Scalars['Int']['output'];
};

export type QueueMode =
  | 'FIFO'
  | 'ROTATION';

/** A country’s standing towards one ILO instrument. */
export type RatificationEntry = {
  __typename?: 'RatificationEntry';
  abrogation: Maybe<Scalars['String']['output']>;
  automaticDenunciation: Scalars['Boolean']['output'];
  convention: Convention;
  declarations: Array<Scalars['String']['output']>;
  /** The later convention that denounced it automatically. */
  denouncedBy: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  denouncedOn: Maybe<Scalars['String']['output']>;
  /** The RATIFICATION dossier that consulted the three sides on it. */
  dossierId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  ratifiedOn: Maybe<Scalars['String']['output']>;
  status: RatificationStatus;
  updatedAt: Scalars['DateTime']['output'];
};

/** A country’s ratification register, its summary and its gap. */
export type RatificationRegister = {
  __typename?: 'RatificationRegister';
  /** Whether the signed-in person may change the register. */
  canEdit: Scalars['Boolean']['output'];
  country: Country;
  entries: Array<RatificationEntry>;
  /** Fundamental and governance conventions the country is not bound by (never ratified, or denounced). */
  gap: Array<Convention>;
  summary: RatificationSummary;
};

export type RatificationStatus =
  | 'ABROGATED'
  | 'DENOUNCED'
  | 'IN_FORCE'
  | 'NOT_IN_FORCE'
  | 'NOT_RATIFIED';

/** The register in NORMLEX’s words: per category, and ratified / in force / denounced / abrogated. */
export type RatificationSummary = {
  __typename?: 'RatificationSummary';
  abrogated: Scalars['Int']['output'];
  /** Conventions ever ratified (in force, not in force, denounced or abrogated). */
  conventionsRatified: Scalars['Int']['output'];
  denounced: Scalars['Int']['output'];
  fundamental: CategoryCount;
  governance: CategoryCount;
  inForce: Scalars['Int']['output'];
  notInForce: Scalars['Int']['output'];
  protocolsRatified: Scalars['Int']['output'];
  technical: CategoryCount;
};

export type RecordRatificationInput = {
  abrogation?: InputMaybe<Scalars['String']['input']>;
  automaticDenunciation?: Scalars['Boolean']['input'];
  conventionCode: Scalars['ID']['input'];
  countryCode: Scalars['ID']['input'];
  declarations?: Array<Scalars['String']['input']>;
  denouncedBy?: InputMaybe<Scalars['String']['input']>;
  denouncedOn?: InputMaybe<Scalars['String']['input']>;
  /** The RATIFICATION dossier of this country that consulted the three sides on it (its facilitators link it). */
  dossierId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  ratifiedOn?: InputMaybe<Scalars['String']['input']>;
  status: RatificationStatus;
};

/** A provision of the previous version that no provision of this one follows: shown where it stood, as removed. */
export type RemovedProvision = {
  __typename?: 'RemovedProvision';
  /** The provision of this version after which it stood; null: before the first. */
  afterId: Maybe<Scalars['ID']['output']>;
  heading: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  number: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

/** A report a country owes on one convention in a year. */
export type ReportDueView = {
  __typename?: 'ReportDueView';
  convention: Convention;
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  kind: ReportKind;
  /** YYYY-MM-DD */
  windowOpens: Scalars['String']['output'];
};

export type ReportKind =
  | 'FIRST'
  | 'REGULAR';

/** The reports a country owes in a year, from its ratifications and the cycle. */
export type ReportingCalendar = {
  __typename?: 'ReportingCalendar';
  country: Country;
  cycle: ReportingCycleView;
  reports: Array<ReportDueView>;
  year: Scalars['Int']['output'];
};

export type ReportingCycleInput = {
  dueOn: Scalars['String']['input'];
  longCycleGroups: Array<Scalars['String']['input']>;
  longCycleYears: Scalars['Int']['input'];
  shortCycleGroups: Array<Scalars['String']['input']>;
  shortCycleYears: Scalars['Int']['input'];
  startYear: Scalars['Int']['input'];
  windowOpens: Scalars['String']['input'];
};

/** The regular reporting cycle (article 22 of the ILO Constitution), as set. */
export type ReportingCycleView = {
  __typename?: 'ReportingCycleView';
  /** MM-DD */
  dueOn: Scalars['String']['output'];
  /** Whether these are the shipped defaults (no administrator changed them). */
  isDefault: Scalars['Boolean']['output'];
  longCycleGroups: Array<Scalars['String']['output']>;
  longCycleYears: Scalars['Int']['output'];
  /** Letter ranges of country names, in the order they report: A-F, G-N, O-Z. */
  shortCycleGroups: Array<Scalars['String']['output']>;
  shortCycleYears: Scalars['Int']['output'];
  /** The year the first group of each cycle reports in. */
  startYear: Scalars['Int']['output'];
  /** MM-DD */
  windowOpens: Scalars['String']['output'];
};

export type RespondToContributionInput = {
  dossierId: Scalars['ID']['input'];
  provisionId: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
  /** Record it for the government (leads), which shows it to everyone seated; otherwise saved as a draft. */
  record?: Scalars['Boolean']['input'];
  submissionId: Scalars['ID']['input'];
  verdict: ResponseVerdict;
};

export type ResponseStatus =
  | 'DRAFT'
  | 'RECORDED';

export type ResponseVerdict =
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'PARTLY_ACCEPTED';

export type Round = {
  __typename?: 'Round';
  agendaItemId: Scalars['ID']['output'];
  /** End of a caucus break. */
  caucusEndsAt: Maybe<Scalars['DateTime']['output']>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: RoundKind;
  openedAt: Scalars['DateTime']['output'];
  speakingSeconds: Scalars['Int']['output'];
};

export type RoundKind =
  | 'CAUCUS_BREAK'
  | 'CONSENSUS_CHECK'
  | 'OPENING_STATEMENTS'
  | 'PROVISION_REVIEW';

export type ScheduleSessionInput = {
  agenda: Array<AgendaItemInput>;
  dossierId: Scalars['ID']['input'];
  endsAt: Scalars['DateTime']['input'];
  meetingUrl?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type SessionMinutes = {
  __typename?: 'SessionMinutes';
  addendumToId: Maybe<Scalars['ID']['output']>;
  /** Whether the signed-in person edits and sends these minutes (the chair). */
  canDraft: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: MinutesKind;
  /** For whom the signed-in person approves (null: nobody). */
  mySignatory: Maybe<MinutesSignatory>;
  /** Oldest first. */
  revisions: Array<MinutesRevisionView>;
  /** The audit event that recorded the seal. */
  sealEventSeq: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the sealed revision’s canonical content. */
  sealHash: Maybe<Scalars['String']['output']>;
  sealedAt: Maybe<Scalars['DateTime']['output']>;
  sealedRevision: Maybe<Scalars['Int']['output']>;
  sessionId: Scalars['ID']['output'];
  state: MinutesState;
};

/** What I may do in this session. */
export type SessionStanding = {
  __typename?: 'SessionStanding';
  canDeclareStance: Scalars['Boolean']['output'];
  canRun: Scalars['Boolean']['output'];
  canSpeak: Scalars['Boolean']['output'];
  constituency: Maybe<Constituency>;
};

export type SessionStatus =
  | 'ADJOURNED'
  | 'CLOSED'
  | 'LIVE'
  | 'SCHEDULED';

export type SideReservations = {
  __typename?: 'SideReservations';
  EMPLOYERS: Maybe<Scalars['String']['output']>;
  GOVERNMENT: Maybe<Scalars['String']['output']>;
  WORKERS: Maybe<Scalars['String']['output']>;
};

export type SideStance =
  | 'ABSTAIN'
  | 'AGREE'
  | 'AGREE_WITH_RESERVATION'
  | 'DISAGREE';

export type SpeakingTotal = {
  __typename?: 'SpeakingTotal';
  constituency: Constituency;
  /** Null in the per-side totals. */
  person: Maybe<PersonRef>;
  seconds: Scalars['Int']['output'];
};

export type StanceDeclaration = {
  __typename?: 'StanceDeclaration';
  agendaItemId: Scalars['ID']['output'];
  constituency: Constituency;
  declaredAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reservation: Scalars['String']['output'];
  roundId: Scalars['ID']['output'];
  stance: SideStance;
};

export type SubmissionContent = {
  __typename?: 'SubmissionContent';
  general: Scalars['String']['output'];
  provisions: Array<SubmittedProvision>;
};

export type SubmittedProvision = {
  __typename?: 'SubmittedProvision';
  proposedWording: Scalars['String']['output'];
  provisionId: Scalars['ID']['output'];
  rationale: Scalars['String']['output'];
  /** SUPPORT, SUPPORT_WITH_AMENDMENTS, OPPOSE, RESERVE or NO_POSITION */
  stance: Scalars['String']['output'];
};

/** Inline structure of a provision’s text that carries meaning, as a range of its plain text. */
export type TextMark = {
  __typename?: 'TextMark';
  /** UTF-16 offset in the text where the mark ends (excluded). */
  end: Scalars['Int']['output'];
  /** STRONG, EMPHASIS, UNDERLINE, SUPERSCRIPT, SUBSCRIPT, REFERENCE, DEFINITION or TERM */
  kind: Scalars['String']['output'];
  /** UTF-16 offset in the text where the mark starts. */
  start: Scalars['Int']['output'];
  /** A REFERENCE to a provision of the same draft: its key. */
  target: Maybe<Scalars['String']['output']>;
};

/** W3C Web Annotation TextQuoteSelector: the quoted words and a little context. */
export type TextQuote = {
  __typename?: 'TextQuote';
  exact: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  suffix: Scalars['String']['output'];
};

export type TextQuoteInput = {
  exact: Scalars['String']['input'];
  prefix?: Scalars['String']['input'];
  suffix?: Scalars['String']['input'];
};

export type UpdateDossierInput = {
  /** Concluding while something is left undone (a submitted contribution without a government response): why, recorded by the facilitator in the audit trail. */
  closingNote?: InputMaybe<Scalars['String']['input']>;
  commentsDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  conventionCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  observersMayComment?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<DossierStatus>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganizationInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** en, fr or es */
  locale?: InputMaybe<Scalars['String']['input']>;
};

/** A person who signs in to Tripart. */
export type User = {
  __typename?: 'User';
  /** What this person may do across the platform: given to the person themselves only. */
  abilities: Maybe<Abilities>;
  createdAt: Scalars['DateTime']['output'];
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  /** Shown to the person, to administrators and to the facilitators of a dossier the person takes part in; null to everyone else. */
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  organizations: Array<Organization>;
  role: PlatformRole;
};

export type CountriesQueryVariables = Exact<{
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type CountriesQuery = { __typename?: 'Query', countries: Array<{ __typename?: 'Country', code: string, name: string }> };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, name: string, acronym: string | null, kind: OrganizationKind, constituency: Constituency | null, memberCount: number, country: { __typename?: 'Country', code: string, name: string } } };

export type InvitationRowFragment = { __typename?: 'Invitation', id: string, email: string, displayName: string, role: PlatformRole, expiresAt: string, acceptedAt: string | null, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string, acronym: string | null } | null };

export type PendingInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingInvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, displayName: string, role: PlatformRole, expiresAt: string, acceptedAt: string | null, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string, acronym: string | null } | null }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'InvitationLink', url: string, token: string, invitation: { __typename?: 'Invitation', id: string, email: string, displayName: string, role: PlatformRole, expiresAt: string, acceptedAt: string | null, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string, acronym: string | null } | null } } };

export type OrganizationRowFragment = { __typename?: 'Organization', id: string, name: string, acronym: string | null, kind: OrganizationKind, constituency: Constituency | null, memberCount: number, country: { __typename?: 'Country', code: string, name: string } };

export type AdminOrganizationsQueryVariables = Exact<{
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, acronym: string | null, kind: OrganizationKind, constituency: Constituency | null, memberCount: number, country: { __typename?: 'Country', code: string, name: string } }> };

export type SetUserDisabledMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetUserDisabledMutation = { __typename?: 'Mutation', setUserDisabled: { __typename?: 'User', id: string, disabled: boolean } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', id: string, name: string, acronym: string | null, kind: OrganizationKind, constituency: Constituency | null, memberCount: number, country: { __typename?: 'Country', code: string, name: string } } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, email: string | null, displayName: string, role: PlatformRole, disabled: boolean, createdAt: string, organizations: Array<{ __typename?: 'Organization', id: string, name: string, acronym: string | null, constituency: Constituency | null }> }> };

export type AuditVerificationQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditVerificationQuery = { __typename?: 'Query', auditVerification: { __typename?: 'AuditVerification', verifiedAt: string, events: number, brokenChains: number, milliseconds: number, chains: Array<{ __typename?: 'AuditChainReport', chain: string, dossierId: string | null, dossierTitle: string | null, events: number, lastChainSeq: string | null, lastHash: string | null, broken: { __typename?: 'AuditBrokenLink', reason: AuditBrokenLinkReason, seq: string | null, chainSeq: string | null, action: string | null, at: string | null, expectedChainSeq: string } | null }> } };

export type DossierActivityQueryVariables = Exact<{
  dossierId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
}>;


export type DossierActivityQuery = { __typename?: 'Query', dossierActivity: { __typename?: 'AuditLogPage', hasMore: boolean, events: Array<{ __typename?: 'AuditLogEvent', seq: string, chainSeq: string, at: string, action: string, audience: AuditAudience, side: Constituency | null, data: string, hash: string, actor: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { __typename?: 'User', id: string, locale: string } } };

export type AuthTokensFragment = { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { __typename?: 'User', id: string, locale: string } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitation: { __typename?: 'InvitationPreview', email: string, displayName: string, organizationName: string, expiresAt: string } };

export type MeQueryVariables = Exact<{
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string | null, displayName: string, locale: string, role: PlatformRole, abilities: { __typename?: 'Abilities', canCreateDossier: boolean, canManagePeople: boolean } | null, organizations: Array<{ __typename?: 'Organization', id: string, name: string, acronym: string | null, kind: OrganizationKind, constituency: Constituency | null, country: { __typename?: 'Country', code: string, name: string } }> } };

export type RefreshAccessTokenMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshAccessTokenMutation = { __typename?: 'Mutation', refreshAccessToken: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { __typename?: 'User', id: string, locale: string } } };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { __typename?: 'User', id: string, locale: string } } };

export type SignOutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type EarlierThreadsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EarlierThreadsQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, commentsOnPreviousVersions: Array<{ __typename?: 'EarlierThread', version: number, provisionNumber: string | null, provisionHeading: string | null, followedBy: string | null, thread: { __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, replies: Array<{ __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> }>, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> } }> } };

export type MentionCandidatesQueryVariables = Exact<{
  dossierId: Scalars['ID']['input'];
}>;


export type MentionCandidatesQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, plenaryMentionCandidates: Array<{ __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } }>, caucusMentionCandidates: Array<{ __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } }> } };

export type ConventionLinkFieldsFragment = { __typename?: 'ConventionLink', id: string, provisionId: string, conventionCode: string, article: string, gapNote: string, needsReview: boolean };

export type DossierCoverageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type DossierCoverageQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, currentDraft: { __typename?: 'Draft', id: string, version: number, provisions: Array<{ __typename?: 'Provision', id: string, kind: string, number: string | null, heading: string | null, parentId: string | null, position: number }> } | null, coverage: Array<{ __typename?: 'ConventionCoverage', convention: { __typename?: 'Convention', code: string, title: string, category: ConventionCategory, year: number }, links: Array<{ __typename?: 'ConventionLink', id: string, provisionId: string, conventionCode: string, article: string, gapNote: string, needsReview: boolean }> }> } };

export type LinkConventionMutationVariables = Exact<{
  input: LinkConventionInput;
}>;


export type LinkConventionMutation = { __typename?: 'Mutation', linkConvention: { __typename?: 'ConventionLink', id: string, provisionId: string, conventionCode: string, article: string, gapNote: string, needsReview: boolean } };

export type MarkConventionLinkReviewedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkConventionLinkReviewedMutation = { __typename?: 'Mutation', markConventionLinkReviewed: { __typename?: 'ConventionLink', id: string, provisionId: string, conventionCode: string, article: string, gapNote: string, needsReview: boolean } };

export type ProvisionConventionLinksQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ProvisionConventionLinksQuery = { __typename?: 'Query', provisions: Array<{ __typename?: 'Provision', id: string, conventionLinks: Array<{ __typename?: 'ConventionLink', id: string, provisionId: string, conventionCode: string, article: string, gapNote: string, needsReview: boolean }> }> };

export type SetDossierConventionsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  conventionCodes: Array<Scalars['String']['input']> | Scalars['String']['input'];
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type SetDossierConventionsMutation = { __typename?: 'Mutation', updateDossier: { __typename?: 'Dossier', id: string, conventions: Array<{ __typename?: 'Convention', code: string, title: string }> } };

export type UnlinkConventionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnlinkConventionMutation = { __typename?: 'Mutation', unlinkConvention: boolean };

export type AddParticipantMutationVariables = Exact<{
  input: AddParticipantInput;
}>;


export type AddParticipantMutation = { __typename?: 'Mutation', addParticipant: { __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } } };

export type ConventionsQueryVariables = Exact<{
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type ConventionsQuery = { __typename?: 'Query', conventions: Array<{ __typename?: 'Convention', code: string, title: string, category: ConventionCategory, year: number }> };

export type CreateDossierMutationVariables = Exact<{
  input: CreateDossierInput;
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateDossierMutation = { __typename?: 'Mutation', createDossier: { __typename?: 'Dossier', id: string, title: string, kind: DossierKind, status: DossierStatus, commentsDeadline: string | null, updatedAt: string, country: { __typename?: 'Country', code: string, name: string }, parity: { __typename?: 'Parity', government: number, employers: number, workers: number }, me: { __typename?: 'DossierStandingView', role: ParticipantRole | null, constituency: Constituency | null } } };

export type ConfirmDelegationRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type ConfirmDelegationRequestMutation = { __typename?: 'Mutation', confirmDelegationRequest: { __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } } };

export type DeclineDelegationRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type DeclineDelegationRequestMutation = { __typename?: 'Mutation', declineDelegationRequest: boolean };

export type DelegationRequestRowFragment = { __typename?: 'DelegationRequest', id: string, lead: boolean, createdAt: string, canDecide: boolean, user: { __typename?: 'User', id: string, displayName: string }, requestedBy: { __typename?: 'User', id: string, displayName: string } };

export type DossierCandidatesQueryVariables = Exact<{
  dossierId: Scalars['ID']['input'];
  constituency: InputMaybe<Constituency>;
}>;


export type DossierCandidatesQuery = { __typename?: 'Query', dossierCandidates: Array<{ __typename?: 'User', id: string, displayName: string, organizations: Array<{ __typename?: 'Organization', id: string, name: string, acronym: string | null }> }> };

export type DossierDetailFragment = { __typename?: 'Dossier', id: string, title: string, summary: string, kind: DossierKind, status: DossierStatus, c144Subject: C144Subject | null, commentsDeadline: string | null, observersMayComment: boolean, country: { __typename?: 'Country', code: string, name: string }, conventions: Array<{ __typename?: 'Convention', code: string, title: string }>, delegations: Array<{ __typename?: 'Delegation', id: string, constituency: Constituency, members: Array<{ __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } }>, requests: Array<{ __typename?: 'DelegationRequest', id: string, lead: boolean, createdAt: string, canDecide: boolean, user: { __typename?: 'User', id: string, displayName: string }, requestedBy: { __typename?: 'User', id: string, displayName: string } }> }>, participants: Array<{ __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } }>, parity: { __typename?: 'Parity', government: number, employers: number, workers: number }, me: { __typename?: 'DossierStandingView', role: ParticipantRole | null, constituency: Constituency | null, isLead: boolean, canManage: boolean, canComment: boolean, canCommentPrivately: boolean, canBringInto: Array<Constituency> } };

export type DossierStatusHistoryQueryVariables = Exact<{
  dossierId: Scalars['ID']['input'];
}>;


export type DossierStatusHistoryQuery = { __typename?: 'Query', dossierStatusHistory: Array<{ __typename?: 'DossierStatusChange', at: string, from: DossierStatus, to: DossierStatus, by: { __typename?: 'User', id: string, displayName: string } | null }> };

export type DossierSummaryFragment = { __typename?: 'Dossier', id: string, title: string, kind: DossierKind, status: DossierStatus, commentsDeadline: string | null, updatedAt: string, country: { __typename?: 'Country', code: string, name: string }, parity: { __typename?: 'Parity', government: number, employers: number, workers: number }, me: { __typename?: 'DossierStandingView', role: ParticipantRole | null, constituency: Constituency | null } };

export type DossierQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type DossierQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, title: string, summary: string, kind: DossierKind, status: DossierStatus, c144Subject: C144Subject | null, commentsDeadline: string | null, observersMayComment: boolean, country: { __typename?: 'Country', code: string, name: string }, conventions: Array<{ __typename?: 'Convention', code: string, title: string }>, delegations: Array<{ __typename?: 'Delegation', id: string, constituency: Constituency, members: Array<{ __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } }>, requests: Array<{ __typename?: 'DelegationRequest', id: string, lead: boolean, createdAt: string, canDecide: boolean, user: { __typename?: 'User', id: string, displayName: string }, requestedBy: { __typename?: 'User', id: string, displayName: string } }> }>, participants: Array<{ __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } }>, parity: { __typename?: 'Parity', government: number, employers: number, workers: number }, me: { __typename?: 'DossierStandingView', role: ParticipantRole | null, constituency: Constituency | null, isLead: boolean, canManage: boolean, canComment: boolean, canCommentPrivately: boolean, canBringInto: Array<Constituency> } } };

export type DossiersQueryVariables = Exact<{
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type DossiersQuery = { __typename?: 'Query', dossiers: Array<{ __typename?: 'Dossier', id: string, title: string, kind: DossierKind, status: DossierStatus, commentsDeadline: string | null, updatedAt: string, country: { __typename?: 'Country', code: string, name: string }, parity: { __typename?: 'Parity', government: number, employers: number, workers: number }, me: { __typename?: 'DossierStandingView', role: ParticipantRole | null, constituency: Constituency | null } }> };

export type ParticipantRowFragment = { __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } };

export type ProposeDelegationMemberMutationVariables = Exact<{
  input: AddDelegationMemberInput;
}>;


export type ProposeDelegationMemberMutation = { __typename?: 'Mutation', proposeDelegationMember: { __typename?: 'DelegationMemberProposal', participant: { __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } } | null, request: { __typename?: 'DelegationRequest', id: string, user: { __typename?: 'User', id: string, displayName: string } } | null } };

export type RemoveParticipantMutationVariables = Exact<{
  participantId: Scalars['ID']['input'];
}>;


export type RemoveParticipantMutation = { __typename?: 'Mutation', removeParticipant: boolean };

export type SetDelegationLeadMutationVariables = Exact<{
  participantId: Scalars['ID']['input'];
  lead: Scalars['Boolean']['input'];
}>;


export type SetDelegationLeadMutation = { __typename?: 'Mutation', setDelegationLead: { __typename?: 'Participant', id: string, role: ParticipantRole, isLead: boolean, canChangeLead: boolean, constituency: Constituency | null, user: { __typename?: 'User', id: string, displayName: string } } };

export type SetDossierC144SubjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  subject: InputMaybe<C144Subject>;
}>;


export type SetDossierC144SubjectMutation = { __typename?: 'Mutation', setDossierC144Subject: { __typename?: 'Dossier', id: string, c144Subject: C144Subject | null } };

export type SetDossierStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: DossierStatus;
  closingNote: InputMaybe<Scalars['String']['input']>;
}>;


export type SetDossierStatusMutation = { __typename?: 'Mutation', updateDossier: { __typename?: 'Dossier', id: string, status: DossierStatus } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, replies: Array<{ __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> }>, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> } };

export type CommentFieldsFragment = { __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> };

export type CommentThreadFragment = { __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, replies: Array<{ __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> }>, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> };

export type DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCommentMutation = { __typename?: 'Mutation', deleteComment: { __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> } };

export type DossierDraftsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DossierDraftsQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, drafts: Array<{ __typename?: 'Draft', id: string, version: number, title: string | null, sourceFormat: string, sourceFilename: string, language: string | null, createdAt: string, changeSummary: { __typename?: 'DraftChangeSummary', added: number, removed: number, changed: number, unchanged: number } | null }> } };

export type DraftMetaFragment = { __typename?: 'Draft', id: string, version: number, title: string | null, sourceFormat: string, sourceFilename: string, language: string | null, createdAt: string, changeSummary: { __typename?: 'DraftChangeSummary', added: number, removed: number, changed: number, unchanged: number } | null };

export type DraftTextQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DraftTextQuery = { __typename?: 'Query', draft: { __typename?: 'Draft', id: string, version: number, title: string | null, sourceFormat: string, sourceFilename: string, language: string | null, createdAt: string, provisions: Array<{ __typename?: 'Provision', id: string, key: string, kind: string, number: string | null, heading: string | null, text: string, notes: Array<string>, position: number, depth: number, parentId: string | null, previousId: string | null, matchedBy: string | null, commentCount: number, marks: Array<{ __typename?: 'TextMark', kind: string, start: number, end: number, target: string | null }>, diff: Array<{ __typename?: 'DiffPart', op: string, text: string }> | null, conventionLinks: Array<{ __typename?: 'ConventionLink', id: string, provisionId: string, conventionCode: string, article: string, gapNote: string, needsReview: boolean }> }>, changeSummary: { __typename?: 'DraftChangeSummary', added: number, removed: number, changed: number, unchanged: number } | null } };

export type EditCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: EditCommentInput;
}>;


export type EditCommentMutation = { __typename?: 'Mutation', editComment: { __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> } };

export type ProvisionThreadsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ProvisionThreadsQuery = { __typename?: 'Query', provisions: Array<{ __typename?: 'Provision', id: string, commentCount: number, comments: Array<{ __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, replies: Array<{ __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> }>, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> }> }> };

export type RemovedProvisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemovedProvisionsQuery = { __typename?: 'Query', draft: { __typename?: 'Draft', id: string, removedSincePrevious: Array<{ __typename?: 'RemovedProvision', id: string, kind: string, number: string | null, heading: string | null, text: string, afterId: string | null }> } };

export type ResolveCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  resolved: Scalars['Boolean']['input'];
}>;


export type ResolveCommentMutation = { __typename?: 'Mutation', resolveComment: { __typename?: 'Comment', id: string, provisionId: string, parentId: string | null, visibility: CommentVisibility, body: string | null, suggestedText: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, resolvedAt: string | null, onPreviousVersion: boolean, canEdit: boolean, canDelete: boolean, canResolve: boolean, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, organizationName: string | null, constituency: Constituency | null }, mentions: Array<{ __typename?: 'MentionedPerson', id: string, displayName: string }> } };

export type EvidencePackQueryVariables = Exact<{
  dossierId: Scalars['ID']['input'];
}>;


export type EvidencePackQuery = { __typename?: 'Query', evidencePack: { __typename?: 'EvidencePack', dossierTitle: string, country: string, generatedAt: string, upToEvent: string, openedAt: string | null, openedEvent: string | null, contributions: number, c144Subject: { __typename?: 'EvidenceC144Subject', at: string, event: string, subject: C144Subject } | null, invitations: Array<{ __typename?: 'EvidenceInvitation', at: string, event: string, person: string, organization: string | null, constituency: Constituency | null, role: string, lead: boolean }>, drafts: Array<{ __typename?: 'EvidenceDraft', at: string, event: string, version: number, to: Array<{ __typename?: 'EvidenceSideCount', side: string, people: number }> }>, sessions: Array<{ __typename?: 'EvidenceSession', title: string, at: string, event: string, closedAt: string | null, closedEvent: string | null, draftVersion: number | null, daysAfterDraft: number | null, attendance: Array<{ __typename?: 'EvidenceSideCount', side: string, people: number }> }>, submissions: Array<{ __typename?: 'EvidenceSubmission', at: string, event: string, constituency: Constituency, number: number, draftVersion: number | null }>, outcomes: Array<{ __typename?: 'EvidenceOutcome', at: string, event: string, item: string, session: string, outcome: OutcomeKind }>, responses: Array<{ __typename?: 'EvidenceResponse', at: string, event: string, provision: string, constituency: Constituency, verdict: string }>, sealedMinutes: Array<{ __typename?: 'EvidenceMinutes', at: string, event: string, session: string, kind: string, revision: number, sealHash: string }> } };

export type MyMentionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMentionsQuery = { __typename?: 'Query', myMentions: Array<{ __typename?: 'Mention', commentId: string, dossierId: string, dossierTitle: string, provisionId: string, provisionNumber: string | null, provisionHeading: string | null, draftId: string, draftVersion: number, authorName: string, excerpt: string, visibility: CommentVisibility, createdAt: string }> };

export type UpdateMyLocaleMutationVariables = Exact<{
  locale: Scalars['String']['input'];
}>;


export type UpdateMyLocaleMutation = { __typename?: 'Mutation', updateMyProfile: { __typename?: 'User', id: string, locale: string } };

export type AddMinutesAddendumMutationVariables = Exact<{
  minutesId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type AddMinutesAddendumMutation = { __typename?: 'Mutation', addMinutesAddendum: Array<{ __typename?: 'SessionMinutes', id: string, sessionId: string, kind: MinutesKind, addendumToId: string | null, state: MinutesState, sealedRevision: number | null, sealHash: string | null, sealedAt: string | null, sealEventSeq: string | null, mySignatory: MinutesSignatory | null, canDraft: boolean, revisions: Array<{ __typename?: 'MinutesRevisionView', number: number, createdAt: string, sentAt: string | null, contentHash: string, approvals: Array<{ __typename?: 'MinutesApprovalView', signatory: MinutesSignatory, decision: MinutesDecision, comment: string, decidedBy: string, decidedAt: string }>, content: { __typename?: 'MinutesContentView', kind: MinutesKind, opening: string, closing: string, session: { __typename?: 'MinutesSessionFacts', id: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, chairs: Array<string> }, attendance: Array<{ __typename?: 'MinutesAttendeeView', userId: string, name: string, organization: string | null, constituency: Constituency | null, role: string, stretches: Array<{ __typename?: 'MinutesPresence', joinedAt: string, leftAt: string | null, inRoom: boolean }> }>, items: Array<{ __typename?: 'MinutesItemView', agendaItemId: string, position: number, title: string, provisionId: string | null, notes: string, interventions: Array<{ __typename?: 'MinutesInterventionView', id: string, speaker: string, organization: string | null, constituency: Constituency, kind: HandKind, startedAt: string, durationSeconds: number, summary: string }>, stances: Array<{ __typename?: 'MinutesStanceView', constituency: Constituency, stance: SideStance, reservation: string, declaredAt: string }>, reopenings: Array<{ __typename?: 'MinutesReopeningView', at: string, by: string, reason: string, outcome: OutcomeKind }>, outcome: { __typename?: 'MinutesOutcomeView', outcome: OutcomeKind, note: string, agreedText: string | null, recordedAt: string, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } } | null }> } }> }> };

export type DecideOnMinutesMutationVariables = Exact<{
  minutesId: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
  decision: MinutesDecision;
  comment: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideOnMinutesMutation = { __typename?: 'Mutation', decideOnMinutes: Array<{ __typename?: 'SessionMinutes', id: string, sessionId: string, kind: MinutesKind, addendumToId: string | null, state: MinutesState, sealedRevision: number | null, sealHash: string | null, sealedAt: string | null, sealEventSeq: string | null, mySignatory: MinutesSignatory | null, canDraft: boolean, revisions: Array<{ __typename?: 'MinutesRevisionView', number: number, createdAt: string, sentAt: string | null, contentHash: string, approvals: Array<{ __typename?: 'MinutesApprovalView', signatory: MinutesSignatory, decision: MinutesDecision, comment: string, decidedBy: string, decidedAt: string }>, content: { __typename?: 'MinutesContentView', kind: MinutesKind, opening: string, closing: string, session: { __typename?: 'MinutesSessionFacts', id: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, chairs: Array<string> }, attendance: Array<{ __typename?: 'MinutesAttendeeView', userId: string, name: string, organization: string | null, constituency: Constituency | null, role: string, stretches: Array<{ __typename?: 'MinutesPresence', joinedAt: string, leftAt: string | null, inRoom: boolean }> }>, items: Array<{ __typename?: 'MinutesItemView', agendaItemId: string, position: number, title: string, provisionId: string | null, notes: string, interventions: Array<{ __typename?: 'MinutesInterventionView', id: string, speaker: string, organization: string | null, constituency: Constituency, kind: HandKind, startedAt: string, durationSeconds: number, summary: string }>, stances: Array<{ __typename?: 'MinutesStanceView', constituency: Constituency, stance: SideStance, reservation: string, declaredAt: string }>, reopenings: Array<{ __typename?: 'MinutesReopeningView', at: string, by: string, reason: string, outcome: OutcomeKind }>, outcome: { __typename?: 'MinutesOutcomeView', outcome: OutcomeKind, note: string, agreedText: string | null, recordedAt: string, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } } | null }> } }> }> };

export type GenerateMinutesMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type GenerateMinutesMutation = { __typename?: 'Mutation', generateMinutes: Array<{ __typename?: 'SessionMinutes', id: string, sessionId: string, kind: MinutesKind, addendumToId: string | null, state: MinutesState, sealedRevision: number | null, sealHash: string | null, sealedAt: string | null, sealEventSeq: string | null, mySignatory: MinutesSignatory | null, canDraft: boolean, revisions: Array<{ __typename?: 'MinutesRevisionView', number: number, createdAt: string, sentAt: string | null, contentHash: string, approvals: Array<{ __typename?: 'MinutesApprovalView', signatory: MinutesSignatory, decision: MinutesDecision, comment: string, decidedBy: string, decidedAt: string }>, content: { __typename?: 'MinutesContentView', kind: MinutesKind, opening: string, closing: string, session: { __typename?: 'MinutesSessionFacts', id: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, chairs: Array<string> }, attendance: Array<{ __typename?: 'MinutesAttendeeView', userId: string, name: string, organization: string | null, constituency: Constituency | null, role: string, stretches: Array<{ __typename?: 'MinutesPresence', joinedAt: string, leftAt: string | null, inRoom: boolean }> }>, items: Array<{ __typename?: 'MinutesItemView', agendaItemId: string, position: number, title: string, provisionId: string | null, notes: string, interventions: Array<{ __typename?: 'MinutesInterventionView', id: string, speaker: string, organization: string | null, constituency: Constituency, kind: HandKind, startedAt: string, durationSeconds: number, summary: string }>, stances: Array<{ __typename?: 'MinutesStanceView', constituency: Constituency, stance: SideStance, reservation: string, declaredAt: string }>, reopenings: Array<{ __typename?: 'MinutesReopeningView', at: string, by: string, reason: string, outcome: OutcomeKind }>, outcome: { __typename?: 'MinutesOutcomeView', outcome: OutcomeKind, note: string, agreedText: string | null, recordedAt: string, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } } | null }> } }> }> };

export type MinutesFieldsFragment = { __typename?: 'SessionMinutes', id: string, sessionId: string, kind: MinutesKind, addendumToId: string | null, state: MinutesState, sealedRevision: number | null, sealHash: string | null, sealedAt: string | null, sealEventSeq: string | null, mySignatory: MinutesSignatory | null, canDraft: boolean, revisions: Array<{ __typename?: 'MinutesRevisionView', number: number, createdAt: string, sentAt: string | null, contentHash: string, approvals: Array<{ __typename?: 'MinutesApprovalView', signatory: MinutesSignatory, decision: MinutesDecision, comment: string, decidedBy: string, decidedAt: string }>, content: { __typename?: 'MinutesContentView', kind: MinutesKind, opening: string, closing: string, session: { __typename?: 'MinutesSessionFacts', id: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, chairs: Array<string> }, attendance: Array<{ __typename?: 'MinutesAttendeeView', userId: string, name: string, organization: string | null, constituency: Constituency | null, role: string, stretches: Array<{ __typename?: 'MinutesPresence', joinedAt: string, leftAt: string | null, inRoom: boolean }> }>, items: Array<{ __typename?: 'MinutesItemView', agendaItemId: string, position: number, title: string, provisionId: string | null, notes: string, interventions: Array<{ __typename?: 'MinutesInterventionView', id: string, speaker: string, organization: string | null, constituency: Constituency, kind: HandKind, startedAt: string, durationSeconds: number, summary: string }>, stances: Array<{ __typename?: 'MinutesStanceView', constituency: Constituency, stance: SideStance, reservation: string, declaredAt: string }>, reopenings: Array<{ __typename?: 'MinutesReopeningView', at: string, by: string, reason: string, outcome: OutcomeKind }>, outcome: { __typename?: 'MinutesOutcomeView', outcome: OutcomeKind, note: string, agreedText: string | null, recordedAt: string, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } } | null }> } }> };

export type SaveMinutesNarrativeMutationVariables = Exact<{
  minutesId: Scalars['ID']['input'];
  narrative: MinutesNarrativeInput;
}>;


export type SaveMinutesNarrativeMutation = { __typename?: 'Mutation', saveMinutesNarrative: Array<{ __typename?: 'SessionMinutes', id: string, sessionId: string, kind: MinutesKind, addendumToId: string | null, state: MinutesState, sealedRevision: number | null, sealHash: string | null, sealedAt: string | null, sealEventSeq: string | null, mySignatory: MinutesSignatory | null, canDraft: boolean, revisions: Array<{ __typename?: 'MinutesRevisionView', number: number, createdAt: string, sentAt: string | null, contentHash: string, approvals: Array<{ __typename?: 'MinutesApprovalView', signatory: MinutesSignatory, decision: MinutesDecision, comment: string, decidedBy: string, decidedAt: string }>, content: { __typename?: 'MinutesContentView', kind: MinutesKind, opening: string, closing: string, session: { __typename?: 'MinutesSessionFacts', id: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, chairs: Array<string> }, attendance: Array<{ __typename?: 'MinutesAttendeeView', userId: string, name: string, organization: string | null, constituency: Constituency | null, role: string, stretches: Array<{ __typename?: 'MinutesPresence', joinedAt: string, leftAt: string | null, inRoom: boolean }> }>, items: Array<{ __typename?: 'MinutesItemView', agendaItemId: string, position: number, title: string, provisionId: string | null, notes: string, interventions: Array<{ __typename?: 'MinutesInterventionView', id: string, speaker: string, organization: string | null, constituency: Constituency, kind: HandKind, startedAt: string, durationSeconds: number, summary: string }>, stances: Array<{ __typename?: 'MinutesStanceView', constituency: Constituency, stance: SideStance, reservation: string, declaredAt: string }>, reopenings: Array<{ __typename?: 'MinutesReopeningView', at: string, by: string, reason: string, outcome: OutcomeKind }>, outcome: { __typename?: 'MinutesOutcomeView', outcome: OutcomeKind, note: string, agreedText: string | null, recordedAt: string, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } } | null }> } }> }> };

export type SendMinutesMutationVariables = Exact<{
  minutesId: Scalars['ID']['input'];
}>;


export type SendMinutesMutation = { __typename?: 'Mutation', sendMinutes: Array<{ __typename?: 'SessionMinutes', id: string, sessionId: string, kind: MinutesKind, addendumToId: string | null, state: MinutesState, sealedRevision: number | null, sealHash: string | null, sealedAt: string | null, sealEventSeq: string | null, mySignatory: MinutesSignatory | null, canDraft: boolean, revisions: Array<{ __typename?: 'MinutesRevisionView', number: number, createdAt: string, sentAt: string | null, contentHash: string, approvals: Array<{ __typename?: 'MinutesApprovalView', signatory: MinutesSignatory, decision: MinutesDecision, comment: string, decidedBy: string, decidedAt: string }>, content: { __typename?: 'MinutesContentView', kind: MinutesKind, opening: string, closing: string, session: { __typename?: 'MinutesSessionFacts', id: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, chairs: Array<string> }, attendance: Array<{ __typename?: 'MinutesAttendeeView', userId: string, name: string, organization: string | null, constituency: Constituency | null, role: string, stretches: Array<{ __typename?: 'MinutesPresence', joinedAt: string, leftAt: string | null, inRoom: boolean }> }>, items: Array<{ __typename?: 'MinutesItemView', agendaItemId: string, position: number, title: string, provisionId: string | null, notes: string, interventions: Array<{ __typename?: 'MinutesInterventionView', id: string, speaker: string, organization: string | null, constituency: Constituency, kind: HandKind, startedAt: string, durationSeconds: number, summary: string }>, stances: Array<{ __typename?: 'MinutesStanceView', constituency: Constituency, stance: SideStance, reservation: string, declaredAt: string }>, reopenings: Array<{ __typename?: 'MinutesReopeningView', at: string, by: string, reason: string, outcome: OutcomeKind }>, outcome: { __typename?: 'MinutesOutcomeView', outcome: OutcomeKind, note: string, agreedText: string | null, recordedAt: string, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } } | null }> } }> }> };

export type SessionMinutesQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SessionMinutesQuery = { __typename?: 'Query', consultationSession: { __typename?: 'ConsultationSession', id: string, title: string, status: SessionStatus, dossierId: string, me: { __typename?: 'SessionStanding', canRun: boolean } }, sessionMinutes: Array<{ __typename?: 'SessionMinutes', id: string, sessionId: string, kind: MinutesKind, addendumToId: string | null, state: MinutesState, sealedRevision: number | null, sealHash: string | null, sealedAt: string | null, sealEventSeq: string | null, mySignatory: MinutesSignatory | null, canDraft: boolean, revisions: Array<{ __typename?: 'MinutesRevisionView', number: number, createdAt: string, sentAt: string | null, contentHash: string, approvals: Array<{ __typename?: 'MinutesApprovalView', signatory: MinutesSignatory, decision: MinutesDecision, comment: string, decidedBy: string, decidedAt: string }>, content: { __typename?: 'MinutesContentView', kind: MinutesKind, opening: string, closing: string, session: { __typename?: 'MinutesSessionFacts', id: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, chairs: Array<string> }, attendance: Array<{ __typename?: 'MinutesAttendeeView', userId: string, name: string, organization: string | null, constituency: Constituency | null, role: string, stretches: Array<{ __typename?: 'MinutesPresence', joinedAt: string, leftAt: string | null, inRoom: boolean }> }>, items: Array<{ __typename?: 'MinutesItemView', agendaItemId: string, position: number, title: string, provisionId: string | null, notes: string, interventions: Array<{ __typename?: 'MinutesInterventionView', id: string, speaker: string, organization: string | null, constituency: Constituency, kind: HandKind, startedAt: string, durationSeconds: number, summary: string }>, stances: Array<{ __typename?: 'MinutesStanceView', constituency: Constituency, stance: SideStance, reservation: string, declaredAt: string }>, reopenings: Array<{ __typename?: 'MinutesReopeningView', at: string, by: string, reason: string, outcome: OutcomeKind }>, outcome: { __typename?: 'MinutesOutcomeView', outcome: OutcomeKind, note: string, agreedText: string | null, recordedAt: string, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } } | null }> } }> }> };

export type DossierOutcomesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DossierOutcomesQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, currentDraft: { __typename?: 'Draft', id: string, provisions: Array<{ __typename?: 'Provision', id: string, kind: string, number: string | null, heading: string | null, position: number }> } | null, outcomes: Array<{ __typename?: 'Outcome', id: string, agendaItemId: string, provisionId: string | null, outcome: OutcomeKind, note: string, agreedText: string | null, recordedAt: string, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } }>, sessions: Array<{ __typename?: 'ConsultationSession', id: string, title: string, startsAt: string, agenda: Array<{ __typename?: 'AgendaItem', id: string, title: string, provisionId: string | null, stances: Array<{ __typename?: 'StanceDeclaration', id: string, constituency: Constituency, stance: SideStance, reservation: string, declaredAt: string }> }> }> }, positionSubmissions: Array<{ __typename?: 'PositionSubmission', id: string, constituency: Constituency, draftId: string, number: number, submittedAt: string, content: { __typename?: 'SubmissionContent', provisions: Array<{ __typename?: 'SubmittedProvision', provisionId: string, stance: string }> } }>, contributionResponses: { __typename?: 'ContributionResponses', total: number, answered: number, contributions: Array<{ __typename?: 'Contribution', key: string, constituency: Constituency, provisionId: string, draftId: string, response: { __typename?: 'GovernmentResponse', id: string, verdict: ResponseVerdict, status: ResponseStatus, recordedAt: string | null } | null }> } };

export type DelegationSuggestionsQueryVariables = Exact<{
  draftId: Scalars['ID']['input'];
}>;


export type DelegationSuggestionsQuery = { __typename?: 'Query', draft: { __typename?: 'Draft', id: string, provisions: Array<{ __typename?: 'Provision', id: string, kind: string, parentId: string | null, comments: Array<{ __typename?: 'Comment', id: string, provisionId: string, suggestedText: string | null, createdAt: string, deletedAt: string | null, replies: Array<{ __typename?: 'Comment', id: string, provisionId: string, suggestedText: string | null, createdAt: string, deletedAt: string | null, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, constituency: Constituency | null } }>, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, constituency: Constituency | null } }> }> } };

export type PositionSubmissionsQueryVariables = Exact<{
  dossierId: Scalars['ID']['input'];
}>;


export type PositionSubmissionsQuery = { __typename?: 'Query', positionSubmissions: Array<{ __typename?: 'PositionSubmission', id: string, number: number, constituency: Constituency, delegationId: string, draftId: string, submittedAt: string, contentHash: string, content: { __typename?: 'SubmissionContent', general: string, provisions: Array<{ __typename?: 'SubmittedProvision', provisionId: string, stance: string, rationale: string, proposedWording: string }> } }> };

export type PositionsDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PositionsDraftQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, currentDraft: { __typename?: 'Draft', id: string, version: number, language: string | null, provisions: Array<{ __typename?: 'Provision', id: string, kind: string, number: string | null, heading: string | null, text: string }> } | null } };

export type SubmissionFieldsFragment = { __typename?: 'PositionSubmission', id: string, number: number, constituency: Constituency, delegationId: string, draftId: string, submittedAt: string, contentHash: string, content: { __typename?: 'SubmissionContent', general: string, provisions: Array<{ __typename?: 'SubmittedProvision', provisionId: string, stance: string, rationale: string, proposedWording: string }> } };

export type SubmitPositionMutationVariables = Exact<{
  delegationId: Scalars['ID']['input'];
  draftId: Scalars['ID']['input'];
}>;


export type SubmitPositionMutation = { __typename?: 'Mutation', submitPosition: { __typename?: 'PositionSubmission', id: string, number: number, constituency: Constituency, delegationId: string, draftId: string, submittedAt: string, contentHash: string, content: { __typename?: 'SubmissionContent', general: string, provisions: Array<{ __typename?: 'SubmittedProvision', provisionId: string, stance: string, rationale: string, proposedWording: string }> } } };

export type WordingSuggestionFieldsFragment = { __typename?: 'Comment', id: string, provisionId: string, suggestedText: string | null, createdAt: string, deletedAt: string | null, quote: { __typename?: 'TextQuote', exact: string, prefix: string, suffix: string } | null, author: { __typename?: 'CommentAuthor', id: string, displayName: string, constituency: Constituency | null } };

export type RatificationEntryFieldsFragment = { __typename?: 'RatificationEntry', id: string, status: RatificationStatus, ratifiedOn: string | null, denouncedOn: string | null, denouncedBy: string | null, automaticDenunciation: boolean, abrogation: string | null, declarations: Array<string>, note: string | null, dossierId: string | null, updatedAt: string, convention: { __typename?: 'Convention', code: string, category: ConventionCategory, year: number, title: string } };

export type RatificationRegisterQueryVariables = Exact<{
  countryCode: Scalars['ID']['input'];
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type RatificationRegisterQuery = { __typename?: 'Query', ratificationRegister: { __typename?: 'RatificationRegister', canEdit: boolean, country: { __typename?: 'Country', code: string, name: string }, summary: { __typename?: 'RatificationSummary', conventionsRatified: number, protocolsRatified: number, inForce: number, notInForce: number, denounced: number, abrogated: number, fundamental: { __typename?: 'CategoryCount', bound: number, of: number | null }, governance: { __typename?: 'CategoryCount', bound: number, of: number | null }, technical: { __typename?: 'CategoryCount', bound: number } }, gap: Array<{ __typename?: 'Convention', code: string, category: ConventionCategory, title: string }>, entries: Array<{ __typename?: 'RatificationEntry', id: string, status: RatificationStatus, ratifiedOn: string | null, denouncedOn: string | null, denouncedBy: string | null, automaticDenunciation: boolean, abrogation: string | null, declarations: Array<string>, note: string | null, dossierId: string | null, updatedAt: string, convention: { __typename?: 'Convention', code: string, category: ConventionCategory, year: number, title: string } }> } };

export type RecordRatificationMutationVariables = Exact<{
  input: RecordRatificationInput;
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordRatificationMutation = { __typename?: 'Mutation', recordRatification: { __typename?: 'RatificationEntry', id: string, status: RatificationStatus, ratifiedOn: string | null, denouncedOn: string | null, denouncedBy: string | null, automaticDenunciation: boolean, abrogation: string | null, declarations: Array<string>, note: string | null, dossierId: string | null, updatedAt: string, convention: { __typename?: 'Convention', code: string, category: ConventionCategory, year: number, title: string } } };

export type RemoveRatificationMutationVariables = Exact<{
  countryCode: Scalars['ID']['input'];
  conventionCode: Scalars['ID']['input'];
}>;


export type RemoveRatificationMutation = { __typename?: 'Mutation', removeRatification: boolean };

export type ReportingCalendarQueryVariables = Exact<{
  countryCode: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportingCalendarQuery = { __typename?: 'Query', reportingCalendar: { __typename?: 'ReportingCalendar', year: number, reports: Array<{ __typename?: 'ReportDueView', kind: ReportKind, windowOpens: string, dueOn: string, convention: { __typename?: 'Convention', code: string, category: ConventionCategory, title: string } }>, cycle: { __typename?: 'ReportingCycleView', shortCycleYears: number, longCycleYears: number, shortCycleGroups: Array<string>, longCycleGroups: Array<string>, startYear: number, windowOpens: string, dueOn: string, isDefault: boolean } } };

export type ReportingCycleFieldsFragment = { __typename?: 'ReportingCycleView', shortCycleYears: number, longCycleYears: number, shortCycleGroups: Array<string>, longCycleGroups: Array<string>, startYear: number, windowOpens: string, dueOn: string, isDefault: boolean };

export type UpdateReportingCycleMutationVariables = Exact<{
  input: ReportingCycleInput;
}>;


export type UpdateReportingCycleMutation = { __typename?: 'Mutation', updateReportingCycle: { __typename?: 'ReportingCycleView', shortCycleYears: number, longCycleYears: number, shortCycleGroups: Array<string>, longCycleGroups: Array<string>, startYear: number, windowOpens: string, dueOn: string, isDefault: boolean } };

export type ContributionResponsesQueryVariables = Exact<{
  dossierId: Scalars['ID']['input'];
}>;


export type ContributionResponsesQuery = { __typename?: 'Query', contributionResponses: { __typename?: 'ContributionResponses', total: number, answered: number, canDraft: boolean, canRecord: boolean, contributions: Array<{ __typename?: 'Contribution', key: string, submissionId: string, submissionNumber: number, submittedAt: string, constituency: Constituency, draftId: string, draftVersion: number, provisionId: string, provisionNumber: string | null, provisionHeading: string | null, stance: string, rationale: string, proposedWording: string, answersSubmissionNumber: number, response: { __typename?: 'GovernmentResponse', id: string, verdict: ResponseVerdict, reasons: string, status: ResponseStatus, recordedAt: string | null, updatedAt: string } | null, earlierAnswer: { __typename?: 'EarlierAnswer', submissionId: string, submissionNumber: number, stance: string, rationale: string, proposedWording: string, response: { __typename?: 'GovernmentResponse', id: string, verdict: ResponseVerdict, reasons: string, status: ResponseStatus, recordedAt: string | null, updatedAt: string } } | null, changedProvision: { __typename?: 'ChangedProvision', provisionId: string, draftVersion: number, number: string | null, heading: string | null, diff: Array<{ __typename?: 'DiffPart', op: string, text: string }> } | null }> } };

export type GovernmentResponseFieldsFragment = { __typename?: 'GovernmentResponse', id: string, verdict: ResponseVerdict, reasons: string, status: ResponseStatus, recordedAt: string | null, updatedAt: string };

export type RespondToContributionMutationVariables = Exact<{
  input: RespondToContributionInput;
}>;


export type RespondToContributionMutation = { __typename?: 'Mutation', respondToContribution: { __typename?: 'GovernmentResponse', id: string, verdict: ResponseVerdict, reasons: string, status: ResponseStatus, recordedAt: string | null, updatedAt: string } };

export type AgendaProvisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgendaProvisionsQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, currentDraft: { __typename?: 'Draft', id: string, version: number, provisions: Array<{ __typename?: 'Provision', id: string, kind: string, number: string | null, heading: string | null, position: number }> } | null } };

export type ConsultationSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsultationSessionQuery = { __typename?: 'Query', consultationSession: { __typename?: 'ConsultationSession', id: string, dossierId: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, status: SessionStatus, seq: number, queueMode: QueueMode, lastSpeakerSide: Constituency | null, serverTime: string, currentRound: { __typename?: 'Round', id: string, kind: RoundKind, agendaItemId: string, speakingSeconds: number, openedAt: string, caucusEndsAt: string | null } | null, agenda: Array<{ __typename?: 'AgendaItem', id: string, position: number, title: string, provisionId: string | null, draftingUnlocked: boolean, outcome: { __typename?: 'Outcome', id: string, outcome: OutcomeKind, note: string, agreedText: string | null, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } } | null, stances: Array<{ __typename?: 'StanceDeclaration', id: string, roundId: string, constituency: Constituency, stance: SideStance, reservation: string }> }>, queue: Array<{ __typename?: 'QueueEntry', position: number, hand: { __typename?: 'Hand', id: string, kind: HandKind, constituency: Constituency, userId: string, raisedAt: string, manualPosition: number | null }, person: { __typename?: 'PersonRef', id: string, displayName: string } }>, floor: { __typename?: 'Floor', since: string, deadline: string, hand: { __typename?: 'Hand', id: string, constituency: Constituency, userId: string, kind: HandKind }, person: { __typename?: 'PersonRef', id: string, displayName: string } } | null, attendance: Array<{ __typename?: 'Attendance', id: string, userId: string, inRoom: boolean, joinedAt: string, leftAt: string | null }>, interventions: Array<{ __typename?: 'Intervention', id: string, speakerId: string, constituency: Constituency, startedAt: string, durationSeconds: number, summary: string, agendaItemId: string | null }>, speakingTotals: Array<{ __typename?: 'SpeakingTotal', constituency: Constituency, seconds: number, person: { __typename?: 'PersonRef', id: string, displayName: string } | null }>, me: { __typename?: 'SessionStanding', canRun: boolean, canSpeak: boolean, canDeclareStance: boolean, constituency: Constituency | null } } };

export type DossierSessionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DossierSessionsQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, sessions: Array<{ __typename?: 'ConsultationSession', id: string, dossierId: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, status: SessionStatus, agenda: Array<{ __typename?: 'AgendaItem', id: string }> }> } };

export type LiveSessionStateFragment = { __typename?: 'ConsultationSession', id: string, dossierId: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, status: SessionStatus, seq: number, queueMode: QueueMode, lastSpeakerSide: Constituency | null, serverTime: string, currentRound: { __typename?: 'Round', id: string, kind: RoundKind, agendaItemId: string, speakingSeconds: number, openedAt: string, caucusEndsAt: string | null } | null, agenda: Array<{ __typename?: 'AgendaItem', id: string, position: number, title: string, provisionId: string | null, draftingUnlocked: boolean, outcome: { __typename?: 'Outcome', id: string, outcome: OutcomeKind, note: string, agreedText: string | null, reservations: { __typename?: 'SideReservations', GOVERNMENT: string | null, EMPLOYERS: string | null, WORKERS: string | null } } | null, stances: Array<{ __typename?: 'StanceDeclaration', id: string, roundId: string, constituency: Constituency, stance: SideStance, reservation: string }> }>, queue: Array<{ __typename?: 'QueueEntry', position: number, hand: { __typename?: 'Hand', id: string, kind: HandKind, constituency: Constituency, userId: string, raisedAt: string, manualPosition: number | null }, person: { __typename?: 'PersonRef', id: string, displayName: string } }>, floor: { __typename?: 'Floor', since: string, deadline: string, hand: { __typename?: 'Hand', id: string, constituency: Constituency, userId: string, kind: HandKind }, person: { __typename?: 'PersonRef', id: string, displayName: string } } | null, attendance: Array<{ __typename?: 'Attendance', id: string, userId: string, inRoom: boolean, joinedAt: string, leftAt: string | null }>, interventions: Array<{ __typename?: 'Intervention', id: string, speakerId: string, constituency: Constituency, startedAt: string, durationSeconds: number, summary: string, agendaItemId: string | null }>, speakingTotals: Array<{ __typename?: 'SpeakingTotal', constituency: Constituency, seconds: number, person: { __typename?: 'PersonRef', id: string, displayName: string } | null }>, me: { __typename?: 'SessionStanding', canRun: boolean, canSpeak: boolean, canDeclareStance: boolean, constituency: Constituency | null } };

export type ScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type ScheduleSessionMutation = { __typename?: 'Mutation', scheduleSession: { __typename?: 'ConsultationSession', id: string, dossierId: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, status: SessionStatus, agenda: Array<{ __typename?: 'AgendaItem', id: string }> } };

export type SessionCaucusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionCaucusQuery = { __typename?: 'Query', consultationSession: { __typename?: 'ConsultationSession', id: string, caucusMessages: Array<{ __typename?: 'CaucusMessageView', id: string, authorName: string, body: string, createdAt: string }> } };

export type SessionDossierQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionDossierQuery = { __typename?: 'Query', dossier: { __typename?: 'Dossier', id: string, title: string, me: { __typename?: 'DossierStandingView', constituency: Constituency | null, canComment: boolean, canCommentPrivately: boolean }, participants: Array<{ __typename?: 'Participant', id: string, role: ParticipantRole, constituency: Constituency | null, isLead: boolean, user: { __typename?: 'User', id: string, displayName: string } }>, currentDraft: { __typename?: 'Draft', id: string, language: string | null, provisions: Array<{ __typename?: 'Provision', id: string, kind: string, number: string | null, heading: string | null, text: string, key: string, marks: Array<{ __typename?: 'TextMark', kind: string, start: number, end: number, target: string | null }> }> } | null } };

export type SessionSummaryFragment = { __typename?: 'ConsultationSession', id: string, dossierId: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, status: SessionStatus, agenda: Array<{ __typename?: 'AgendaItem', id: string }> };

export type UpcomingSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type UpcomingSessionsQuery = { __typename?: 'Query', upcomingSessions: Array<{ __typename?: 'ConsultationSession', id: string, dossierId: string, title: string, startsAt: string, endsAt: string, place: string | null, meetingUrl: string | null, status: SessionStatus, agenda: Array<{ __typename?: 'AgendaItem', id: string }> }> };

export const InvitationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<InvitationRowFragment, unknown>;
export const OrganizationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<OrganizationRowFragment, unknown>;
export const AuthTokensFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<AuthTokensFragment, unknown>;
export const ConventionLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConventionLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}}]} as unknown as DocumentNode<ConventionLinkFieldsFragment, unknown>;
export const ParticipantRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeLead"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ParticipantRowFragment, unknown>;
export const DelegationRequestRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DelegationRequestRowFragment, unknown>;
export const DossierDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"c144Subject"}},{"kind":"Field","name":{"kind":"Name","value":"commentsDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"observersMayComment"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"conventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationRequestRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"government"}},{"kind":"Field","name":{"kind":"Name","value":"employers"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canComment"}},{"kind":"Field","name":{"kind":"Name","value":"canCommentPrivately"}},{"kind":"Field","name":{"kind":"Name","value":"canBringInto"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeLead"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DossierDetailFragment, unknown>;
export const DossierSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentsDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"parity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"government"}},{"kind":"Field","name":{"kind":"Name","value":"employers"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}}]}}]} as unknown as DocumentNode<DossierSummaryFragment, unknown>;
export const CommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onPreviousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canResolve"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const CommentThreadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onPreviousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canResolve"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CommentThreadFragment, unknown>;
export const DraftMetaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftMeta"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFormat"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFilename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<DraftMetaFragment, unknown>;
export const MinutesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMinutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"addendumToId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sealedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"sealHash"}},{"kind":"Field","name":{"kind":"Name","value":"sealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sealEventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"mySignatory"}},{"kind":"Field","name":{"kind":"Name","value":"canDraft"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chairs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"inRoom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MinutesFieldsFragment, unknown>;
export const SubmissionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PositionSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"delegationId"}},{"kind":"Field","name":{"kind":"Name","value":"draftId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"general"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"proposedWording"}}]}}]}}]}}]} as unknown as DocumentNode<SubmissionFieldsFragment, unknown>;
export const WordingSuggestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WordingSuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}}]}}]} as unknown as DocumentNode<WordingSuggestionFieldsFragment, unknown>;
export const RatificationEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatificationEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatificationEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ratifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"denouncedOn"}},{"kind":"Field","name":{"kind":"Name","value":"denouncedBy"}},{"kind":"Field","name":{"kind":"Name","value":"automaticDenunciation"}},{"kind":"Field","name":{"kind":"Name","value":"abrogation"}},{"kind":"Field","name":{"kind":"Name","value":"declarations"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"convention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<RatificationEntryFieldsFragment, unknown>;
export const ReportingCycleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCycleView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortCycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"longCycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"shortCycleGroups"}},{"kind":"Field","name":{"kind":"Name","value":"longCycleGroups"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpens"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<ReportingCycleFieldsFragment, unknown>;
export const GovernmentResponseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernmentResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GovernmentResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<GovernmentResponseFieldsFragment, unknown>;
export const LiveSessionStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSessionState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"queueMode"}},{"kind":"Field","name":{"kind":"Name","value":"lastSpeakerSide"}},{"kind":"Field","name":{"kind":"Name","value":"serverTime"}},{"kind":"Field","name":{"kind":"Name","value":"currentRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"speakingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caucusEndsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"draftingUnlocked"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"hand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"manualPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"inRoom"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speakerId"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speakingTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRun"}},{"kind":"Field","name":{"kind":"Name","value":"canSpeak"}},{"kind":"Field","name":{"kind":"Name","value":"canDeclareStance"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}}]}}]} as unknown as DocumentNode<LiveSessionStateFragment, unknown>;
export const SessionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessionSummaryFragment, unknown>;
export const CountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Countries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<CountriesQuery, CountriesQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const PendingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const AdminOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const SetUserDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AuditVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"brokenChains"}},{"kind":"Field","name":{"kind":"Name","value":"milliseconds"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"dossierTitle"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"lastChainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastHash"}},{"kind":"Field","name":{"kind":"Name","value":"broken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"expectedChainSeq"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditVerificationQuery, AuditVerificationQueryVariables>;
export const DossierActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierActivityQuery, DossierActivityQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canCreateDossier"}},{"kind":"Field","name":{"kind":"Name","value":"canManagePeople"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RefreshAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<RefreshAccessTokenMutation, RefreshAccessTokenMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const EarlierThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EarlierThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentsOnPreviousVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"provisionHeading"}},{"kind":"Field","name":{"kind":"Name","value":"followedBy"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onPreviousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canResolve"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]} as unknown as DocumentNode<EarlierThreadsQuery, EarlierThreadsQueryVariables>;
export const MentionCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentionCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"plenaryMentionCandidates"},"name":{"kind":"Name","value":"mentionCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"visibility"},"value":{"kind":"EnumValue","value":"PLENARY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"caucusMentionCandidates"},"name":{"kind":"Name","value":"mentionCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"visibility"},"value":{"kind":"EnumValue","value":"DELEGATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeLead"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const DossierCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConventionLinkFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConventionLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}}]} as unknown as DocumentNode<DossierCoverageQuery, DossierCoverageQueryVariables>;
export const LinkConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkConventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConventionLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConventionLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}}]} as unknown as DocumentNode<LinkConventionMutation, LinkConventionMutationVariables>;
export const MarkConventionLinkReviewedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkConventionLinkReviewed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConventionLinkReviewed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConventionLinkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConventionLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}}]} as unknown as DocumentNode<MarkConventionLinkReviewedMutation, MarkConventionLinkReviewedMutationVariables>;
export const ProvisionConventionLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvisionConventionLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conventionLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConventionLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConventionLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}}]} as unknown as DocumentNode<ProvisionConventionLinksQuery, ProvisionConventionLinksQueryVariables>;
export const SetDossierConventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDossierConventions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conventionCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionCodes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]}}]} as unknown as DocumentNode<SetDossierConventionsMutation, SetDossierConventionsMutationVariables>;
export const UnlinkConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<UnlinkConventionMutation, UnlinkConventionMutationVariables>;
export const AddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeLead"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AddParticipantMutation, AddParticipantMutationVariables>;
export const ConventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conventions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<ConventionsQuery, ConventionsQueryVariables>;
export const CreateDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDossierInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentsDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"parity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"government"}},{"kind":"Field","name":{"kind":"Name","value":"employers"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}}]}}]} as unknown as DocumentNode<CreateDossierMutation, CreateDossierMutationVariables>;
export const ConfirmDelegationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDelegationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDelegationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeLead"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ConfirmDelegationRequestMutation, ConfirmDelegationRequestMutationVariables>;
export const DeclineDelegationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineDelegationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineDelegationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}]}]}}]} as unknown as DocumentNode<DeclineDelegationRequestMutation, DeclineDelegationRequestMutationVariables>;
export const DossierCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"constituency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Constituency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"constituency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"constituency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]} as unknown as DocumentNode<DossierCandidatesQuery, DossierCandidatesQueryVariables>;
export const DossierStatusHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierStatusHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierStatusHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<DossierStatusHistoryQuery, DossierStatusHistoryQueryVariables>;
export const DossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeLead"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"c144Subject"}},{"kind":"Field","name":{"kind":"Name","value":"commentsDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"observersMayComment"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"conventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationRequestRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"government"}},{"kind":"Field","name":{"kind":"Name","value":"employers"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"canComment"}},{"kind":"Field","name":{"kind":"Name","value":"canCommentPrivately"}},{"kind":"Field","name":{"kind":"Name","value":"canBringInto"}}]}}]}}]} as unknown as DocumentNode<DossierQuery, DossierQueryVariables>;
export const DossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commentsDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"parity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"government"}},{"kind":"Field","name":{"kind":"Name","value":"employers"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}}]}}]} as unknown as DocumentNode<DossiersQuery, DossiersQueryVariables>;
export const ProposeDelegationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeDelegationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDelegationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeDelegationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeLead"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ProposeDelegationMemberMutation, ProposeDelegationMemberMutationVariables>;
export const RemoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}}]}]}}]} as unknown as DocumentNode<RemoveParticipantMutation, RemoveParticipantMutationVariables>;
export const SetDelegationLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDelegationLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lead"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDelegationLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lead"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lead"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"canChangeLead"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SetDelegationLeadMutation, SetDelegationLeadMutationVariables>;
export const SetDossierC144SubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDossierC144Subject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"C144Subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDossierC144Subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"c144Subject"}}]}}]}}]} as unknown as DocumentNode<SetDossierC144SubjectMutation, SetDossierC144SubjectMutationVariables>;
export const SetDossierStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDossierStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closingNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"closingNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closingNote"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetDossierStatusMutation, SetDossierStatusMutationVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onPreviousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canResolve"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const DeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onPreviousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canResolve"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const DossierDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DraftMeta"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftMeta"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFormat"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFilename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<DossierDraftsQuery, DossierDraftsQueryVariables>;
export const DraftTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DraftMeta"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"marks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"previousId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conventionLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConventionLinkFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftMeta"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Draft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFormat"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFilename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConventionLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"conventionCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"gapNote"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}}]} as unknown as DocumentNode<DraftTextQuery, DraftTextQueryVariables>;
export const EditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onPreviousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canResolve"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const ProvisionThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvisionThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentThread"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onPreviousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canResolve"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentThread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]} as unknown as DocumentNode<ProvisionThreadsQuery, ProvisionThreadsQueryVariables>;
export const RemovedProvisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RemovedProvisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedSincePrevious"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"afterId"}}]}}]}}]}}]} as unknown as DocumentNode<RemovedProvisionsQuery, RemovedProvisionsQueryVariables>;
export const ResolveCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolved"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolved"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onPreviousVersion"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"canResolve"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ResolveCommentMutation, ResolveCommentMutationVariables>;
export const EvidencePackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidencePack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidencePack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierTitle"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"upToEvent"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedEvent"}},{"kind":"Field","name":{"kind":"Name","value":"c144Subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedEvent"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"}},{"kind":"Field","name":{"kind":"Name","value":"daysAfterDraft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"provision"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sealedMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"session"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"sealHash"}}]}}]}}]}}]} as unknown as DocumentNode<EvidencePackQuery, EvidencePackQueryVariables>;
export const MyMentionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMentions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"dossierTitle"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"provisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"provisionHeading"}},{"kind":"Field","name":{"kind":"Name","value":"draftId"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MyMentionsQuery, MyMentionsQueryVariables>;
export const UpdateMyLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<UpdateMyLocaleMutation, UpdateMyLocaleMutationVariables>;
export const AddMinutesAddendumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMinutesAddendum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutesId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMinutesAddendum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minutesId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutesId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMinutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"addendumToId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sealedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"sealHash"}},{"kind":"Field","name":{"kind":"Name","value":"sealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sealEventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"mySignatory"}},{"kind":"Field","name":{"kind":"Name","value":"canDraft"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chairs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"inRoom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddMinutesAddendumMutation, AddMinutesAddendumMutationVariables>;
export const DecideOnMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideOnMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutesId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MinutesDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOnMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minutesId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutesId"}}},{"kind":"Argument","name":{"kind":"Name","value":"revision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revision"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMinutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"addendumToId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sealedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"sealHash"}},{"kind":"Field","name":{"kind":"Name","value":"sealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sealEventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"mySignatory"}},{"kind":"Field","name":{"kind":"Name","value":"canDraft"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chairs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"inRoom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecideOnMinutesMutation, DecideOnMinutesMutationVariables>;
export const GenerateMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMinutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"addendumToId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sealedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"sealHash"}},{"kind":"Field","name":{"kind":"Name","value":"sealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sealEventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"mySignatory"}},{"kind":"Field","name":{"kind":"Name","value":"canDraft"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chairs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"inRoom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GenerateMinutesMutation, GenerateMinutesMutationVariables>;
export const SaveMinutesNarrativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMinutesNarrative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutesId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"narrative"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MinutesNarrativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMinutesNarrative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minutesId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutesId"}}},{"kind":"Argument","name":{"kind":"Name","value":"narrative"},"value":{"kind":"Variable","name":{"kind":"Name","value":"narrative"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMinutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"addendumToId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sealedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"sealHash"}},{"kind":"Field","name":{"kind":"Name","value":"sealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sealEventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"mySignatory"}},{"kind":"Field","name":{"kind":"Name","value":"canDraft"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chairs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"inRoom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveMinutesNarrativeMutation, SaveMinutesNarrativeMutationVariables>;
export const SendMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutesId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minutesId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutesId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMinutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"addendumToId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sealedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"sealHash"}},{"kind":"Field","name":{"kind":"Name","value":"sealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sealEventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"mySignatory"}},{"kind":"Field","name":{"kind":"Name","value":"canDraft"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chairs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"inRoom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendMinutesMutation, SendMinutesMutationVariables>;
export const SessionMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRun"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionMinutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"addendumToId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sealedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"sealHash"}},{"kind":"Field","name":{"kind":"Name","value":"sealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sealEventSeq"}},{"kind":"Field","name":{"kind":"Name","value":"mySignatory"}},{"kind":"Field","name":{"kind":"Name","value":"canDraft"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatory"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"chairs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"inRoom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reopenings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionMinutesQuery, SessionMinutesQueryVariables>;
export const DossierOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positionSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"latest"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"draftId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributionResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"draftId"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierOutcomesQuery, DossierOutcomesQueryVariables>;
export const DelegationSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WordingSuggestionFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WordingSuggestionFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WordingSuggestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedText"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}}]}}]} as unknown as DocumentNode<DelegationSuggestionsQuery, DelegationSuggestionsQueryVariables>;
export const PositionSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positionSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubmissionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PositionSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"delegationId"}},{"kind":"Field","name":{"kind":"Name","value":"draftId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"general"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"proposedWording"}}]}}]}}]}}]} as unknown as DocumentNode<PositionSubmissionsQuery, PositionSubmissionsQueryVariables>;
export const PositionsDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionsDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PositionsDraftQuery, PositionsDraftQueryVariables>;
export const SubmitPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"draftId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draftId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubmissionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PositionSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"delegationId"}},{"kind":"Field","name":{"kind":"Name","value":"draftId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"general"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"proposedWording"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPositionMutation, SubmitPositionMutationVariables>;
export const RatificationRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatificationRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratificationRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundamental"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bound"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conventionsRatified"}},{"kind":"Field","name":{"kind":"Name","value":"protocolsRatified"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"notInForce"}},{"kind":"Field","name":{"kind":"Name","value":"denounced"}},{"kind":"Field","name":{"kind":"Name","value":"abrogated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatificationEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatificationEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatificationEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ratifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"denouncedOn"}},{"kind":"Field","name":{"kind":"Name","value":"denouncedBy"}},{"kind":"Field","name":{"kind":"Name","value":"automaticDenunciation"}},{"kind":"Field","name":{"kind":"Name","value":"abrogation"}},{"kind":"Field","name":{"kind":"Name","value":"declarations"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"convention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<RatificationRegisterQuery, RatificationRegisterQueryVariables>;
export const RecordRatificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRatification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRatificationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRatification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatificationEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatificationEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatificationEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ratifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"denouncedOn"}},{"kind":"Field","name":{"kind":"Name","value":"denouncedBy"}},{"kind":"Field","name":{"kind":"Name","value":"automaticDenunciation"}},{"kind":"Field","name":{"kind":"Name","value":"abrogation"}},{"kind":"Field","name":{"kind":"Name","value":"declarations"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"convention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<RecordRatificationMutation, RecordRatificationMutationVariables>;
export const RemoveRatificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRatification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRatification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"conventionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionCode"}}}]}]}}]} as unknown as DocumentNode<RemoveRatificationMutation, RemoveRatificationMutationVariables>;
export const ReportingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countryCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpens"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"convention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingCycleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCycleView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortCycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"longCycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"shortCycleGroups"}},{"kind":"Field","name":{"kind":"Name","value":"longCycleGroups"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpens"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<ReportingCalendarQuery, ReportingCalendarQueryVariables>;
export const UpdateReportingCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReportingCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReportingCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCycleView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortCycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"longCycleYears"}},{"kind":"Field","name":{"kind":"Name","value":"shortCycleGroups"}},{"kind":"Field","name":{"kind":"Name","value":"longCycleGroups"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"windowOpens"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<UpdateReportingCycleMutation, UpdateReportingCycleMutationVariables>;
export const ContributionResponsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContributionResponses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributionResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"canDraft"}},{"kind":"Field","name":{"kind":"Name","value":"canRecord"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"submissionId"}},{"kind":"Field","name":{"kind":"Name","value":"submissionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"draftId"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"provisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"provisionHeading"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"proposedWording"}},{"kind":"Field","name":{"kind":"Name","value":"answersSubmissionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernmentResponseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earlierAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissionId"}},{"kind":"Field","name":{"kind":"Name","value":"submissionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"proposedWording"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernmentResponseFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedProvision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"draftVersion"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernmentResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GovernmentResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ContributionResponsesQuery, ContributionResponsesQueryVariables>;
export const RespondToContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernmentResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernmentResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GovernmentResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RespondToContributionMutation, RespondToContributionMutationVariables>;
export const AgendaProvisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaProvisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgendaProvisionsQuery, AgendaProvisionsQueryVariables>;
export const ConsultationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSessionState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSessionState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"queueMode"}},{"kind":"Field","name":{"kind":"Name","value":"lastSpeakerSide"}},{"kind":"Field","name":{"kind":"Name","value":"serverTime"}},{"kind":"Field","name":{"kind":"Name","value":"currentRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"speakingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caucusEndsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provisionId"}},{"kind":"Field","name":{"kind":"Name","value":"draftingUnlocked"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"agreedText"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"GOVERNMENT"}},{"kind":"Field","name":{"kind":"Name","value":"EMPLOYERS"}},{"kind":"Field","name":{"kind":"Name","value":"WORKERS"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"hand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"manualPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"floor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"inRoom"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speakerId"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"speakingTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canRun"}},{"kind":"Field","name":{"kind":"Name","value":"canSpeak"}},{"kind":"Field","name":{"kind":"Name","value":"canDeclareStance"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}}]}}]}}]} as unknown as DocumentNode<ConsultationSessionQuery, ConsultationSessionQueryVariables>;
export const DossierSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DossierSessionsQuery, DossierSessionsQueryVariables>;
export const ScheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleSessionMutation, ScheduleSessionMutationVariables>;
export const SessionCaucusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionCaucus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caucusMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SessionCaucusQuery, SessionCaucusQueryVariables>;
export const SessionDossierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"canComment"}},{"kind":"Field","name":{"kind":"Name","value":"canCommentPrivately"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"marks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionDossierQuery, SessionDossierQueryVariables>;
export const UpcomingSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dossierId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpcomingSessionsQuery, UpcomingSessionsQueryVariables>;