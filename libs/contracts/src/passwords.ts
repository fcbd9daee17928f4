/**
 * Why a new password was refused as too easy to guess (the API's strength
 * check, zxcvbn); the web app says each in the person's language.
 */
export const PASSWORD_WEAKNESSES = ['repeated', 'sequence', 'common', 'singleWord', 'names', 'dates', 'personal', 'guessable'] as const;
export type PasswordWeakness = (typeof PASSWORD_WEAKNESSES)[number];

/** The field-error constraint of a password refused as too easy to guess; its `reason` is a PasswordWeakness. */
export const PASSWORD_STRENGTH_CONSTRAINT = 'passwordStrength';
