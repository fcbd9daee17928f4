export const DOSSIER_KINDS = ['LAW_REFORM', 'RATIFICATION', 'SUPERVISORY_REPORT'] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

export const DOSSIER_STATUSES = ['PREPARATION', 'CONSULTATION', 'CONCLUDED'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/**
 * Where a facilitator may take a dossier from each status: into consultation once prepared, concluded
 * once consulted, and back one step to correct (reopen a concluded consultation, return to preparation
 * for a new draft). Never straight from preparation to concluded: nobody would have been consulted.
 */
export const DOSSIER_STATUS_MOVES: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
  PREPARATION: ['CONSULTATION'],
  CONSULTATION: ['PREPARATION', 'CONCLUDED'],
  CONCLUDED: ['CONSULTATION'],
};

/** May a dossier go from one status to the other (staying where it is always may)? */
export const mayMoveDossier = (from: DossierStatus, to: DossierStatus): boolean => from === to || DOSSIER_STATUS_MOVES[from].includes(to);

/** How a person takes part in a dossier: in a delegation, chairing, or watching. */
export const PARTICIPANT_ROLES = ['DELEGATE', 'FACILITATOR', 'OBSERVER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const COMMENT_VISIBILITIES = ['DELEGATION', 'PLENARY'] as const;
export type CommentVisibility = (typeof COMMENT_VISIBILITIES)[number];
