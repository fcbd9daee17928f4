/**
 * Who may read an event in a dossier's activity log: everyone who may read
 * the dossier, those who manage it, one delegation only, or one delegation
 * and those who manage the dossier (membership proposals, which both see).
 * The policy decides from it (`mayReadAuditEvent` in access/dossier-policy.ts).
 */
export const AUDIT_AUDIENCES = ['DOSSIER', 'MANAGERS', 'DELEGATION', 'DELEGATION_AND_MANAGERS'] as const;
export type AuditAudience = (typeof AUDIT_AUDIENCES)[number];
