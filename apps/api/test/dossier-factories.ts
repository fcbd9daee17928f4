import type { C144Subject, Constituency } from '@tripart/contracts';
import { Participant } from '../src/dossiers/participant.entity';
import { Delegation } from '../src/dossiers/delegation.entity';
import type { Organization } from '../src/people/organization.entity';
import { buildOrganization, buildSignedInUser } from './factories';
import type { TestApp } from './test-app';

export type SignedIn = Awaited<ReturnType<typeof buildSignedInUser>>;

const CREATE_DOSSIER = `mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }`;

/**
 * A dossier in France with its cast: a facilitator (ILO), a lead and a
 * member per side, a member of another side, an observer, and an outsider.
 */
export async function buildDossierWithCast(t: TestApp, options: { observersMayComment?: boolean; c144Subject?: C144Subject } = {}) {
  const ilo = await buildOrganization(t.dataSource, { kind: 'ILO', countryCode: 'FR' });
  const facilitator = await buildSignedInUser(t, { organization: ilo });
  const result = await t.gql(
    CREATE_DOSSIER,
    { input: { title: 'Réforme du code du travail', countryCode: 'FR', conventionCodes: ['C087', 'C098'], observersMayComment: options.observersMayComment ?? false, c144Subject: options.c144Subject ?? null } },
    facilitator.token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const dossierId: string = result.data.createDossier.id;
  const seat = async (constituency: Constituency, lead = false) => {
    const organization: Organization = await buildOrganization(t.dataSource, { kind: constituency, countryCode: 'FR' });
    const person = await buildSignedInUser(t, { organization });
    const delegation = await t.dataSource.getRepository(Delegation).findOneByOrFail({ dossierId, constituency });
    await t.dataSource.getRepository(Participant).save({ dossierId, userId: person.user.id, role: 'DELEGATE', delegationId: delegation.id, isLead: lead });
    return { ...person, delegationId: delegation.id };
  };
  const observer = await buildSignedInUser(t);
  await t.dataSource.getRepository(Participant).save({ dossierId, userId: observer.user.id, role: 'OBSERVER', delegationId: null, isLead: false });
  return {
    dossierId,
    facilitator,
    government: { lead: await seat('GOVERNMENT', true), member: await seat('GOVERNMENT') },
    employers: { lead: await seat('EMPLOYERS', true), member: await seat('EMPLOYERS') },
    workers: { lead: await seat('WORKERS', true), member: await seat('WORKERS') },
    observer,
    outsider: await buildSignedInUser(t),
  };
}
