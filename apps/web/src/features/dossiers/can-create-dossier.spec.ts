import type { SessionUser } from '../auth/session.context';
import { canCreateDossier } from './can-create-dossier';

const person = (role: 'ADMIN' | 'MEMBER', kinds: string[]) =>
  ({ role, organizations: kinds.map((kind) => ({ kind })) }) as unknown as SessionUser;

describe('canCreateDossier', () => {
  it('offers it to administrators', () => expect(canCreateDossier(person('ADMIN', []))).toBe(true));
  it('offers it to ILO staff', () => expect(canCreateDossier(person('MEMBER', ['ILO']))).toBe(true));
  it('hides it from delegates', () => expect(canCreateDossier(person('MEMBER', ['WORKERS']))).toBe(false));
  it('hides it before the person is known', () => expect(canCreateDossier(null)).toBe(false));
});
