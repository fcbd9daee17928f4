import { LOCALES } from '@tripart/contracts';
import { catalogues } from './i18n';

function flatten(tree: object, prefix = ''): Record<string, unknown> {
  return Object.entries(tree).reduce<Record<string, unknown>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') Object.assign(flat, flatten(value, path));
    else flat[path] = value;
    return flat;
  }, {});
}

describe('translation catalogues', () => {
  const reference = Object.keys(flatten(catalogues.en)).sort();

  it('ships one catalogue per supported locale', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(flatten(catalogues[locale])).sort()).toEqual(reference);
  });

  it.each(LOCALES)('%s has no empty value', (locale) => {
    const empty = Object.entries(flatten(catalogues[locale])).filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s keeps the same interpolation placeholders', (locale) => {
    const placeholders = (text: unknown) => String(text).match(/{{\w+}}/g)?.sort() ?? [];
    const english = flatten(catalogues.en);
    const mismatched = Object.entries(flatten(catalogues[locale])).filter(
      ([key, value]) => placeholders(value).join() !== placeholders(english[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
