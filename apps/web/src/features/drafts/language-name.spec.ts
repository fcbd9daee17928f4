import { languageName } from './language-name';

describe('languageName', () => {
  it('names a draft’s language in the reader’s language', () => {
    expect([languageName('fr', 'en'), languageName('en', 'fr'), languageName('fr', 'es')]).toEqual(['French', 'anglais', 'francés']);
  });

  it('keeps a value that is no language tag as it is', () => {
    expect(languageName('not a tag', 'en')).toBe('not a tag');
  });
});
