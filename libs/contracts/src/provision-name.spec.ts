import { provisionName, provisionNumberOf } from './provision-name';

const kindName = (kind: string) => ({ ARTICLE: 'Article', PARAGRAPH: 'Paragraph', CHAPTER: 'Chapter', PREAMBLE: 'Preamble', RECITAL: 'Recital' })[kind] ?? kind;
const SECTION = { kind: 'ARTICLE', number: 'Section 41', heading: 'Labour relations' };

describe('provisionName', () => {
  it("names a paragraph by its unit's number and its own, under its unit's heading", () => {
    expect(provisionName({ kind: 'PARAGRAPH', number: '(2)', heading: null }, SECTION, kindName)).toBe('Section 41(2) — Labour relations');
  });

  it('names a paragraph numbered "1." or "(a)" the same way', () => {
    expect(['1.', '(a)'].map((number) => provisionNumberOf({ kind: 'PARAGRAPH', number, heading: null }, SECTION, kindName))).toEqual(['Section 41(1)', 'Section 41(a)']);
  });

  it('names an unnumbered paragraph (an introduction) by its unit', () => {
    expect(provisionName({ kind: 'PARAGRAPH', number: null, heading: null }, SECTION, kindName)).toBe('Section 41 — Labour relations');
  });

  it('names a unit by its number and heading, and one without a number by its kind', () => {
    expect([provisionName(SECTION, null, kindName), provisionName({ kind: 'CHAPTER', number: null, heading: 'General' }, null, kindName)]).toEqual([
      'Section 41 — Labour relations',
      'Chapter — General',
    ]);
  });

  it('names a recital by its kind and its number, never "(1)" alone', () => {
    expect(provisionName({ kind: 'RECITAL', number: '(1)', heading: null }, { kind: 'PREAMBLE', number: null, heading: null }, kindName)).toBe('Recital 1');
  });

  it('names a recital by its number as written when the kind has no name (an export without one)', () => {
    expect(provisionNumberOf({ kind: 'RECITAL', number: '(12)', heading: null }, null, () => '')).toBe('(12)');
  });

  it('names the preamble’s own text, an unnumbered paragraph of it, as the preamble', () => {
    expect(provisionName({ kind: 'PARAGRAPH', number: null, heading: null }, { kind: 'PREAMBLE', number: null, heading: null }, kindName)).toBe('Preamble');
  });
});
