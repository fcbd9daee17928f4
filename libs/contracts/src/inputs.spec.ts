import { dossierInput, inputProblems, newPasswordInput, signInInput } from './inputs';
import { LIMITS } from './limits';

describe('form input shapes', () => {
  it('finds nothing wrong with good values', () => {
    expect(inputProblems(signInInput, { email: 'ana@example.org', password: 'x' })).toEqual({});
  });

  it('says a field is required rather than too short when it is empty', () => {
    expect(inputProblems(signInInput, { email: '  ', password: '' })).toEqual({ email: { key: 'validation.required' }, password: { key: 'validation.required' } });
  });

  it('names the limit a value is past, from LIMITS', () => {
    const problems = inputProblems(dossierInput, { title: 'x'.repeat(LIMITS.dossierTitleMax + 1), summary: '', countryCode: 'FR', conventionCodes: [] });
    expect(problems).toEqual({ title: { key: 'validation.tooLong', params: { max: LIMITS.dossierTitleMax } } });
  });

  it('says how long a new password must be', () => {
    expect(inputProblems(newPasswordInput, { password: 'short' })).toEqual({ password: { key: 'validation.passwordMin', params: { min: LIMITS.passwordMin } } });
  });

  it('refuses what is not an address, and a country code that is not one', () => {
    expect(inputProblems(signInInput, { email: 'ana', password: 'x' }).email).toEqual({ key: 'validation.email' });
    expect(inputProblems(dossierInput, { title: 'Reform', summary: '', countryCode: 'fr', conventionCodes: [] }).countryCode).toEqual({ key: 'validation.invalid' });
  });
});
