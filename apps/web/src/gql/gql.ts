/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Countries($locale: String) {\n  countries {\n    code\n    name(locale: $locale)\n  }\n}": typeof types.CountriesDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!, $locale: String) {\n  createOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}": typeof types.CreateOrganizationDocument,
    "fragment InvitationRow on Invitation {\n  id\n  email\n  displayName\n  role\n  expiresAt\n  acceptedAt\n  createdAt\n  organization {\n    id\n    name\n    acronym\n  }\n}": typeof types.InvitationRowFragmentDoc,
    "query PendingInvitations {\n  invitations {\n    ...InvitationRow\n  }\n}": typeof types.PendingInvitationsDocument,
    "mutation InviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    url\n    token\n    invitation {\n      ...InvitationRow\n    }\n  }\n}": typeof types.InviteUserDocument,
    "fragment OrganizationRow on Organization {\n  id\n  name\n  acronym\n  kind\n  constituency\n  memberCount\n  country {\n    code\n    name(locale: $locale)\n  }\n}": typeof types.OrganizationRowFragmentDoc,
    "query AdminOrganizations($locale: String) {\n  organizations {\n    ...OrganizationRow\n  }\n}": typeof types.AdminOrganizationsDocument,
    "mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n  setUserDisabled(userId: $userId, disabled: $disabled) {\n    id\n    disabled\n  }\n}": typeof types.SetUserDisabledDocument,
    "mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!, $locale: String) {\n  updateOrganization(id: $id, input: $input) {\n    ...OrganizationRow\n  }\n}": typeof types.UpdateOrganizationDocument,
    "query AdminUsers {\n  users {\n    id\n    email\n    displayName\n    role\n    disabled\n    createdAt\n    organizations {\n      id\n      name\n      acronym\n      constituency\n    }\n  }\n}": typeof types.AdminUsersDocument,
    "query AuditVerification {\n  auditVerification {\n    verifiedAt\n    events\n    brokenChains\n    milliseconds\n    chains {\n      chain\n      dossierId\n      dossierTitle\n      events\n      lastChainSeq\n      lastHash\n      broken {\n        reason\n        seq\n        chainSeq\n        action\n        at\n        expectedChainSeq\n      }\n    }\n  }\n}": typeof types.AuditVerificationDocument,
    "query DossierActivity($dossierId: ID!, $first: Int, $before: String) {\n  dossierActivity(dossierId: $dossierId, first: $first, before: $before) {\n    hasMore\n    events {\n      seq\n      chainSeq\n      at\n      action\n      audience\n      side\n      data\n      hash\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n}": typeof types.DossierActivityDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...AuthTokens\n  }\n}": typeof types.AcceptInvitationDocument,
    "fragment AuthTokens on AuthPayload {\n  accessToken\n  refreshToken\n  accessTokenExpiresAt\n  user {\n    id\n    locale\n  }\n}": typeof types.AuthTokensFragmentDoc,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    displayName\n    organizationName\n    expiresAt\n  }\n}": typeof types.InvitationPreviewDocument,
    "query Me($locale: String) {\n  me {\n    id\n    email\n    displayName\n    locale\n    role\n    abilities {\n      canCreateDossier\n      canManagePeople\n    }\n    organizations {\n      id\n      name\n      acronym\n      kind\n      constituency\n      country {\n        code\n        name(locale: $locale)\n      }\n    }\n  }\n}": typeof types.MeDocument,
    "mutation RefreshAccessToken($refreshToken: String!) {\n  refreshAccessToken(refreshToken: $refreshToken) {\n    ...AuthTokens\n  }\n}": typeof types.RefreshAccessTokenDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    ...AuthTokens\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}": typeof types.SignOutDocument,
    "query EarlierThreads($id: ID!) {\n  dossier(id: $id) {\n    id\n    commentsOnPreviousVersions {\n      version\n      provisionNumber\n      provisionHeading\n      followedBy\n      thread {\n        ...CommentThread\n      }\n    }\n  }\n}": typeof types.EarlierThreadsDocument,
    "query MentionCandidates($dossierId: ID!) {\n  dossier(id: $dossierId) {\n    id\n    plenaryMentionCandidates: mentionCandidates(visibility: PLENARY) {\n      ...ParticipantRow\n    }\n    caucusMentionCandidates: mentionCandidates(visibility: DELEGATION) {\n      ...ParticipantRow\n    }\n  }\n}": typeof types.MentionCandidatesDocument,
    "fragment ConventionLinkFields on ConventionLink {\n  id\n  provisionId\n  conventionCode\n  article\n  gapNote\n  needsReview\n}": typeof types.ConventionLinkFieldsFragmentDoc,
    "query DossierCoverage($id: ID!, $locale: String) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      provisions {\n        id\n        kind\n        number\n        heading\n        parentId\n        position\n      }\n    }\n    coverage {\n      convention {\n        code\n        title(locale: $locale)\n        category\n        year\n      }\n      links {\n        ...ConventionLinkFields\n      }\n    }\n  }\n}": typeof types.DossierCoverageDocument,
    "mutation LinkConvention($input: LinkConventionInput!) {\n  linkConvention(input: $input) {\n    ...ConventionLinkFields\n  }\n}": typeof types.LinkConventionDocument,
    "mutation MarkConventionLinkReviewed($id: ID!) {\n  markConventionLinkReviewed(id: $id) {\n    ...ConventionLinkFields\n  }\n}": typeof types.MarkConventionLinkReviewedDocument,
    "query ProvisionConventionLinks($ids: [ID!]!) {\n  provisions(ids: $ids) {\n    id\n    conventionLinks {\n      ...ConventionLinkFields\n    }\n  }\n}": typeof types.ProvisionConventionLinksDocument,
    "mutation SetDossierConventions($id: ID!, $conventionCodes: [String!]!, $locale: String) {\n  updateDossier(id: $id, input: {conventionCodes: $conventionCodes}) {\n    id\n    conventions {\n      code\n      title(locale: $locale)\n    }\n  }\n}": typeof types.SetDossierConventionsDocument,
    "mutation UnlinkConvention($id: ID!) {\n  unlinkConvention(id: $id)\n}": typeof types.UnlinkConventionDocument,
    "mutation AddParticipant($input: AddParticipantInput!) {\n  addParticipant(input: $input) {\n    ...ParticipantRow\n  }\n}": typeof types.AddParticipantDocument,
    "query Conventions($locale: String) {\n  conventions {\n    code\n    title(locale: $locale)\n    category\n    year\n  }\n}": typeof types.ConventionsDocument,
    "mutation CreateDossier($input: CreateDossierInput!, $locale: String) {\n  createDossier(input: $input) {\n    ...DossierSummary\n  }\n}": typeof types.CreateDossierDocument,
    "mutation ConfirmDelegationRequest($requestId: ID!) {\n  confirmDelegationRequest(requestId: $requestId) {\n    ...ParticipantRow\n  }\n}\n\nmutation DeclineDelegationRequest($requestId: ID!) {\n  declineDelegationRequest(requestId: $requestId)\n}": typeof types.ConfirmDelegationRequestDocument,
    "fragment DelegationRequestRow on DelegationRequest {\n  id\n  lead\n  createdAt\n  canDecide\n  user {\n    id\n    displayName\n  }\n  requestedBy {\n    id\n    displayName\n  }\n}": typeof types.DelegationRequestRowFragmentDoc,
    "query DossierCandidates($dossierId: ID!, $constituency: Constituency) {\n  dossierCandidates(dossierId: $dossierId, constituency: $constituency) {\n    id\n    displayName\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n}": typeof types.DossierCandidatesDocument,
    "fragment DossierDetail on Dossier {\n  id\n  title\n  summary\n  kind\n  status\n  c144Subject\n  commentsDeadline\n  observersMayComment\n  country {\n    code\n    name(locale: $locale)\n  }\n  conventions {\n    code\n    title(locale: $locale)\n  }\n  delegations {\n    id\n    constituency\n    members {\n      ...ParticipantRow\n    }\n    requests {\n      ...DelegationRequestRow\n    }\n  }\n  participants {\n    ...ParticipantRow\n  }\n  parity {\n    government\n    employers\n    workers\n  }\n  me {\n    role\n    constituency\n    isLead\n    canManage\n    canComment\n    canCommentPrivately\n    canBringInto\n  }\n}": typeof types.DossierDetailFragmentDoc,
    "query DossierStatusHistory($dossierId: ID!) {\n  dossierStatusHistory(dossierId: $dossierId) {\n    at\n    from\n    to\n    by {\n      id\n      displayName\n    }\n  }\n}": typeof types.DossierStatusHistoryDocument,
    "fragment DossierSummary on Dossier {\n  id\n  title\n  kind\n  status\n  commentsDeadline\n  updatedAt\n  country {\n    code\n    name(locale: $locale)\n  }\n  parity {\n    government\n    employers\n    workers\n  }\n  me {\n    role\n    constituency\n  }\n}": typeof types.DossierSummaryFragmentDoc,
    "query Dossier($id: ID!, $locale: String) {\n  dossier(id: $id) {\n    ...DossierDetail\n  }\n}": typeof types.DossierDocument,
    "query Dossiers($locale: String) {\n  dossiers {\n    ...DossierSummary\n  }\n}": typeof types.DossiersDocument,
    "fragment ParticipantRow on Participant {\n  id\n  role\n  isLead\n  canChangeLead\n  constituency\n  user {\n    id\n    displayName\n  }\n}": typeof types.ParticipantRowFragmentDoc,
    "mutation ProposeDelegationMember($input: AddDelegationMemberInput!) {\n  proposeDelegationMember(input: $input) {\n    participant {\n      ...ParticipantRow\n    }\n    request {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n}": typeof types.ProposeDelegationMemberDocument,
    "mutation RemoveParticipant($participantId: ID!) {\n  removeParticipant(participantId: $participantId)\n}": typeof types.RemoveParticipantDocument,
    "mutation SetDelegationLead($participantId: ID!, $lead: Boolean!) {\n  setDelegationLead(participantId: $participantId, lead: $lead) {\n    ...ParticipantRow\n  }\n}": typeof types.SetDelegationLeadDocument,
    "mutation SetDossierC144Subject($id: ID!, $subject: C144Subject) {\n  setDossierC144Subject(dossierId: $id, subject: $subject) {\n    id\n    c144Subject\n  }\n}": typeof types.SetDossierC144SubjectDocument,
    "mutation SetDossierStatus($id: ID!, $status: DossierStatus!, $closingNote: String) {\n  updateDossier(id: $id, input: {status: $status, closingNote: $closingNote}) {\n    id\n    status\n  }\n}": typeof types.SetDossierStatusDocument,
    "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentThread\n  }\n}": typeof types.AddCommentDocument,
    "fragment CommentFields on Comment {\n  id\n  provisionId\n  parentId\n  visibility\n  body\n  suggestedText\n  createdAt\n  editedAt\n  deletedAt\n  resolvedAt\n  onPreviousVersion\n  canEdit\n  canDelete\n  canResolve\n  quote {\n    exact\n    prefix\n    suffix\n  }\n  author {\n    id\n    displayName\n    organizationName\n    constituency\n  }\n  mentions {\n    id\n    displayName\n  }\n}": typeof types.CommentFieldsFragmentDoc,
    "fragment CommentThread on Comment {\n  ...CommentFields\n  replies {\n    ...CommentFields\n  }\n}": typeof types.CommentThreadFragmentDoc,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id) {\n    ...CommentFields\n  }\n}": typeof types.DeleteCommentDocument,
    "query DossierDrafts($id: ID!) {\n  dossier(id: $id) {\n    id\n    drafts {\n      ...DraftMeta\n    }\n  }\n}": typeof types.DossierDraftsDocument,
    "fragment DraftMeta on Draft {\n  id\n  version\n  title\n  sourceFormat\n  sourceFilename\n  language\n  createdAt\n  changeSummary {\n    added\n    removed\n    changed\n    unchanged\n  }\n}": typeof types.DraftMetaFragmentDoc,
    "query DraftText($id: ID!) {\n  draft(id: $id) {\n    ...DraftMeta\n    provisions {\n      id\n      key\n      kind\n      number\n      heading\n      text\n      marks {\n        kind\n        start\n        end\n        target\n      }\n      notes\n      position\n      depth\n      parentId\n      previousId\n      matchedBy\n      commentCount\n      diff {\n        op\n        text\n      }\n      conventionLinks {\n        ...ConventionLinkFields\n      }\n    }\n  }\n}": typeof types.DraftTextDocument,
    "mutation EditComment($id: ID!, $input: EditCommentInput!) {\n  editComment(id: $id, input: $input) {\n    ...CommentFields\n  }\n}": typeof types.EditCommentDocument,
    "query ProvisionThreads($ids: [ID!]!) {\n  provisions(ids: $ids) {\n    id\n    commentCount\n    comments {\n      ...CommentThread\n    }\n  }\n}": typeof types.ProvisionThreadsDocument,
    "query RemovedProvisions($id: ID!) {\n  draft(id: $id) {\n    id\n    removedSincePrevious {\n      id\n      kind\n      number\n      heading\n      text\n      afterId\n    }\n  }\n}": typeof types.RemovedProvisionsDocument,
    "mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n  resolveComment(id: $id, resolved: $resolved) {\n    ...CommentFields\n  }\n}": typeof types.ResolveCommentDocument,
    "query EvidencePack($dossierId: ID!) {\n  evidencePack(dossierId: $dossierId) {\n    dossierTitle\n    country\n    generatedAt\n    upToEvent\n    openedAt\n    openedEvent\n    c144Subject {\n      at\n      event\n      subject\n    }\n    contributions\n    invitations {\n      at\n      event\n      person\n      organization\n      constituency\n      role\n      lead\n    }\n    drafts {\n      at\n      event\n      version\n      to {\n        side\n        people\n      }\n    }\n    sessions {\n      title\n      at\n      event\n      closedAt\n      closedEvent\n      attendance {\n        side\n        people\n      }\n      draftVersion\n      daysAfterDraft\n    }\n    submissions {\n      at\n      event\n      constituency\n      number\n      draftVersion\n    }\n    outcomes {\n      at\n      event\n      item\n      session\n      outcome\n    }\n    responses {\n      at\n      event\n      provision\n      constituency\n      verdict\n    }\n    sealedMinutes {\n      at\n      event\n      session\n      kind\n      revision\n      sealHash\n    }\n  }\n}": typeof types.EvidencePackDocument,
    "query MyMentions {\n  myMentions(limit: 20) {\n    commentId\n    dossierId\n    dossierTitle\n    provisionId\n    provisionNumber\n    provisionHeading\n    draftId\n    draftVersion\n    authorName\n    excerpt\n    visibility\n    createdAt\n  }\n}": typeof types.MyMentionsDocument,
    "mutation UpdateMyLocale($locale: String!) {\n  updateMyProfile(input: {locale: $locale}) {\n    id\n    locale\n  }\n}": typeof types.UpdateMyLocaleDocument,
    "mutation AddMinutesAddendum($minutesId: ID!, $text: String!) {\n  addMinutesAddendum(minutesId: $minutesId, text: $text) {\n    ...MinutesFields\n  }\n}": typeof types.AddMinutesAddendumDocument,
    "mutation DecideOnMinutes($minutesId: ID!, $revision: Int!, $decision: MinutesDecision!, $comment: String) {\n  decideOnMinutes(\n    minutesId: $minutesId\n    revision: $revision\n    decision: $decision\n    comment: $comment\n  ) {\n    ...MinutesFields\n  }\n}": typeof types.DecideOnMinutesDocument,
    "mutation GenerateMinutes($sessionId: ID!) {\n  generateMinutes(sessionId: $sessionId) {\n    ...MinutesFields\n  }\n}": typeof types.GenerateMinutesDocument,
    "fragment MinutesFields on SessionMinutes {\n  id\n  sessionId\n  kind\n  addendumToId\n  state\n  sealedRevision\n  sealHash\n  sealedAt\n  sealEventSeq\n  mySignatory\n  canDraft\n  revisions {\n    number\n    createdAt\n    sentAt\n    contentHash\n    approvals {\n      signatory\n      decision\n      comment\n      decidedBy\n      decidedAt\n    }\n    content {\n      kind\n      opening\n      closing\n      session {\n        id\n        title\n        startsAt\n        endsAt\n        place\n        meetingUrl\n        chairs\n      }\n      attendance {\n        userId\n        name\n        organization\n        constituency\n        role\n        stretches {\n          joinedAt\n          leftAt\n          inRoom\n        }\n      }\n      items {\n        agendaItemId\n        position\n        title\n        provisionId\n        notes\n        interventions {\n          id\n          speaker\n          organization\n          constituency\n          kind\n          startedAt\n          durationSeconds\n          summary\n        }\n        stances {\n          constituency\n          stance\n          reservation\n          declaredAt\n        }\n        reopenings {\n          at\n          by\n          reason\n          outcome\n        }\n        outcome {\n          outcome\n          note\n          agreedText\n          recordedAt\n          reservations {\n            GOVERNMENT\n            EMPLOYERS\n            WORKERS\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MinutesFieldsFragmentDoc,
    "mutation SaveMinutesNarrative($minutesId: ID!, $narrative: MinutesNarrativeInput!) {\n  saveMinutesNarrative(minutesId: $minutesId, narrative: $narrative) {\n    ...MinutesFields\n  }\n}": typeof types.SaveMinutesNarrativeDocument,
    "mutation SendMinutes($minutesId: ID!) {\n  sendMinutes(minutesId: $minutesId) {\n    ...MinutesFields\n  }\n}": typeof types.SendMinutesDocument,
    "query SessionMinutes($sessionId: ID!) {\n  consultationSession(id: $sessionId) {\n    id\n    title\n    status\n    dossierId\n    me {\n      canRun\n    }\n  }\n  sessionMinutes(sessionId: $sessionId) {\n    ...MinutesFields\n  }\n}": typeof types.SessionMinutesDocument,
    "query DossierOutcomes($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      provisions {\n        id\n        kind\n        number\n        heading\n        position\n      }\n    }\n    outcomes {\n      id\n      agendaItemId\n      provisionId\n      outcome\n      note\n      agreedText\n      recordedAt\n      reservations {\n        GOVERNMENT\n        EMPLOYERS\n        WORKERS\n      }\n    }\n    sessions {\n      id\n      title\n      startsAt\n      agenda {\n        id\n        title\n        provisionId\n        stances {\n          id\n          constituency\n          stance\n          reservation\n          declaredAt\n        }\n      }\n    }\n  }\n  positionSubmissions(dossierId: $id, latest: true) {\n    id\n    constituency\n    draftId\n    number\n    submittedAt\n    content {\n      provisions {\n        provisionId\n        stance\n      }\n    }\n  }\n  contributionResponses(dossierId: $id) {\n    total\n    answered\n    contributions {\n      key\n      constituency\n      provisionId\n      draftId\n      response {\n        id\n        verdict\n        status\n        recordedAt\n      }\n    }\n  }\n}": typeof types.DossierOutcomesDocument,
    "query DelegationSuggestions($draftId: ID!) {\n  draft(id: $draftId) {\n    id\n    provisions {\n      id\n      kind\n      parentId\n      comments {\n        ...WordingSuggestionFields\n        replies {\n          ...WordingSuggestionFields\n        }\n      }\n    }\n  }\n}": typeof types.DelegationSuggestionsDocument,
    "query PositionSubmissions($dossierId: ID!) {\n  positionSubmissions(dossierId: $dossierId) {\n    ...SubmissionFields\n  }\n}": typeof types.PositionSubmissionsDocument,
    "query PositionsDraft($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      language\n      provisions {\n        id\n        kind\n        number\n        heading\n        text\n      }\n    }\n  }\n}": typeof types.PositionsDraftDocument,
    "fragment SubmissionFields on PositionSubmission {\n  id\n  number\n  constituency\n  delegationId\n  draftId\n  submittedAt\n  contentHash\n  content {\n    general\n    provisions {\n      provisionId\n      stance\n      rationale\n      proposedWording\n    }\n  }\n}": typeof types.SubmissionFieldsFragmentDoc,
    "mutation SubmitPosition($delegationId: ID!, $draftId: ID!) {\n  submitPosition(delegationId: $delegationId, draftId: $draftId) {\n    ...SubmissionFields\n  }\n}": typeof types.SubmitPositionDocument,
    "fragment WordingSuggestionFields on Comment {\n  id\n  provisionId\n  suggestedText\n  createdAt\n  deletedAt\n  quote {\n    exact\n    prefix\n    suffix\n  }\n  author {\n    id\n    displayName\n    constituency\n  }\n}": typeof types.WordingSuggestionFieldsFragmentDoc,
    "fragment RatificationEntryFields on RatificationEntry {\n  id\n  status\n  ratifiedOn\n  denouncedOn\n  denouncedBy\n  automaticDenunciation\n  abrogation\n  declarations\n  note\n  dossierId\n  updatedAt\n  convention {\n    code\n    category\n    year\n    title(locale: $locale)\n  }\n}": typeof types.RatificationEntryFieldsFragmentDoc,
    "query RatificationRegister($countryCode: ID!, $locale: String) {\n  ratificationRegister(countryCode: $countryCode) {\n    canEdit\n    country {\n      code\n      name(locale: $locale)\n    }\n    summary {\n      fundamental {\n        bound\n        of\n      }\n      governance {\n        bound\n        of\n      }\n      technical {\n        bound\n      }\n      conventionsRatified\n      protocolsRatified\n      inForce\n      notInForce\n      denounced\n      abrogated\n    }\n    gap {\n      code\n      category\n      title(locale: $locale)\n    }\n    entries {\n      ...RatificationEntryFields\n    }\n  }\n}": typeof types.RatificationRegisterDocument,
    "mutation RecordRatification($input: RecordRatificationInput!, $locale: String) {\n  recordRatification(input: $input) {\n    ...RatificationEntryFields\n  }\n}": typeof types.RecordRatificationDocument,
    "mutation RemoveRatification($countryCode: ID!, $conventionCode: ID!) {\n  removeRatification(countryCode: $countryCode, conventionCode: $conventionCode)\n}": typeof types.RemoveRatificationDocument,
    "query ReportingCalendar($countryCode: ID!, $year: Int!, $locale: String) {\n  reportingCalendar(countryCode: $countryCode, year: $year) {\n    year\n    reports {\n      kind\n      windowOpens\n      dueOn\n      convention {\n        code\n        category\n        title(locale: $locale)\n      }\n    }\n    cycle {\n      ...ReportingCycleFields\n    }\n  }\n}": typeof types.ReportingCalendarDocument,
    "fragment ReportingCycleFields on ReportingCycleView {\n  shortCycleYears\n  longCycleYears\n  shortCycleGroups\n  longCycleGroups\n  startYear\n  windowOpens\n  dueOn\n  isDefault\n}": typeof types.ReportingCycleFieldsFragmentDoc,
    "mutation UpdateReportingCycle($input: ReportingCycleInput!) {\n  updateReportingCycle(input: $input) {\n    ...ReportingCycleFields\n  }\n}": typeof types.UpdateReportingCycleDocument,
    "query ContributionResponses($dossierId: ID!) {\n  contributionResponses(dossierId: $dossierId) {\n    total\n    answered\n    canDraft\n    canRecord\n    contributions {\n      key\n      submissionId\n      submissionNumber\n      submittedAt\n      constituency\n      draftId\n      draftVersion\n      provisionId\n      provisionNumber\n      provisionHeading\n      stance\n      rationale\n      proposedWording\n      answersSubmissionNumber\n      response {\n        ...GovernmentResponseFields\n      }\n      earlierAnswer {\n        submissionId\n        submissionNumber\n        stance\n        rationale\n        proposedWording\n        response {\n          ...GovernmentResponseFields\n        }\n      }\n      changedProvision {\n        provisionId\n        draftVersion\n        number\n        heading\n        diff {\n          op\n          text\n        }\n      }\n    }\n  }\n}": typeof types.ContributionResponsesDocument,
    "fragment GovernmentResponseFields on GovernmentResponse {\n  id\n  verdict\n  reasons\n  status\n  recordedAt\n  updatedAt\n}": typeof types.GovernmentResponseFieldsFragmentDoc,
    "mutation RespondToContribution($input: RespondToContributionInput!) {\n  respondToContribution(input: $input) {\n    ...GovernmentResponseFields\n  }\n}": typeof types.RespondToContributionDocument,
    "query AgendaProvisions($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      provisions {\n        id\n        kind\n        number\n        heading\n        position\n      }\n    }\n  }\n}": typeof types.AgendaProvisionsDocument,
    "query ConsultationSession($id: ID!) {\n  consultationSession(id: $id) {\n    ...LiveSessionState\n  }\n}": typeof types.ConsultationSessionDocument,
    "query DossierSessions($id: ID!) {\n  dossier(id: $id) {\n    id\n    sessions {\n      ...SessionSummary\n    }\n  }\n}": typeof types.DossierSessionsDocument,
    "fragment LiveSessionState on ConsultationSession {\n  id\n  dossierId\n  title\n  startsAt\n  endsAt\n  place\n  meetingUrl\n  status\n  seq\n  queueMode\n  lastSpeakerSide\n  serverTime\n  currentRound {\n    id\n    kind\n    agendaItemId\n    speakingSeconds\n    openedAt\n    caucusEndsAt\n  }\n  agenda {\n    id\n    position\n    title\n    provisionId\n    draftingUnlocked\n    outcome {\n      id\n      outcome\n      note\n      agreedText\n      reservations {\n        GOVERNMENT\n        EMPLOYERS\n        WORKERS\n      }\n    }\n    stances {\n      id\n      roundId\n      constituency\n      stance\n      reservation\n    }\n  }\n  queue {\n    position\n    hand {\n      id\n      kind\n      constituency\n      userId\n      raisedAt\n      manualPosition\n    }\n    person {\n      id\n      displayName\n    }\n  }\n  floor {\n    hand {\n      id\n      constituency\n      userId\n      kind\n    }\n    person {\n      id\n      displayName\n    }\n    since\n    deadline\n  }\n  attendance {\n    id\n    userId\n    inRoom\n    joinedAt\n    leftAt\n  }\n  interventions {\n    id\n    speakerId\n    constituency\n    startedAt\n    durationSeconds\n    summary\n    agendaItemId\n  }\n  speakingTotals {\n    constituency\n    person {\n      id\n      displayName\n    }\n    seconds\n  }\n  me {\n    canRun\n    canSpeak\n    canDeclareStance\n    constituency\n  }\n}": typeof types.LiveSessionStateFragmentDoc,
    "mutation ScheduleSession($input: ScheduleSessionInput!) {\n  scheduleSession(input: $input) {\n    ...SessionSummary\n  }\n}": typeof types.ScheduleSessionDocument,
    "query SessionCaucus($id: ID!) {\n  consultationSession(id: $id) {\n    id\n    caucusMessages {\n      id\n      authorName\n      body\n      createdAt\n    }\n  }\n}": typeof types.SessionCaucusDocument,
    "query SessionDossier($id: ID!) {\n  dossier(id: $id) {\n    id\n    title\n    me {\n      constituency\n      canComment\n      canCommentPrivately\n    }\n    participants {\n      id\n      role\n      constituency\n      isLead\n      user {\n        id\n        displayName\n      }\n    }\n    currentDraft {\n      id\n      language\n      provisions {\n        id\n        kind\n        number\n        heading\n        text\n        key\n        marks {\n          kind\n          start\n          end\n          target\n        }\n      }\n    }\n  }\n}": typeof types.SessionDossierDocument,
    "fragment SessionSummary on ConsultationSession {\n  id\n  dossierId\n  title\n  startsAt\n  endsAt\n  place\n  meetingUrl\n  status\n  agenda {\n    id\n  }\n}": typeof types.SessionSummaryFragmentDoc,
    "query UpcomingSessions {\n  upcomingSessions {\n    ...SessionSummary\n  }\n}": typeof types.UpcomingSessionsDocument,
};
const documents: Documents = {
    "query Countries($locale: String) {\n  countries {\n    code\n    name(locale: $locale)\n  }\n}": types.CountriesDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!, $locale: String) {\n  createOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}": types.CreateOrganizationDocument,
    "fragment InvitationRow on Invitation {\n  id\n  email\n  displayName\n  role\n  expiresAt\n  acceptedAt\n  createdAt\n  organization {\n    id\n    name\n    acronym\n  }\n}": types.InvitationRowFragmentDoc,
    "query PendingInvitations {\n  invitations {\n    ...InvitationRow\n  }\n}": types.PendingInvitationsDocument,
    "mutation InviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    url\n    token\n    invitation {\n      ...InvitationRow\n    }\n  }\n}": types.InviteUserDocument,
    "fragment OrganizationRow on Organization {\n  id\n  name\n  acronym\n  kind\n  constituency\n  memberCount\n  country {\n    code\n    name(locale: $locale)\n  }\n}": types.OrganizationRowFragmentDoc,
    "query AdminOrganizations($locale: String) {\n  organizations {\n    ...OrganizationRow\n  }\n}": types.AdminOrganizationsDocument,
    "mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n  setUserDisabled(userId: $userId, disabled: $disabled) {\n    id\n    disabled\n  }\n}": types.SetUserDisabledDocument,
    "mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!, $locale: String) {\n  updateOrganization(id: $id, input: $input) {\n    ...OrganizationRow\n  }\n}": types.UpdateOrganizationDocument,
    "query AdminUsers {\n  users {\n    id\n    email\n    displayName\n    role\n    disabled\n    createdAt\n    organizations {\n      id\n      name\n      acronym\n      constituency\n    }\n  }\n}": types.AdminUsersDocument,
    "query AuditVerification {\n  auditVerification {\n    verifiedAt\n    events\n    brokenChains\n    milliseconds\n    chains {\n      chain\n      dossierId\n      dossierTitle\n      events\n      lastChainSeq\n      lastHash\n      broken {\n        reason\n        seq\n        chainSeq\n        action\n        at\n        expectedChainSeq\n      }\n    }\n  }\n}": types.AuditVerificationDocument,
    "query DossierActivity($dossierId: ID!, $first: Int, $before: String) {\n  dossierActivity(dossierId: $dossierId, first: $first, before: $before) {\n    hasMore\n    events {\n      seq\n      chainSeq\n      at\n      action\n      audience\n      side\n      data\n      hash\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n}": types.DossierActivityDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...AuthTokens\n  }\n}": types.AcceptInvitationDocument,
    "fragment AuthTokens on AuthPayload {\n  accessToken\n  refreshToken\n  accessTokenExpiresAt\n  user {\n    id\n    locale\n  }\n}": types.AuthTokensFragmentDoc,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    displayName\n    organizationName\n    expiresAt\n  }\n}": types.InvitationPreviewDocument,
    "query Me($locale: String) {\n  me {\n    id\n    email\n    displayName\n    locale\n    role\n    abilities {\n      canCreateDossier\n      canManagePeople\n    }\n    organizations {\n      id\n      name\n      acronym\n      kind\n      constituency\n      country {\n        code\n        name(locale: $locale)\n      }\n    }\n  }\n}": types.MeDocument,
    "mutation RefreshAccessToken($refreshToken: String!) {\n  refreshAccessToken(refreshToken: $refreshToken) {\n    ...AuthTokens\n  }\n}": types.RefreshAccessTokenDocument,
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    ...AuthTokens\n  }\n}": types.SignInDocument,
    "mutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}": types.SignOutDocument,
    "query EarlierThreads($id: ID!) {\n  dossier(id: $id) {\n    id\n    commentsOnPreviousVersions {\n      version\n      provisionNumber\n      provisionHeading\n      followedBy\n      thread {\n        ...CommentThread\n      }\n    }\n  }\n}": types.EarlierThreadsDocument,
    "query MentionCandidates($dossierId: ID!) {\n  dossier(id: $dossierId) {\n    id\n    plenaryMentionCandidates: mentionCandidates(visibility: PLENARY) {\n      ...ParticipantRow\n    }\n    caucusMentionCandidates: mentionCandidates(visibility: DELEGATION) {\n      ...ParticipantRow\n    }\n  }\n}": types.MentionCandidatesDocument,
    "fragment ConventionLinkFields on ConventionLink {\n  id\n  provisionId\n  conventionCode\n  article\n  gapNote\n  needsReview\n}": types.ConventionLinkFieldsFragmentDoc,
    "query DossierCoverage($id: ID!, $locale: String) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      provisions {\n        id\n        kind\n        number\n        heading\n        parentId\n        position\n      }\n    }\n    coverage {\n      convention {\n        code\n        title(locale: $locale)\n        category\n        year\n      }\n      links {\n        ...ConventionLinkFields\n      }\n    }\n  }\n}": types.DossierCoverageDocument,
    "mutation LinkConvention($input: LinkConventionInput!) {\n  linkConvention(input: $input) {\n    ...ConventionLinkFields\n  }\n}": types.LinkConventionDocument,
    "mutation MarkConventionLinkReviewed($id: ID!) {\n  markConventionLinkReviewed(id: $id) {\n    ...ConventionLinkFields\n  }\n}": types.MarkConventionLinkReviewedDocument,
    "query ProvisionConventionLinks($ids: [ID!]!) {\n  provisions(ids: $ids) {\n    id\n    conventionLinks {\n      ...ConventionLinkFields\n    }\n  }\n}": types.ProvisionConventionLinksDocument,
    "mutation SetDossierConventions($id: ID!, $conventionCodes: [String!]!, $locale: String) {\n  updateDossier(id: $id, input: {conventionCodes: $conventionCodes}) {\n    id\n    conventions {\n      code\n      title(locale: $locale)\n    }\n  }\n}": types.SetDossierConventionsDocument,
    "mutation UnlinkConvention($id: ID!) {\n  unlinkConvention(id: $id)\n}": types.UnlinkConventionDocument,
    "mutation AddParticipant($input: AddParticipantInput!) {\n  addParticipant(input: $input) {\n    ...ParticipantRow\n  }\n}": types.AddParticipantDocument,
    "query Conventions($locale: String) {\n  conventions {\n    code\n    title(locale: $locale)\n    category\n    year\n  }\n}": types.ConventionsDocument,
    "mutation CreateDossier($input: CreateDossierInput!, $locale: String) {\n  createDossier(input: $input) {\n    ...DossierSummary\n  }\n}": types.CreateDossierDocument,
    "mutation ConfirmDelegationRequest($requestId: ID!) {\n  confirmDelegationRequest(requestId: $requestId) {\n    ...ParticipantRow\n  }\n}\n\nmutation DeclineDelegationRequest($requestId: ID!) {\n  declineDelegationRequest(requestId: $requestId)\n}": types.ConfirmDelegationRequestDocument,
    "fragment DelegationRequestRow on DelegationRequest {\n  id\n  lead\n  createdAt\n  canDecide\n  user {\n    id\n    displayName\n  }\n  requestedBy {\n    id\n    displayName\n  }\n}": types.DelegationRequestRowFragmentDoc,
    "query DossierCandidates($dossierId: ID!, $constituency: Constituency) {\n  dossierCandidates(dossierId: $dossierId, constituency: $constituency) {\n    id\n    displayName\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n}": types.DossierCandidatesDocument,
    "fragment DossierDetail on Dossier {\n  id\n  title\n  summary\n  kind\n  status\n  c144Subject\n  commentsDeadline\n  observersMayComment\n  country {\n    code\n    name(locale: $locale)\n  }\n  conventions {\n    code\n    title(locale: $locale)\n  }\n  delegations {\n    id\n    constituency\n    members {\n      ...ParticipantRow\n    }\n    requests {\n      ...DelegationRequestRow\n    }\n  }\n  participants {\n    ...ParticipantRow\n  }\n  parity {\n    government\n    employers\n    workers\n  }\n  me {\n    role\n    constituency\n    isLead\n    canManage\n    canComment\n    canCommentPrivately\n    canBringInto\n  }\n}": types.DossierDetailFragmentDoc,
    "query DossierStatusHistory($dossierId: ID!) {\n  dossierStatusHistory(dossierId: $dossierId) {\n    at\n    from\n    to\n    by {\n      id\n      displayName\n    }\n  }\n}": types.DossierStatusHistoryDocument,
    "fragment DossierSummary on Dossier {\n  id\n  title\n  kind\n  status\n  commentsDeadline\n  updatedAt\n  country {\n    code\n    name(locale: $locale)\n  }\n  parity {\n    government\n    employers\n    workers\n  }\n  me {\n    role\n    constituency\n  }\n}": types.DossierSummaryFragmentDoc,
    "query Dossier($id: ID!, $locale: String) {\n  dossier(id: $id) {\n    ...DossierDetail\n  }\n}": types.DossierDocument,
    "query Dossiers($locale: String) {\n  dossiers {\n    ...DossierSummary\n  }\n}": types.DossiersDocument,
    "fragment ParticipantRow on Participant {\n  id\n  role\n  isLead\n  canChangeLead\n  constituency\n  user {\n    id\n    displayName\n  }\n}": types.ParticipantRowFragmentDoc,
    "mutation ProposeDelegationMember($input: AddDelegationMemberInput!) {\n  proposeDelegationMember(input: $input) {\n    participant {\n      ...ParticipantRow\n    }\n    request {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n}": types.ProposeDelegationMemberDocument,
    "mutation RemoveParticipant($participantId: ID!) {\n  removeParticipant(participantId: $participantId)\n}": types.RemoveParticipantDocument,
    "mutation SetDelegationLead($participantId: ID!, $lead: Boolean!) {\n  setDelegationLead(participantId: $participantId, lead: $lead) {\n    ...ParticipantRow\n  }\n}": types.SetDelegationLeadDocument,
    "mutation SetDossierC144Subject($id: ID!, $subject: C144Subject) {\n  setDossierC144Subject(dossierId: $id, subject: $subject) {\n    id\n    c144Subject\n  }\n}": types.SetDossierC144SubjectDocument,
    "mutation SetDossierStatus($id: ID!, $status: DossierStatus!, $closingNote: String) {\n  updateDossier(id: $id, input: {status: $status, closingNote: $closingNote}) {\n    id\n    status\n  }\n}": types.SetDossierStatusDocument,
    "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentThread\n  }\n}": types.AddCommentDocument,
    "fragment CommentFields on Comment {\n  id\n  provisionId\n  parentId\n  visibility\n  body\n  suggestedText\n  createdAt\n  editedAt\n  deletedAt\n  resolvedAt\n  onPreviousVersion\n  canEdit\n  canDelete\n  canResolve\n  quote {\n    exact\n    prefix\n    suffix\n  }\n  author {\n    id\n    displayName\n    organizationName\n    constituency\n  }\n  mentions {\n    id\n    displayName\n  }\n}": types.CommentFieldsFragmentDoc,
    "fragment CommentThread on Comment {\n  ...CommentFields\n  replies {\n    ...CommentFields\n  }\n}": types.CommentThreadFragmentDoc,
    "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id) {\n    ...CommentFields\n  }\n}": types.DeleteCommentDocument,
    "query DossierDrafts($id: ID!) {\n  dossier(id: $id) {\n    id\n    drafts {\n      ...DraftMeta\n    }\n  }\n}": types.DossierDraftsDocument,
    "fragment DraftMeta on Draft {\n  id\n  version\n  title\n  sourceFormat\n  sourceFilename\n  language\n  createdAt\n  changeSummary {\n    added\n    removed\n    changed\n    unchanged\n  }\n}": types.DraftMetaFragmentDoc,
    "query DraftText($id: ID!) {\n  draft(id: $id) {\n    ...DraftMeta\n    provisions {\n      id\n      key\n      kind\n      number\n      heading\n      text\n      marks {\n        kind\n        start\n        end\n        target\n      }\n      notes\n      position\n      depth\n      parentId\n      previousId\n      matchedBy\n      commentCount\n      diff {\n        op\n        text\n      }\n      conventionLinks {\n        ...ConventionLinkFields\n      }\n    }\n  }\n}": types.DraftTextDocument,
    "mutation EditComment($id: ID!, $input: EditCommentInput!) {\n  editComment(id: $id, input: $input) {\n    ...CommentFields\n  }\n}": types.EditCommentDocument,
    "query ProvisionThreads($ids: [ID!]!) {\n  provisions(ids: $ids) {\n    id\n    commentCount\n    comments {\n      ...CommentThread\n    }\n  }\n}": types.ProvisionThreadsDocument,
    "query RemovedProvisions($id: ID!) {\n  draft(id: $id) {\n    id\n    removedSincePrevious {\n      id\n      kind\n      number\n      heading\n      text\n      afterId\n    }\n  }\n}": types.RemovedProvisionsDocument,
    "mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n  resolveComment(id: $id, resolved: $resolved) {\n    ...CommentFields\n  }\n}": types.ResolveCommentDocument,
    "query EvidencePack($dossierId: ID!) {\n  evidencePack(dossierId: $dossierId) {\n    dossierTitle\n    country\n    generatedAt\n    upToEvent\n    openedAt\n    openedEvent\n    c144Subject {\n      at\n      event\n      subject\n    }\n    contributions\n    invitations {\n      at\n      event\n      person\n      organization\n      constituency\n      role\n      lead\n    }\n    drafts {\n      at\n      event\n      version\n      to {\n        side\n        people\n      }\n    }\n    sessions {\n      title\n      at\n      event\n      closedAt\n      closedEvent\n      attendance {\n        side\n        people\n      }\n      draftVersion\n      daysAfterDraft\n    }\n    submissions {\n      at\n      event\n      constituency\n      number\n      draftVersion\n    }\n    outcomes {\n      at\n      event\n      item\n      session\n      outcome\n    }\n    responses {\n      at\n      event\n      provision\n      constituency\n      verdict\n    }\n    sealedMinutes {\n      at\n      event\n      session\n      kind\n      revision\n      sealHash\n    }\n  }\n}": types.EvidencePackDocument,
    "query MyMentions {\n  myMentions(limit: 20) {\n    commentId\n    dossierId\n    dossierTitle\n    provisionId\n    provisionNumber\n    provisionHeading\n    draftId\n    draftVersion\n    authorName\n    excerpt\n    visibility\n    createdAt\n  }\n}": types.MyMentionsDocument,
    "mutation UpdateMyLocale($locale: String!) {\n  updateMyProfile(input: {locale: $locale}) {\n    id\n    locale\n  }\n}": types.UpdateMyLocaleDocument,
    "mutation AddMinutesAddendum($minutesId: ID!, $text: String!) {\n  addMinutesAddendum(minutesId: $minutesId, text: $text) {\n    ...MinutesFields\n  }\n}": types.AddMinutesAddendumDocument,
    "mutation DecideOnMinutes($minutesId: ID!, $revision: Int!, $decision: MinutesDecision!, $comment: String) {\n  decideOnMinutes(\n    minutesId: $minutesId\n    revision: $revision\n    decision: $decision\n    comment: $comment\n  ) {\n    ...MinutesFields\n  }\n}": types.DecideOnMinutesDocument,
    "mutation GenerateMinutes($sessionId: ID!) {\n  generateMinutes(sessionId: $sessionId) {\n    ...MinutesFields\n  }\n}": types.GenerateMinutesDocument,
    "fragment MinutesFields on SessionMinutes {\n  id\n  sessionId\n  kind\n  addendumToId\n  state\n  sealedRevision\n  sealHash\n  sealedAt\n  sealEventSeq\n  mySignatory\n  canDraft\n  revisions {\n    number\n    createdAt\n    sentAt\n    contentHash\n    approvals {\n      signatory\n      decision\n      comment\n      decidedBy\n      decidedAt\n    }\n    content {\n      kind\n      opening\n      closing\n      session {\n        id\n        title\n        startsAt\n        endsAt\n        place\n        meetingUrl\n        chairs\n      }\n      attendance {\n        userId\n        name\n        organization\n        constituency\n        role\n        stretches {\n          joinedAt\n          leftAt\n          inRoom\n        }\n      }\n      items {\n        agendaItemId\n        position\n        title\n        provisionId\n        notes\n        interventions {\n          id\n          speaker\n          organization\n          constituency\n          kind\n          startedAt\n          durationSeconds\n          summary\n        }\n        stances {\n          constituency\n          stance\n          reservation\n          declaredAt\n        }\n        reopenings {\n          at\n          by\n          reason\n          outcome\n        }\n        outcome {\n          outcome\n          note\n          agreedText\n          recordedAt\n          reservations {\n            GOVERNMENT\n            EMPLOYERS\n            WORKERS\n          }\n        }\n      }\n    }\n  }\n}": types.MinutesFieldsFragmentDoc,
    "mutation SaveMinutesNarrative($minutesId: ID!, $narrative: MinutesNarrativeInput!) {\n  saveMinutesNarrative(minutesId: $minutesId, narrative: $narrative) {\n    ...MinutesFields\n  }\n}": types.SaveMinutesNarrativeDocument,
    "mutation SendMinutes($minutesId: ID!) {\n  sendMinutes(minutesId: $minutesId) {\n    ...MinutesFields\n  }\n}": types.SendMinutesDocument,
    "query SessionMinutes($sessionId: ID!) {\n  consultationSession(id: $sessionId) {\n    id\n    title\n    status\n    dossierId\n    me {\n      canRun\n    }\n  }\n  sessionMinutes(sessionId: $sessionId) {\n    ...MinutesFields\n  }\n}": types.SessionMinutesDocument,
    "query DossierOutcomes($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      provisions {\n        id\n        kind\n        number\n        heading\n        position\n      }\n    }\n    outcomes {\n      id\n      agendaItemId\n      provisionId\n      outcome\n      note\n      agreedText\n      recordedAt\n      reservations {\n        GOVERNMENT\n        EMPLOYERS\n        WORKERS\n      }\n    }\n    sessions {\n      id\n      title\n      startsAt\n      agenda {\n        id\n        title\n        provisionId\n        stances {\n          id\n          constituency\n          stance\n          reservation\n          declaredAt\n        }\n      }\n    }\n  }\n  positionSubmissions(dossierId: $id, latest: true) {\n    id\n    constituency\n    draftId\n    number\n    submittedAt\n    content {\n      provisions {\n        provisionId\n        stance\n      }\n    }\n  }\n  contributionResponses(dossierId: $id) {\n    total\n    answered\n    contributions {\n      key\n      constituency\n      provisionId\n      draftId\n      response {\n        id\n        verdict\n        status\n        recordedAt\n      }\n    }\n  }\n}": types.DossierOutcomesDocument,
    "query DelegationSuggestions($draftId: ID!) {\n  draft(id: $draftId) {\n    id\n    provisions {\n      id\n      kind\n      parentId\n      comments {\n        ...WordingSuggestionFields\n        replies {\n          ...WordingSuggestionFields\n        }\n      }\n    }\n  }\n}": types.DelegationSuggestionsDocument,
    "query PositionSubmissions($dossierId: ID!) {\n  positionSubmissions(dossierId: $dossierId) {\n    ...SubmissionFields\n  }\n}": types.PositionSubmissionsDocument,
    "query PositionsDraft($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      language\n      provisions {\n        id\n        kind\n        number\n        heading\n        text\n      }\n    }\n  }\n}": types.PositionsDraftDocument,
    "fragment SubmissionFields on PositionSubmission {\n  id\n  number\n  constituency\n  delegationId\n  draftId\n  submittedAt\n  contentHash\n  content {\n    general\n    provisions {\n      provisionId\n      stance\n      rationale\n      proposedWording\n    }\n  }\n}": types.SubmissionFieldsFragmentDoc,
    "mutation SubmitPosition($delegationId: ID!, $draftId: ID!) {\n  submitPosition(delegationId: $delegationId, draftId: $draftId) {\n    ...SubmissionFields\n  }\n}": types.SubmitPositionDocument,
    "fragment WordingSuggestionFields on Comment {\n  id\n  provisionId\n  suggestedText\n  createdAt\n  deletedAt\n  quote {\n    exact\n    prefix\n    suffix\n  }\n  author {\n    id\n    displayName\n    constituency\n  }\n}": types.WordingSuggestionFieldsFragmentDoc,
    "fragment RatificationEntryFields on RatificationEntry {\n  id\n  status\n  ratifiedOn\n  denouncedOn\n  denouncedBy\n  automaticDenunciation\n  abrogation\n  declarations\n  note\n  dossierId\n  updatedAt\n  convention {\n    code\n    category\n    year\n    title(locale: $locale)\n  }\n}": types.RatificationEntryFieldsFragmentDoc,
    "query RatificationRegister($countryCode: ID!, $locale: String) {\n  ratificationRegister(countryCode: $countryCode) {\n    canEdit\n    country {\n      code\n      name(locale: $locale)\n    }\n    summary {\n      fundamental {\n        bound\n        of\n      }\n      governance {\n        bound\n        of\n      }\n      technical {\n        bound\n      }\n      conventionsRatified\n      protocolsRatified\n      inForce\n      notInForce\n      denounced\n      abrogated\n    }\n    gap {\n      code\n      category\n      title(locale: $locale)\n    }\n    entries {\n      ...RatificationEntryFields\n    }\n  }\n}": types.RatificationRegisterDocument,
    "mutation RecordRatification($input: RecordRatificationInput!, $locale: String) {\n  recordRatification(input: $input) {\n    ...RatificationEntryFields\n  }\n}": types.RecordRatificationDocument,
    "mutation RemoveRatification($countryCode: ID!, $conventionCode: ID!) {\n  removeRatification(countryCode: $countryCode, conventionCode: $conventionCode)\n}": types.RemoveRatificationDocument,
    "query ReportingCalendar($countryCode: ID!, $year: Int!, $locale: String) {\n  reportingCalendar(countryCode: $countryCode, year: $year) {\n    year\n    reports {\n      kind\n      windowOpens\n      dueOn\n      convention {\n        code\n        category\n        title(locale: $locale)\n      }\n    }\n    cycle {\n      ...ReportingCycleFields\n    }\n  }\n}": types.ReportingCalendarDocument,
    "fragment ReportingCycleFields on ReportingCycleView {\n  shortCycleYears\n  longCycleYears\n  shortCycleGroups\n  longCycleGroups\n  startYear\n  windowOpens\n  dueOn\n  isDefault\n}": types.ReportingCycleFieldsFragmentDoc,
    "mutation UpdateReportingCycle($input: ReportingCycleInput!) {\n  updateReportingCycle(input: $input) {\n    ...ReportingCycleFields\n  }\n}": types.UpdateReportingCycleDocument,
    "query ContributionResponses($dossierId: ID!) {\n  contributionResponses(dossierId: $dossierId) {\n    total\n    answered\n    canDraft\n    canRecord\n    contributions {\n      key\n      submissionId\n      submissionNumber\n      submittedAt\n      constituency\n      draftId\n      draftVersion\n      provisionId\n      provisionNumber\n      provisionHeading\n      stance\n      rationale\n      proposedWording\n      answersSubmissionNumber\n      response {\n        ...GovernmentResponseFields\n      }\n      earlierAnswer {\n        submissionId\n        submissionNumber\n        stance\n        rationale\n        proposedWording\n        response {\n          ...GovernmentResponseFields\n        }\n      }\n      changedProvision {\n        provisionId\n        draftVersion\n        number\n        heading\n        diff {\n          op\n          text\n        }\n      }\n    }\n  }\n}": types.ContributionResponsesDocument,
    "fragment GovernmentResponseFields on GovernmentResponse {\n  id\n  verdict\n  reasons\n  status\n  recordedAt\n  updatedAt\n}": types.GovernmentResponseFieldsFragmentDoc,
    "mutation RespondToContribution($input: RespondToContributionInput!) {\n  respondToContribution(input: $input) {\n    ...GovernmentResponseFields\n  }\n}": types.RespondToContributionDocument,
    "query AgendaProvisions($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      provisions {\n        id\n        kind\n        number\n        heading\n        position\n      }\n    }\n  }\n}": types.AgendaProvisionsDocument,
    "query ConsultationSession($id: ID!) {\n  consultationSession(id: $id) {\n    ...LiveSessionState\n  }\n}": types.ConsultationSessionDocument,
    "query DossierSessions($id: ID!) {\n  dossier(id: $id) {\n    id\n    sessions {\n      ...SessionSummary\n    }\n  }\n}": types.DossierSessionsDocument,
    "fragment LiveSessionState on ConsultationSession {\n  id\n  dossierId\n  title\n  startsAt\n  endsAt\n  place\n  meetingUrl\n  status\n  seq\n  queueMode\n  lastSpeakerSide\n  serverTime\n  currentRound {\n    id\n    kind\n    agendaItemId\n    speakingSeconds\n    openedAt\n    caucusEndsAt\n  }\n  agenda {\n    id\n    position\n    title\n    provisionId\n    draftingUnlocked\n    outcome {\n      id\n      outcome\n      note\n      agreedText\n      reservations {\n        GOVERNMENT\n        EMPLOYERS\n        WORKERS\n      }\n    }\n    stances {\n      id\n      roundId\n      constituency\n      stance\n      reservation\n    }\n  }\n  queue {\n    position\n    hand {\n      id\n      kind\n      constituency\n      userId\n      raisedAt\n      manualPosition\n    }\n    person {\n      id\n      displayName\n    }\n  }\n  floor {\n    hand {\n      id\n      constituency\n      userId\n      kind\n    }\n    person {\n      id\n      displayName\n    }\n    since\n    deadline\n  }\n  attendance {\n    id\n    userId\n    inRoom\n    joinedAt\n    leftAt\n  }\n  interventions {\n    id\n    speakerId\n    constituency\n    startedAt\n    durationSeconds\n    summary\n    agendaItemId\n  }\n  speakingTotals {\n    constituency\n    person {\n      id\n      displayName\n    }\n    seconds\n  }\n  me {\n    canRun\n    canSpeak\n    canDeclareStance\n    constituency\n  }\n}": types.LiveSessionStateFragmentDoc,
    "mutation ScheduleSession($input: ScheduleSessionInput!) {\n  scheduleSession(input: $input) {\n    ...SessionSummary\n  }\n}": types.ScheduleSessionDocument,
    "query SessionCaucus($id: ID!) {\n  consultationSession(id: $id) {\n    id\n    caucusMessages {\n      id\n      authorName\n      body\n      createdAt\n    }\n  }\n}": types.SessionCaucusDocument,
    "query SessionDossier($id: ID!) {\n  dossier(id: $id) {\n    id\n    title\n    me {\n      constituency\n      canComment\n      canCommentPrivately\n    }\n    participants {\n      id\n      role\n      constituency\n      isLead\n      user {\n        id\n        displayName\n      }\n    }\n    currentDraft {\n      id\n      language\n      provisions {\n        id\n        kind\n        number\n        heading\n        text\n        key\n        marks {\n          kind\n          start\n          end\n          target\n        }\n      }\n    }\n  }\n}": types.SessionDossierDocument,
    "fragment SessionSummary on ConsultationSession {\n  id\n  dossierId\n  title\n  startsAt\n  endsAt\n  place\n  meetingUrl\n  status\n  agenda {\n    id\n  }\n}": types.SessionSummaryFragmentDoc,
    "query UpcomingSessions {\n  upcomingSessions {\n    ...SessionSummary\n  }\n}": types.UpcomingSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Countries($locale: String) {\n  countries {\n    code\n    name(locale: $locale)\n  }\n}"): (typeof documents)["query Countries($locale: String) {\n  countries {\n    code\n    name(locale: $locale)\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($input: CreateOrganizationInput!, $locale: String) {\n  createOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}"): (typeof documents)["mutation CreateOrganization($input: CreateOrganizationInput!, $locale: String) {\n  createOrganization(input: $input) {\n    ...OrganizationRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InvitationRow on Invitation {\n  id\n  email\n  displayName\n  role\n  expiresAt\n  acceptedAt\n  createdAt\n  organization {\n    id\n    name\n    acronym\n  }\n}"): (typeof documents)["fragment InvitationRow on Invitation {\n  id\n  email\n  displayName\n  role\n  expiresAt\n  acceptedAt\n  createdAt\n  organization {\n    id\n    name\n    acronym\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingInvitations {\n  invitations {\n    ...InvitationRow\n  }\n}"): (typeof documents)["query PendingInvitations {\n  invitations {\n    ...InvitationRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    url\n    token\n    invitation {\n      ...InvitationRow\n    }\n  }\n}"): (typeof documents)["mutation InviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) {\n    url\n    token\n    invitation {\n      ...InvitationRow\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganizationRow on Organization {\n  id\n  name\n  acronym\n  kind\n  constituency\n  memberCount\n  country {\n    code\n    name(locale: $locale)\n  }\n}"): (typeof documents)["fragment OrganizationRow on Organization {\n  id\n  name\n  acronym\n  kind\n  constituency\n  memberCount\n  country {\n    code\n    name(locale: $locale)\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminOrganizations($locale: String) {\n  organizations {\n    ...OrganizationRow\n  }\n}"): (typeof documents)["query AdminOrganizations($locale: String) {\n  organizations {\n    ...OrganizationRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n  setUserDisabled(userId: $userId, disabled: $disabled) {\n    id\n    disabled\n  }\n}"): (typeof documents)["mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n  setUserDisabled(userId: $userId, disabled: $disabled) {\n    id\n    disabled\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!, $locale: String) {\n  updateOrganization(id: $id, input: $input) {\n    ...OrganizationRow\n  }\n}"): (typeof documents)["mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!, $locale: String) {\n  updateOrganization(id: $id, input: $input) {\n    ...OrganizationRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminUsers {\n  users {\n    id\n    email\n    displayName\n    role\n    disabled\n    createdAt\n    organizations {\n      id\n      name\n      acronym\n      constituency\n    }\n  }\n}"): (typeof documents)["query AdminUsers {\n  users {\n    id\n    email\n    displayName\n    role\n    disabled\n    createdAt\n    organizations {\n      id\n      name\n      acronym\n      constituency\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditVerification {\n  auditVerification {\n    verifiedAt\n    events\n    brokenChains\n    milliseconds\n    chains {\n      chain\n      dossierId\n      dossierTitle\n      events\n      lastChainSeq\n      lastHash\n      broken {\n        reason\n        seq\n        chainSeq\n        action\n        at\n        expectedChainSeq\n      }\n    }\n  }\n}"): (typeof documents)["query AuditVerification {\n  auditVerification {\n    verifiedAt\n    events\n    brokenChains\n    milliseconds\n    chains {\n      chain\n      dossierId\n      dossierTitle\n      events\n      lastChainSeq\n      lastHash\n      broken {\n        reason\n        seq\n        chainSeq\n        action\n        at\n        expectedChainSeq\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DossierActivity($dossierId: ID!, $first: Int, $before: String) {\n  dossierActivity(dossierId: $dossierId, first: $first, before: $before) {\n    hasMore\n    events {\n      seq\n      chainSeq\n      at\n      action\n      audience\n      side\n      data\n      hash\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n}"): (typeof documents)["query DossierActivity($dossierId: ID!, $first: Int, $before: String) {\n  dossierActivity(dossierId: $dossierId, first: $first, before: $before) {\n    hasMore\n    events {\n      seq\n      chainSeq\n      at\n      action\n      audience\n      side\n      data\n      hash\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...AuthTokens\n  }\n}"): (typeof documents)["mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...AuthTokens\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuthTokens on AuthPayload {\n  accessToken\n  refreshToken\n  accessTokenExpiresAt\n  user {\n    id\n    locale\n  }\n}"): (typeof documents)["fragment AuthTokens on AuthPayload {\n  accessToken\n  refreshToken\n  accessTokenExpiresAt\n  user {\n    id\n    locale\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    displayName\n    organizationName\n    expiresAt\n  }\n}"): (typeof documents)["query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    displayName\n    organizationName\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me($locale: String) {\n  me {\n    id\n    email\n    displayName\n    locale\n    role\n    abilities {\n      canCreateDossier\n      canManagePeople\n    }\n    organizations {\n      id\n      name\n      acronym\n      kind\n      constituency\n      country {\n        code\n        name(locale: $locale)\n      }\n    }\n  }\n}"): (typeof documents)["query Me($locale: String) {\n  me {\n    id\n    email\n    displayName\n    locale\n    role\n    abilities {\n      canCreateDossier\n      canManagePeople\n    }\n    organizations {\n      id\n      name\n      acronym\n      kind\n      constituency\n      country {\n        code\n        name(locale: $locale)\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefreshAccessToken($refreshToken: String!) {\n  refreshAccessToken(refreshToken: $refreshToken) {\n    ...AuthTokens\n  }\n}"): (typeof documents)["mutation RefreshAccessToken($refreshToken: String!) {\n  refreshAccessToken(refreshToken: $refreshToken) {\n    ...AuthTokens\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    ...AuthTokens\n  }\n}"): (typeof documents)["mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    ...AuthTokens\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}"): (typeof documents)["mutation SignOut($refreshToken: String!) {\n  signOut(refreshToken: $refreshToken)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EarlierThreads($id: ID!) {\n  dossier(id: $id) {\n    id\n    commentsOnPreviousVersions {\n      version\n      provisionNumber\n      provisionHeading\n      followedBy\n      thread {\n        ...CommentThread\n      }\n    }\n  }\n}"): (typeof documents)["query EarlierThreads($id: ID!) {\n  dossier(id: $id) {\n    id\n    commentsOnPreviousVersions {\n      version\n      provisionNumber\n      provisionHeading\n      followedBy\n      thread {\n        ...CommentThread\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentionCandidates($dossierId: ID!) {\n  dossier(id: $dossierId) {\n    id\n    plenaryMentionCandidates: mentionCandidates(visibility: PLENARY) {\n      ...ParticipantRow\n    }\n    caucusMentionCandidates: mentionCandidates(visibility: DELEGATION) {\n      ...ParticipantRow\n    }\n  }\n}"): (typeof documents)["query MentionCandidates($dossierId: ID!) {\n  dossier(id: $dossierId) {\n    id\n    plenaryMentionCandidates: mentionCandidates(visibility: PLENARY) {\n      ...ParticipantRow\n    }\n    caucusMentionCandidates: mentionCandidates(visibility: DELEGATION) {\n      ...ParticipantRow\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConventionLinkFields on ConventionLink {\n  id\n  provisionId\n  conventionCode\n  article\n  gapNote\n  needsReview\n}"): (typeof documents)["fragment ConventionLinkFields on ConventionLink {\n  id\n  provisionId\n  conventionCode\n  article\n  gapNote\n  needsReview\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DossierCoverage($id: ID!, $locale: String) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      provisions {\n        id\n        kind\n        number\n        heading\n        parentId\n        position\n      }\n    }\n    coverage {\n      convention {\n        code\n        title(locale: $locale)\n        category\n        year\n      }\n      links {\n        ...ConventionLinkFields\n      }\n    }\n  }\n}"): (typeof documents)["query DossierCoverage($id: ID!, $locale: String) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      provisions {\n        id\n        kind\n        number\n        heading\n        parentId\n        position\n      }\n    }\n    coverage {\n      convention {\n        code\n        title(locale: $locale)\n        category\n        year\n      }\n      links {\n        ...ConventionLinkFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkConvention($input: LinkConventionInput!) {\n  linkConvention(input: $input) {\n    ...ConventionLinkFields\n  }\n}"): (typeof documents)["mutation LinkConvention($input: LinkConventionInput!) {\n  linkConvention(input: $input) {\n    ...ConventionLinkFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkConventionLinkReviewed($id: ID!) {\n  markConventionLinkReviewed(id: $id) {\n    ...ConventionLinkFields\n  }\n}"): (typeof documents)["mutation MarkConventionLinkReviewed($id: ID!) {\n  markConventionLinkReviewed(id: $id) {\n    ...ConventionLinkFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProvisionConventionLinks($ids: [ID!]!) {\n  provisions(ids: $ids) {\n    id\n    conventionLinks {\n      ...ConventionLinkFields\n    }\n  }\n}"): (typeof documents)["query ProvisionConventionLinks($ids: [ID!]!) {\n  provisions(ids: $ids) {\n    id\n    conventionLinks {\n      ...ConventionLinkFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDossierConventions($id: ID!, $conventionCodes: [String!]!, $locale: String) {\n  updateDossier(id: $id, input: {conventionCodes: $conventionCodes}) {\n    id\n    conventions {\n      code\n      title(locale: $locale)\n    }\n  }\n}"): (typeof documents)["mutation SetDossierConventions($id: ID!, $conventionCodes: [String!]!, $locale: String) {\n  updateDossier(id: $id, input: {conventionCodes: $conventionCodes}) {\n    id\n    conventions {\n      code\n      title(locale: $locale)\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkConvention($id: ID!) {\n  unlinkConvention(id: $id)\n}"): (typeof documents)["mutation UnlinkConvention($id: ID!) {\n  unlinkConvention(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddParticipant($input: AddParticipantInput!) {\n  addParticipant(input: $input) {\n    ...ParticipantRow\n  }\n}"): (typeof documents)["mutation AddParticipant($input: AddParticipantInput!) {\n  addParticipant(input: $input) {\n    ...ParticipantRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Conventions($locale: String) {\n  conventions {\n    code\n    title(locale: $locale)\n    category\n    year\n  }\n}"): (typeof documents)["query Conventions($locale: String) {\n  conventions {\n    code\n    title(locale: $locale)\n    category\n    year\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDossier($input: CreateDossierInput!, $locale: String) {\n  createDossier(input: $input) {\n    ...DossierSummary\n  }\n}"): (typeof documents)["mutation CreateDossier($input: CreateDossierInput!, $locale: String) {\n  createDossier(input: $input) {\n    ...DossierSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmDelegationRequest($requestId: ID!) {\n  confirmDelegationRequest(requestId: $requestId) {\n    ...ParticipantRow\n  }\n}\n\nmutation DeclineDelegationRequest($requestId: ID!) {\n  declineDelegationRequest(requestId: $requestId)\n}"): (typeof documents)["mutation ConfirmDelegationRequest($requestId: ID!) {\n  confirmDelegationRequest(requestId: $requestId) {\n    ...ParticipantRow\n  }\n}\n\nmutation DeclineDelegationRequest($requestId: ID!) {\n  declineDelegationRequest(requestId: $requestId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DelegationRequestRow on DelegationRequest {\n  id\n  lead\n  createdAt\n  canDecide\n  user {\n    id\n    displayName\n  }\n  requestedBy {\n    id\n    displayName\n  }\n}"): (typeof documents)["fragment DelegationRequestRow on DelegationRequest {\n  id\n  lead\n  createdAt\n  canDecide\n  user {\n    id\n    displayName\n  }\n  requestedBy {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DossierCandidates($dossierId: ID!, $constituency: Constituency) {\n  dossierCandidates(dossierId: $dossierId, constituency: $constituency) {\n    id\n    displayName\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n}"): (typeof documents)["query DossierCandidates($dossierId: ID!, $constituency: Constituency) {\n  dossierCandidates(dossierId: $dossierId, constituency: $constituency) {\n    id\n    displayName\n    organizations {\n      id\n      name\n      acronym\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DossierDetail on Dossier {\n  id\n  title\n  summary\n  kind\n  status\n  c144Subject\n  commentsDeadline\n  observersMayComment\n  country {\n    code\n    name(locale: $locale)\n  }\n  conventions {\n    code\n    title(locale: $locale)\n  }\n  delegations {\n    id\n    constituency\n    members {\n      ...ParticipantRow\n    }\n    requests {\n      ...DelegationRequestRow\n    }\n  }\n  participants {\n    ...ParticipantRow\n  }\n  parity {\n    government\n    employers\n    workers\n  }\n  me {\n    role\n    constituency\n    isLead\n    canManage\n    canComment\n    canCommentPrivately\n    canBringInto\n  }\n}"): (typeof documents)["fragment DossierDetail on Dossier {\n  id\n  title\n  summary\n  kind\n  status\n  c144Subject\n  commentsDeadline\n  observersMayComment\n  country {\n    code\n    name(locale: $locale)\n  }\n  conventions {\n    code\n    title(locale: $locale)\n  }\n  delegations {\n    id\n    constituency\n    members {\n      ...ParticipantRow\n    }\n    requests {\n      ...DelegationRequestRow\n    }\n  }\n  participants {\n    ...ParticipantRow\n  }\n  parity {\n    government\n    employers\n    workers\n  }\n  me {\n    role\n    constituency\n    isLead\n    canManage\n    canComment\n    canCommentPrivately\n    canBringInto\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DossierStatusHistory($dossierId: ID!) {\n  dossierStatusHistory(dossierId: $dossierId) {\n    at\n    from\n    to\n    by {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["query DossierStatusHistory($dossierId: ID!) {\n  dossierStatusHistory(dossierId: $dossierId) {\n    at\n    from\n    to\n    by {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DossierSummary on Dossier {\n  id\n  title\n  kind\n  status\n  commentsDeadline\n  updatedAt\n  country {\n    code\n    name(locale: $locale)\n  }\n  parity {\n    government\n    employers\n    workers\n  }\n  me {\n    role\n    constituency\n  }\n}"): (typeof documents)["fragment DossierSummary on Dossier {\n  id\n  title\n  kind\n  status\n  commentsDeadline\n  updatedAt\n  country {\n    code\n    name(locale: $locale)\n  }\n  parity {\n    government\n    employers\n    workers\n  }\n  me {\n    role\n    constituency\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dossier($id: ID!, $locale: String) {\n  dossier(id: $id) {\n    ...DossierDetail\n  }\n}"): (typeof documents)["query Dossier($id: ID!, $locale: String) {\n  dossier(id: $id) {\n    ...DossierDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dossiers($locale: String) {\n  dossiers {\n    ...DossierSummary\n  }\n}"): (typeof documents)["query Dossiers($locale: String) {\n  dossiers {\n    ...DossierSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ParticipantRow on Participant {\n  id\n  role\n  isLead\n  canChangeLead\n  constituency\n  user {\n    id\n    displayName\n  }\n}"): (typeof documents)["fragment ParticipantRow on Participant {\n  id\n  role\n  isLead\n  canChangeLead\n  constituency\n  user {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeDelegationMember($input: AddDelegationMemberInput!) {\n  proposeDelegationMember(input: $input) {\n    participant {\n      ...ParticipantRow\n    }\n    request {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n}"): (typeof documents)["mutation ProposeDelegationMember($input: AddDelegationMemberInput!) {\n  proposeDelegationMember(input: $input) {\n    participant {\n      ...ParticipantRow\n    }\n    request {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveParticipant($participantId: ID!) {\n  removeParticipant(participantId: $participantId)\n}"): (typeof documents)["mutation RemoveParticipant($participantId: ID!) {\n  removeParticipant(participantId: $participantId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDelegationLead($participantId: ID!, $lead: Boolean!) {\n  setDelegationLead(participantId: $participantId, lead: $lead) {\n    ...ParticipantRow\n  }\n}"): (typeof documents)["mutation SetDelegationLead($participantId: ID!, $lead: Boolean!) {\n  setDelegationLead(participantId: $participantId, lead: $lead) {\n    ...ParticipantRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDossierC144Subject($id: ID!, $subject: C144Subject) {\n  setDossierC144Subject(dossierId: $id, subject: $subject) {\n    id\n    c144Subject\n  }\n}"): (typeof documents)["mutation SetDossierC144Subject($id: ID!, $subject: C144Subject) {\n  setDossierC144Subject(dossierId: $id, subject: $subject) {\n    id\n    c144Subject\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDossierStatus($id: ID!, $status: DossierStatus!, $closingNote: String) {\n  updateDossier(id: $id, input: {status: $status, closingNote: $closingNote}) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation SetDossierStatus($id: ID!, $status: DossierStatus!, $closingNote: String) {\n  updateDossier(id: $id, input: {status: $status, closingNote: $closingNote}) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentThread\n  }\n}"): (typeof documents)["mutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentThread\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentFields on Comment {\n  id\n  provisionId\n  parentId\n  visibility\n  body\n  suggestedText\n  createdAt\n  editedAt\n  deletedAt\n  resolvedAt\n  onPreviousVersion\n  canEdit\n  canDelete\n  canResolve\n  quote {\n    exact\n    prefix\n    suffix\n  }\n  author {\n    id\n    displayName\n    organizationName\n    constituency\n  }\n  mentions {\n    id\n    displayName\n  }\n}"): (typeof documents)["fragment CommentFields on Comment {\n  id\n  provisionId\n  parentId\n  visibility\n  body\n  suggestedText\n  createdAt\n  editedAt\n  deletedAt\n  resolvedAt\n  onPreviousVersion\n  canEdit\n  canDelete\n  canResolve\n  quote {\n    exact\n    prefix\n    suffix\n  }\n  author {\n    id\n    displayName\n    organizationName\n    constituency\n  }\n  mentions {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentThread on Comment {\n  ...CommentFields\n  replies {\n    ...CommentFields\n  }\n}"): (typeof documents)["fragment CommentThread on Comment {\n  ...CommentFields\n  replies {\n    ...CommentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id) {\n    ...CommentFields\n  }\n}"): (typeof documents)["mutation DeleteComment($id: ID!) {\n  deleteComment(id: $id) {\n    ...CommentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DossierDrafts($id: ID!) {\n  dossier(id: $id) {\n    id\n    drafts {\n      ...DraftMeta\n    }\n  }\n}"): (typeof documents)["query DossierDrafts($id: ID!) {\n  dossier(id: $id) {\n    id\n    drafts {\n      ...DraftMeta\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DraftMeta on Draft {\n  id\n  version\n  title\n  sourceFormat\n  sourceFilename\n  language\n  createdAt\n  changeSummary {\n    added\n    removed\n    changed\n    unchanged\n  }\n}"): (typeof documents)["fragment DraftMeta on Draft {\n  id\n  version\n  title\n  sourceFormat\n  sourceFilename\n  language\n  createdAt\n  changeSummary {\n    added\n    removed\n    changed\n    unchanged\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftText($id: ID!) {\n  draft(id: $id) {\n    ...DraftMeta\n    provisions {\n      id\n      key\n      kind\n      number\n      heading\n      text\n      marks {\n        kind\n        start\n        end\n        target\n      }\n      notes\n      position\n      depth\n      parentId\n      previousId\n      matchedBy\n      commentCount\n      diff {\n        op\n        text\n      }\n      conventionLinks {\n        ...ConventionLinkFields\n      }\n    }\n  }\n}"): (typeof documents)["query DraftText($id: ID!) {\n  draft(id: $id) {\n    ...DraftMeta\n    provisions {\n      id\n      key\n      kind\n      number\n      heading\n      text\n      marks {\n        kind\n        start\n        end\n        target\n      }\n      notes\n      position\n      depth\n      parentId\n      previousId\n      matchedBy\n      commentCount\n      diff {\n        op\n        text\n      }\n      conventionLinks {\n        ...ConventionLinkFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditComment($id: ID!, $input: EditCommentInput!) {\n  editComment(id: $id, input: $input) {\n    ...CommentFields\n  }\n}"): (typeof documents)["mutation EditComment($id: ID!, $input: EditCommentInput!) {\n  editComment(id: $id, input: $input) {\n    ...CommentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProvisionThreads($ids: [ID!]!) {\n  provisions(ids: $ids) {\n    id\n    commentCount\n    comments {\n      ...CommentThread\n    }\n  }\n}"): (typeof documents)["query ProvisionThreads($ids: [ID!]!) {\n  provisions(ids: $ids) {\n    id\n    commentCount\n    comments {\n      ...CommentThread\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RemovedProvisions($id: ID!) {\n  draft(id: $id) {\n    id\n    removedSincePrevious {\n      id\n      kind\n      number\n      heading\n      text\n      afterId\n    }\n  }\n}"): (typeof documents)["query RemovedProvisions($id: ID!) {\n  draft(id: $id) {\n    id\n    removedSincePrevious {\n      id\n      kind\n      number\n      heading\n      text\n      afterId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n  resolveComment(id: $id, resolved: $resolved) {\n    ...CommentFields\n  }\n}"): (typeof documents)["mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n  resolveComment(id: $id, resolved: $resolved) {\n    ...CommentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidencePack($dossierId: ID!) {\n  evidencePack(dossierId: $dossierId) {\n    dossierTitle\n    country\n    generatedAt\n    upToEvent\n    openedAt\n    openedEvent\n    c144Subject {\n      at\n      event\n      subject\n    }\n    contributions\n    invitations {\n      at\n      event\n      person\n      organization\n      constituency\n      role\n      lead\n    }\n    drafts {\n      at\n      event\n      version\n      to {\n        side\n        people\n      }\n    }\n    sessions {\n      title\n      at\n      event\n      closedAt\n      closedEvent\n      attendance {\n        side\n        people\n      }\n      draftVersion\n      daysAfterDraft\n    }\n    submissions {\n      at\n      event\n      constituency\n      number\n      draftVersion\n    }\n    outcomes {\n      at\n      event\n      item\n      session\n      outcome\n    }\n    responses {\n      at\n      event\n      provision\n      constituency\n      verdict\n    }\n    sealedMinutes {\n      at\n      event\n      session\n      kind\n      revision\n      sealHash\n    }\n  }\n}"): (typeof documents)["query EvidencePack($dossierId: ID!) {\n  evidencePack(dossierId: $dossierId) {\n    dossierTitle\n    country\n    generatedAt\n    upToEvent\n    openedAt\n    openedEvent\n    c144Subject {\n      at\n      event\n      subject\n    }\n    contributions\n    invitations {\n      at\n      event\n      person\n      organization\n      constituency\n      role\n      lead\n    }\n    drafts {\n      at\n      event\n      version\n      to {\n        side\n        people\n      }\n    }\n    sessions {\n      title\n      at\n      event\n      closedAt\n      closedEvent\n      attendance {\n        side\n        people\n      }\n      draftVersion\n      daysAfterDraft\n    }\n    submissions {\n      at\n      event\n      constituency\n      number\n      draftVersion\n    }\n    outcomes {\n      at\n      event\n      item\n      session\n      outcome\n    }\n    responses {\n      at\n      event\n      provision\n      constituency\n      verdict\n    }\n    sealedMinutes {\n      at\n      event\n      session\n      kind\n      revision\n      sealHash\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyMentions {\n  myMentions(limit: 20) {\n    commentId\n    dossierId\n    dossierTitle\n    provisionId\n    provisionNumber\n    provisionHeading\n    draftId\n    draftVersion\n    authorName\n    excerpt\n    visibility\n    createdAt\n  }\n}"): (typeof documents)["query MyMentions {\n  myMentions(limit: 20) {\n    commentId\n    dossierId\n    dossierTitle\n    provisionId\n    provisionNumber\n    provisionHeading\n    draftId\n    draftVersion\n    authorName\n    excerpt\n    visibility\n    createdAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyLocale($locale: String!) {\n  updateMyProfile(input: {locale: $locale}) {\n    id\n    locale\n  }\n}"): (typeof documents)["mutation UpdateMyLocale($locale: String!) {\n  updateMyProfile(input: {locale: $locale}) {\n    id\n    locale\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMinutesAddendum($minutesId: ID!, $text: String!) {\n  addMinutesAddendum(minutesId: $minutesId, text: $text) {\n    ...MinutesFields\n  }\n}"): (typeof documents)["mutation AddMinutesAddendum($minutesId: ID!, $text: String!) {\n  addMinutesAddendum(minutesId: $minutesId, text: $text) {\n    ...MinutesFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideOnMinutes($minutesId: ID!, $revision: Int!, $decision: MinutesDecision!, $comment: String) {\n  decideOnMinutes(\n    minutesId: $minutesId\n    revision: $revision\n    decision: $decision\n    comment: $comment\n  ) {\n    ...MinutesFields\n  }\n}"): (typeof documents)["mutation DecideOnMinutes($minutesId: ID!, $revision: Int!, $decision: MinutesDecision!, $comment: String) {\n  decideOnMinutes(\n    minutesId: $minutesId\n    revision: $revision\n    decision: $decision\n    comment: $comment\n  ) {\n    ...MinutesFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GenerateMinutes($sessionId: ID!) {\n  generateMinutes(sessionId: $sessionId) {\n    ...MinutesFields\n  }\n}"): (typeof documents)["mutation GenerateMinutes($sessionId: ID!) {\n  generateMinutes(sessionId: $sessionId) {\n    ...MinutesFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MinutesFields on SessionMinutes {\n  id\n  sessionId\n  kind\n  addendumToId\n  state\n  sealedRevision\n  sealHash\n  sealedAt\n  sealEventSeq\n  mySignatory\n  canDraft\n  revisions {\n    number\n    createdAt\n    sentAt\n    contentHash\n    approvals {\n      signatory\n      decision\n      comment\n      decidedBy\n      decidedAt\n    }\n    content {\n      kind\n      opening\n      closing\n      session {\n        id\n        title\n        startsAt\n        endsAt\n        place\n        meetingUrl\n        chairs\n      }\n      attendance {\n        userId\n        name\n        organization\n        constituency\n        role\n        stretches {\n          joinedAt\n          leftAt\n          inRoom\n        }\n      }\n      items {\n        agendaItemId\n        position\n        title\n        provisionId\n        notes\n        interventions {\n          id\n          speaker\n          organization\n          constituency\n          kind\n          startedAt\n          durationSeconds\n          summary\n        }\n        stances {\n          constituency\n          stance\n          reservation\n          declaredAt\n        }\n        reopenings {\n          at\n          by\n          reason\n          outcome\n        }\n        outcome {\n          outcome\n          note\n          agreedText\n          recordedAt\n          reservations {\n            GOVERNMENT\n            EMPLOYERS\n            WORKERS\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["fragment MinutesFields on SessionMinutes {\n  id\n  sessionId\n  kind\n  addendumToId\n  state\n  sealedRevision\n  sealHash\n  sealedAt\n  sealEventSeq\n  mySignatory\n  canDraft\n  revisions {\n    number\n    createdAt\n    sentAt\n    contentHash\n    approvals {\n      signatory\n      decision\n      comment\n      decidedBy\n      decidedAt\n    }\n    content {\n      kind\n      opening\n      closing\n      session {\n        id\n        title\n        startsAt\n        endsAt\n        place\n        meetingUrl\n        chairs\n      }\n      attendance {\n        userId\n        name\n        organization\n        constituency\n        role\n        stretches {\n          joinedAt\n          leftAt\n          inRoom\n        }\n      }\n      items {\n        agendaItemId\n        position\n        title\n        provisionId\n        notes\n        interventions {\n          id\n          speaker\n          organization\n          constituency\n          kind\n          startedAt\n          durationSeconds\n          summary\n        }\n        stances {\n          constituency\n          stance\n          reservation\n          declaredAt\n        }\n        reopenings {\n          at\n          by\n          reason\n          outcome\n        }\n        outcome {\n          outcome\n          note\n          agreedText\n          recordedAt\n          reservations {\n            GOVERNMENT\n            EMPLOYERS\n            WORKERS\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveMinutesNarrative($minutesId: ID!, $narrative: MinutesNarrativeInput!) {\n  saveMinutesNarrative(minutesId: $minutesId, narrative: $narrative) {\n    ...MinutesFields\n  }\n}"): (typeof documents)["mutation SaveMinutesNarrative($minutesId: ID!, $narrative: MinutesNarrativeInput!) {\n  saveMinutesNarrative(minutesId: $minutesId, narrative: $narrative) {\n    ...MinutesFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendMinutes($minutesId: ID!) {\n  sendMinutes(minutesId: $minutesId) {\n    ...MinutesFields\n  }\n}"): (typeof documents)["mutation SendMinutes($minutesId: ID!) {\n  sendMinutes(minutesId: $minutesId) {\n    ...MinutesFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionMinutes($sessionId: ID!) {\n  consultationSession(id: $sessionId) {\n    id\n    title\n    status\n    dossierId\n    me {\n      canRun\n    }\n  }\n  sessionMinutes(sessionId: $sessionId) {\n    ...MinutesFields\n  }\n}"): (typeof documents)["query SessionMinutes($sessionId: ID!) {\n  consultationSession(id: $sessionId) {\n    id\n    title\n    status\n    dossierId\n    me {\n      canRun\n    }\n  }\n  sessionMinutes(sessionId: $sessionId) {\n    ...MinutesFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DossierOutcomes($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      provisions {\n        id\n        kind\n        number\n        heading\n        position\n      }\n    }\n    outcomes {\n      id\n      agendaItemId\n      provisionId\n      outcome\n      note\n      agreedText\n      recordedAt\n      reservations {\n        GOVERNMENT\n        EMPLOYERS\n        WORKERS\n      }\n    }\n    sessions {\n      id\n      title\n      startsAt\n      agenda {\n        id\n        title\n        provisionId\n        stances {\n          id\n          constituency\n          stance\n          reservation\n          declaredAt\n        }\n      }\n    }\n  }\n  positionSubmissions(dossierId: $id, latest: true) {\n    id\n    constituency\n    draftId\n    number\n    submittedAt\n    content {\n      provisions {\n        provisionId\n        stance\n      }\n    }\n  }\n  contributionResponses(dossierId: $id) {\n    total\n    answered\n    contributions {\n      key\n      constituency\n      provisionId\n      draftId\n      response {\n        id\n        verdict\n        status\n        recordedAt\n      }\n    }\n  }\n}"): (typeof documents)["query DossierOutcomes($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      provisions {\n        id\n        kind\n        number\n        heading\n        position\n      }\n    }\n    outcomes {\n      id\n      agendaItemId\n      provisionId\n      outcome\n      note\n      agreedText\n      recordedAt\n      reservations {\n        GOVERNMENT\n        EMPLOYERS\n        WORKERS\n      }\n    }\n    sessions {\n      id\n      title\n      startsAt\n      agenda {\n        id\n        title\n        provisionId\n        stances {\n          id\n          constituency\n          stance\n          reservation\n          declaredAt\n        }\n      }\n    }\n  }\n  positionSubmissions(dossierId: $id, latest: true) {\n    id\n    constituency\n    draftId\n    number\n    submittedAt\n    content {\n      provisions {\n        provisionId\n        stance\n      }\n    }\n  }\n  contributionResponses(dossierId: $id) {\n    total\n    answered\n    contributions {\n      key\n      constituency\n      provisionId\n      draftId\n      response {\n        id\n        verdict\n        status\n        recordedAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DelegationSuggestions($draftId: ID!) {\n  draft(id: $draftId) {\n    id\n    provisions {\n      id\n      kind\n      parentId\n      comments {\n        ...WordingSuggestionFields\n        replies {\n          ...WordingSuggestionFields\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query DelegationSuggestions($draftId: ID!) {\n  draft(id: $draftId) {\n    id\n    provisions {\n      id\n      kind\n      parentId\n      comments {\n        ...WordingSuggestionFields\n        replies {\n          ...WordingSuggestionFields\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PositionSubmissions($dossierId: ID!) {\n  positionSubmissions(dossierId: $dossierId) {\n    ...SubmissionFields\n  }\n}"): (typeof documents)["query PositionSubmissions($dossierId: ID!) {\n  positionSubmissions(dossierId: $dossierId) {\n    ...SubmissionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PositionsDraft($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      language\n      provisions {\n        id\n        kind\n        number\n        heading\n        text\n      }\n    }\n  }\n}"): (typeof documents)["query PositionsDraft($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      language\n      provisions {\n        id\n        kind\n        number\n        heading\n        text\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SubmissionFields on PositionSubmission {\n  id\n  number\n  constituency\n  delegationId\n  draftId\n  submittedAt\n  contentHash\n  content {\n    general\n    provisions {\n      provisionId\n      stance\n      rationale\n      proposedWording\n    }\n  }\n}"): (typeof documents)["fragment SubmissionFields on PositionSubmission {\n  id\n  number\n  constituency\n  delegationId\n  draftId\n  submittedAt\n  contentHash\n  content {\n    general\n    provisions {\n      provisionId\n      stance\n      rationale\n      proposedWording\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitPosition($delegationId: ID!, $draftId: ID!) {\n  submitPosition(delegationId: $delegationId, draftId: $draftId) {\n    ...SubmissionFields\n  }\n}"): (typeof documents)["mutation SubmitPosition($delegationId: ID!, $draftId: ID!) {\n  submitPosition(delegationId: $delegationId, draftId: $draftId) {\n    ...SubmissionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WordingSuggestionFields on Comment {\n  id\n  provisionId\n  suggestedText\n  createdAt\n  deletedAt\n  quote {\n    exact\n    prefix\n    suffix\n  }\n  author {\n    id\n    displayName\n    constituency\n  }\n}"): (typeof documents)["fragment WordingSuggestionFields on Comment {\n  id\n  provisionId\n  suggestedText\n  createdAt\n  deletedAt\n  quote {\n    exact\n    prefix\n    suffix\n  }\n  author {\n    id\n    displayName\n    constituency\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RatificationEntryFields on RatificationEntry {\n  id\n  status\n  ratifiedOn\n  denouncedOn\n  denouncedBy\n  automaticDenunciation\n  abrogation\n  declarations\n  note\n  dossierId\n  updatedAt\n  convention {\n    code\n    category\n    year\n    title(locale: $locale)\n  }\n}"): (typeof documents)["fragment RatificationEntryFields on RatificationEntry {\n  id\n  status\n  ratifiedOn\n  denouncedOn\n  denouncedBy\n  automaticDenunciation\n  abrogation\n  declarations\n  note\n  dossierId\n  updatedAt\n  convention {\n    code\n    category\n    year\n    title(locale: $locale)\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RatificationRegister($countryCode: ID!, $locale: String) {\n  ratificationRegister(countryCode: $countryCode) {\n    canEdit\n    country {\n      code\n      name(locale: $locale)\n    }\n    summary {\n      fundamental {\n        bound\n        of\n      }\n      governance {\n        bound\n        of\n      }\n      technical {\n        bound\n      }\n      conventionsRatified\n      protocolsRatified\n      inForce\n      notInForce\n      denounced\n      abrogated\n    }\n    gap {\n      code\n      category\n      title(locale: $locale)\n    }\n    entries {\n      ...RatificationEntryFields\n    }\n  }\n}"): (typeof documents)["query RatificationRegister($countryCode: ID!, $locale: String) {\n  ratificationRegister(countryCode: $countryCode) {\n    canEdit\n    country {\n      code\n      name(locale: $locale)\n    }\n    summary {\n      fundamental {\n        bound\n        of\n      }\n      governance {\n        bound\n        of\n      }\n      technical {\n        bound\n      }\n      conventionsRatified\n      protocolsRatified\n      inForce\n      notInForce\n      denounced\n      abrogated\n    }\n    gap {\n      code\n      category\n      title(locale: $locale)\n    }\n    entries {\n      ...RatificationEntryFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordRatification($input: RecordRatificationInput!, $locale: String) {\n  recordRatification(input: $input) {\n    ...RatificationEntryFields\n  }\n}"): (typeof documents)["mutation RecordRatification($input: RecordRatificationInput!, $locale: String) {\n  recordRatification(input: $input) {\n    ...RatificationEntryFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveRatification($countryCode: ID!, $conventionCode: ID!) {\n  removeRatification(countryCode: $countryCode, conventionCode: $conventionCode)\n}"): (typeof documents)["mutation RemoveRatification($countryCode: ID!, $conventionCode: ID!) {\n  removeRatification(countryCode: $countryCode, conventionCode: $conventionCode)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportingCalendar($countryCode: ID!, $year: Int!, $locale: String) {\n  reportingCalendar(countryCode: $countryCode, year: $year) {\n    year\n    reports {\n      kind\n      windowOpens\n      dueOn\n      convention {\n        code\n        category\n        title(locale: $locale)\n      }\n    }\n    cycle {\n      ...ReportingCycleFields\n    }\n  }\n}"): (typeof documents)["query ReportingCalendar($countryCode: ID!, $year: Int!, $locale: String) {\n  reportingCalendar(countryCode: $countryCode, year: $year) {\n    year\n    reports {\n      kind\n      windowOpens\n      dueOn\n      convention {\n        code\n        category\n        title(locale: $locale)\n      }\n    }\n    cycle {\n      ...ReportingCycleFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportingCycleFields on ReportingCycleView {\n  shortCycleYears\n  longCycleYears\n  shortCycleGroups\n  longCycleGroups\n  startYear\n  windowOpens\n  dueOn\n  isDefault\n}"): (typeof documents)["fragment ReportingCycleFields on ReportingCycleView {\n  shortCycleYears\n  longCycleYears\n  shortCycleGroups\n  longCycleGroups\n  startYear\n  windowOpens\n  dueOn\n  isDefault\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateReportingCycle($input: ReportingCycleInput!) {\n  updateReportingCycle(input: $input) {\n    ...ReportingCycleFields\n  }\n}"): (typeof documents)["mutation UpdateReportingCycle($input: ReportingCycleInput!) {\n  updateReportingCycle(input: $input) {\n    ...ReportingCycleFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContributionResponses($dossierId: ID!) {\n  contributionResponses(dossierId: $dossierId) {\n    total\n    answered\n    canDraft\n    canRecord\n    contributions {\n      key\n      submissionId\n      submissionNumber\n      submittedAt\n      constituency\n      draftId\n      draftVersion\n      provisionId\n      provisionNumber\n      provisionHeading\n      stance\n      rationale\n      proposedWording\n      answersSubmissionNumber\n      response {\n        ...GovernmentResponseFields\n      }\n      earlierAnswer {\n        submissionId\n        submissionNumber\n        stance\n        rationale\n        proposedWording\n        response {\n          ...GovernmentResponseFields\n        }\n      }\n      changedProvision {\n        provisionId\n        draftVersion\n        number\n        heading\n        diff {\n          op\n          text\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ContributionResponses($dossierId: ID!) {\n  contributionResponses(dossierId: $dossierId) {\n    total\n    answered\n    canDraft\n    canRecord\n    contributions {\n      key\n      submissionId\n      submissionNumber\n      submittedAt\n      constituency\n      draftId\n      draftVersion\n      provisionId\n      provisionNumber\n      provisionHeading\n      stance\n      rationale\n      proposedWording\n      answersSubmissionNumber\n      response {\n        ...GovernmentResponseFields\n      }\n      earlierAnswer {\n        submissionId\n        submissionNumber\n        stance\n        rationale\n        proposedWording\n        response {\n          ...GovernmentResponseFields\n        }\n      }\n      changedProvision {\n        provisionId\n        draftVersion\n        number\n        heading\n        diff {\n          op\n          text\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GovernmentResponseFields on GovernmentResponse {\n  id\n  verdict\n  reasons\n  status\n  recordedAt\n  updatedAt\n}"): (typeof documents)["fragment GovernmentResponseFields on GovernmentResponse {\n  id\n  verdict\n  reasons\n  status\n  recordedAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToContribution($input: RespondToContributionInput!) {\n  respondToContribution(input: $input) {\n    ...GovernmentResponseFields\n  }\n}"): (typeof documents)["mutation RespondToContribution($input: RespondToContributionInput!) {\n  respondToContribution(input: $input) {\n    ...GovernmentResponseFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AgendaProvisions($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      provisions {\n        id\n        kind\n        number\n        heading\n        position\n      }\n    }\n  }\n}"): (typeof documents)["query AgendaProvisions($id: ID!) {\n  dossier(id: $id) {\n    id\n    currentDraft {\n      id\n      version\n      provisions {\n        id\n        kind\n        number\n        heading\n        position\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationSession($id: ID!) {\n  consultationSession(id: $id) {\n    ...LiveSessionState\n  }\n}"): (typeof documents)["query ConsultationSession($id: ID!) {\n  consultationSession(id: $id) {\n    ...LiveSessionState\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DossierSessions($id: ID!) {\n  dossier(id: $id) {\n    id\n    sessions {\n      ...SessionSummary\n    }\n  }\n}"): (typeof documents)["query DossierSessions($id: ID!) {\n  dossier(id: $id) {\n    id\n    sessions {\n      ...SessionSummary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LiveSessionState on ConsultationSession {\n  id\n  dossierId\n  title\n  startsAt\n  endsAt\n  place\n  meetingUrl\n  status\n  seq\n  queueMode\n  lastSpeakerSide\n  serverTime\n  currentRound {\n    id\n    kind\n    agendaItemId\n    speakingSeconds\n    openedAt\n    caucusEndsAt\n  }\n  agenda {\n    id\n    position\n    title\n    provisionId\n    draftingUnlocked\n    outcome {\n      id\n      outcome\n      note\n      agreedText\n      reservations {\n        GOVERNMENT\n        EMPLOYERS\n        WORKERS\n      }\n    }\n    stances {\n      id\n      roundId\n      constituency\n      stance\n      reservation\n    }\n  }\n  queue {\n    position\n    hand {\n      id\n      kind\n      constituency\n      userId\n      raisedAt\n      manualPosition\n    }\n    person {\n      id\n      displayName\n    }\n  }\n  floor {\n    hand {\n      id\n      constituency\n      userId\n      kind\n    }\n    person {\n      id\n      displayName\n    }\n    since\n    deadline\n  }\n  attendance {\n    id\n    userId\n    inRoom\n    joinedAt\n    leftAt\n  }\n  interventions {\n    id\n    speakerId\n    constituency\n    startedAt\n    durationSeconds\n    summary\n    agendaItemId\n  }\n  speakingTotals {\n    constituency\n    person {\n      id\n      displayName\n    }\n    seconds\n  }\n  me {\n    canRun\n    canSpeak\n    canDeclareStance\n    constituency\n  }\n}"): (typeof documents)["fragment LiveSessionState on ConsultationSession {\n  id\n  dossierId\n  title\n  startsAt\n  endsAt\n  place\n  meetingUrl\n  status\n  seq\n  queueMode\n  lastSpeakerSide\n  serverTime\n  currentRound {\n    id\n    kind\n    agendaItemId\n    speakingSeconds\n    openedAt\n    caucusEndsAt\n  }\n  agenda {\n    id\n    position\n    title\n    provisionId\n    draftingUnlocked\n    outcome {\n      id\n      outcome\n      note\n      agreedText\n      reservations {\n        GOVERNMENT\n        EMPLOYERS\n        WORKERS\n      }\n    }\n    stances {\n      id\n      roundId\n      constituency\n      stance\n      reservation\n    }\n  }\n  queue {\n    position\n    hand {\n      id\n      kind\n      constituency\n      userId\n      raisedAt\n      manualPosition\n    }\n    person {\n      id\n      displayName\n    }\n  }\n  floor {\n    hand {\n      id\n      constituency\n      userId\n      kind\n    }\n    person {\n      id\n      displayName\n    }\n    since\n    deadline\n  }\n  attendance {\n    id\n    userId\n    inRoom\n    joinedAt\n    leftAt\n  }\n  interventions {\n    id\n    speakerId\n    constituency\n    startedAt\n    durationSeconds\n    summary\n    agendaItemId\n  }\n  speakingTotals {\n    constituency\n    person {\n      id\n      displayName\n    }\n    seconds\n  }\n  me {\n    canRun\n    canSpeak\n    canDeclareStance\n    constituency\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSession($input: ScheduleSessionInput!) {\n  scheduleSession(input: $input) {\n    ...SessionSummary\n  }\n}"): (typeof documents)["mutation ScheduleSession($input: ScheduleSessionInput!) {\n  scheduleSession(input: $input) {\n    ...SessionSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionCaucus($id: ID!) {\n  consultationSession(id: $id) {\n    id\n    caucusMessages {\n      id\n      authorName\n      body\n      createdAt\n    }\n  }\n}"): (typeof documents)["query SessionCaucus($id: ID!) {\n  consultationSession(id: $id) {\n    id\n    caucusMessages {\n      id\n      authorName\n      body\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionDossier($id: ID!) {\n  dossier(id: $id) {\n    id\n    title\n    me {\n      constituency\n      canComment\n      canCommentPrivately\n    }\n    participants {\n      id\n      role\n      constituency\n      isLead\n      user {\n        id\n        displayName\n      }\n    }\n    currentDraft {\n      id\n      language\n      provisions {\n        id\n        kind\n        number\n        heading\n        text\n        key\n        marks {\n          kind\n          start\n          end\n          target\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query SessionDossier($id: ID!) {\n  dossier(id: $id) {\n    id\n    title\n    me {\n      constituency\n      canComment\n      canCommentPrivately\n    }\n    participants {\n      id\n      role\n      constituency\n      isLead\n      user {\n        id\n        displayName\n      }\n    }\n    currentDraft {\n      id\n      language\n      provisions {\n        id\n        kind\n        number\n        heading\n        text\n        key\n        marks {\n          kind\n          start\n          end\n          target\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionSummary on ConsultationSession {\n  id\n  dossierId\n  title\n  startsAt\n  endsAt\n  place\n  meetingUrl\n  status\n  agenda {\n    id\n  }\n}"): (typeof documents)["fragment SessionSummary on ConsultationSession {\n  id\n  dossierId\n  title\n  startsAt\n  endsAt\n  place\n  meetingUrl\n  status\n  agenda {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpcomingSessions {\n  upcomingSessions {\n    ...SessionSummary\n  }\n}"): (typeof documents)["query UpcomingSessions {\n  upcomingSessions {\n    ...SessionSummary\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;