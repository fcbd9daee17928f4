import { AuditChainHead } from '../audit/audit-chain-head.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { CollabDocument } from '../collab/collab-document.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { SignInLimit } from '../auth/sign-in-limit.entity';
import { CommentMention } from '../comments/comment-mention.entity';
import { CommentRevision } from '../comments/comment-revision.entity';
import { Comment } from '../comments/comment.entity';
import { Delegation } from '../dossiers/delegation.entity';
import { DelegationRequest } from '../dossiers/delegation-request.entity';
import { Dossier } from '../dossiers/dossier.entity';
import { ConventionLink } from '../dossiers/drafts/convention-link.entity';
import { Draft } from '../dossiers/drafts/draft.entity';
import { Provision } from '../dossiers/drafts/provision.entity';
import { Participant } from '../dossiers/participant.entity';
import { Invitation } from '../people/invitation.entity';
import { Submission } from '../positions/submission.entity';
import { Membership } from '../people/membership.entity';
import { Organization } from '../people/organization.entity';
import { User } from '../people/user.entity';
import { Convention } from '../reference/convention.entity';
import { AgendaItem } from '../sessions/agenda-item.entity';
import { Attendance } from '../sessions/attendance.entity';
import { CaucusMessage } from '../sessions/caucus-message.entity';
import { ConsultationSession } from '../sessions/consultation-session.entity';
import { Hand } from '../sessions/hand.entity';
import { Intervention } from '../sessions/intervention.entity';
import { Outcome } from '../sessions/outcome.entity';
import { Round } from '../sessions/round.entity';
import { Stance } from '../sessions/stance.entity';
import { Country } from '../reference/country.entity';
import { ContributionResponse } from '../responses/contribution-response.entity';
import { Ratification } from '../ratifications/ratification.entity';
import { ReportingCycle } from '../reporting/reporting-cycle.entity';
import { Minutes } from '../minutes/minutes.entity';
import { MinutesApproval } from '../minutes/minutes-approval.entity';
import { MinutesRevision } from '../minutes/minutes-revision.entity';

/** Every TypeORM entity, listed once. */
export const ENTITIES = [
  Country,
  Convention,
  Organization,
  User,
  Membership,
  Invitation,
  RefreshToken,
  SignInLimit,
  AuditEvent,
  AuditChainHead,
  Dossier,
  Delegation,
  DelegationRequest,
  Participant,
  Draft,
  Provision,
  ConventionLink,
  Comment,
  CommentRevision,
  CommentMention,
  ConsultationSession,
  AgendaItem,
  Round,
  Hand,
  Intervention,
  Stance,
  Outcome,
  Attendance,
  Minutes,
  MinutesRevision,
  MinutesApproval,
  CaucusMessage,
  CollabDocument,
  Submission,
  ContributionResponse,
  Ratification,
  ReportingCycle,
];
