export const DOSSIER_KINDS = ['LAW_REFORM', 'RATIFICATION', 'SUPERVISORY_REPORT'] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

export const DOSSIER_STATUSES = ['PREPARATION', 'CONSULTATION', 'CONCLUDED'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** How a person takes part in a dossier: in a delegation, chairing, or watching. */
export const PARTICIPANT_ROLES = ['DELEGATE', 'FACILITATOR', 'OBSERVER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const COMMENT_VISIBILITIES = ['DELEGATION', 'PLENARY'] as const;
export type CommentVisibility = (typeof COMMENT_VISIBILITIES)[number];
