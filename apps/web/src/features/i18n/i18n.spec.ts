import { createI18n } from './i18n';

describe('createI18n', () => {
  it('reflects the language and its direction on <html>', async () => {
    const i18n = createI18n('en');
    await i18n.changeLanguage('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('knows right-to-left scripts, so the layout can flip when one ships', () => {
    expect(createI18n('en').dir('ar')).toBe('rtl');
  });

  it('falls back to English for an unsupported language', () => {
    expect(createI18n('de').t('nav.home')).toBe('Home');
  });
});
