import type { FirstAdministratorOutcome } from './first-administrator.service';

/** How an operator gets a new link: from a checkout, or inside the Docker image. */
export const CREATE_ADMIN_COMMAND = 'npm run create-admin -- <email>  (in the Docker image: node dist/apps/api/apps/api/src/people/create-admin-cli.js <email>)';

/** What the operator reads in the log, or on the terminal; null when there is nothing to say. */
export function describeFirstAdministrator(outcome: FirstAdministratorOutcome): string | null {
  switch (outcome.kind) {
    case 'invited':
      return [
        `Administrator invitation for ${outcome.email}: open this single-use link to set the password (valid until ${outcome.expiresAt.toISOString()}):`,
        `  ${outcome.url}`,
        'It is shown once: whoever opens it first becomes administrator.',
      ].join('\n');
    case 'pending':
      return `The administrator invitation for ${outcome.email}, printed at an earlier start, is valid until ${outcome.expiresAt.toISOString()}. A new link: ${CREATE_ADMIN_COMMAND}`;
    case 'taken':
      return outcome.administrator
        ? `${outcome.email} is already an administrator: sign in.`
        : `${outcome.email} already has an account that is not an administrator's: no invitation issued. Name another address.`;
    case 'present':
      return null;
  }
}
