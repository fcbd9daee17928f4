import { articleKeyPart, containerKeyPart, matchBareUnit, matchDotlessUnit, matchMarker, matchParagraphMarker, romanToInt } from './numbering';

describe('matchMarker', () => {
  it.each([
    ['Article 12', 'Article 12', '12'],
    ['Art. 12', 'Art. 12', '12'],
    ['Article premier', 'Article premier', '1'],
    ['Article 1er', 'Article 1er', '1'],
    ['Artículo 3 bis', 'Artículo 3 bis', '3bis'],
    ['Artículo 5.º', 'Artículo 5.º', '5'],
    ['Art. 7 ter', 'Art. 7 ter', '7ter'],
    ['ARTICLE 4', 'ARTICLE 4', '4'],
    ['Article L. 1221-1', 'Article L. 1221-1', 'l1221-1'],
    ['Artículo único', 'Artículo único', 'unique'],
  ])('reads "%s" as an article numbered "%s" keyed "%s"', (line, number, keyPart) => {
    expect(matchMarker(line)).toEqual({ kind: 'ARTICLE', number, keyPart, rest: '' });
  });

  it.each([
    ['Part I', 'PART', '1'],
    ['Partie II', 'PART', '2'],
    ['Parte III', 'PART', '3'],
    ['Title II', 'TITLE', '2'],
    ['Titre IV', 'TITLE', '4'],
    ['Título preliminar', 'TITLE', 'prelim'],
    ['Chapter 3', 'CHAPTER', '3'],
    ['Chapitre III', 'CHAPTER', '3'],
    ['CAPÍTULO IX', 'CHAPTER', '9'],
    ['Section 4', 'SECTION', '4'],
    ['Sección 2.ª', 'SECTION', '2'],
  ])('reads "%s" as a %s keyed "%s"', (line, kind, keyPart) => {
    expect(matchMarker(line)).toMatchObject({ kind, keyPart, rest: '' });
  });

  it.each([
    ['Article 12. Minimum wage', 'Article 12', 'Minimum wage'],
    ['Article 1er - Champ d’application', 'Article 1er', 'Champ d’application'],
    ['Chapitre II : Du contrat de travail', 'Chapitre II', 'Du contrat de travail'],
    ['Artículo 3 bis.– Jornada', 'Artículo 3 bis', 'Jornada'],
  ])('keeps what follows a separator in "%s" as the rest', (line, number, rest) => {
    expect(matchMarker(line)).toMatchObject({ number, rest });
  });

  it('ignores a body line that only starts with a reference to an article', () => {
    expect(matchMarker('Article 5 shall not apply to domestic workers')).toBeNull();
  });

  it('accepts a heading without separator on a line styled as a heading', () => {
    expect(matchMarker('Article 5 Scope', { bareHeadingAllowed: true })).toMatchObject({ number: 'Article 5', rest: 'Scope' });
  });

  it('does not read ordinary words as markers', () => {
    expect(matchMarker('Particular attention shall be paid.')).toBeNull();
    expect(matchMarker('Articles 3 and 4 apply.')).toBeNull();
  });
});

describe('matchMarker on common-law units', () => {
  it.each([
    ['s. 12', 'SECTION', 's. 12', '12', undefined],
    ['Rule 3', 'ARTICLE', 'Rule 3', '3', 'rule'],
    ['Regulation 4A', 'ARTICLE', 'Regulation 4A', '4a', 'reg'],
    ['Clause 7', 'ARTICLE', 'Clause 7', '7', 'cl'],
    ['Division 2', 'DIVISION', 'Division 2', '2', undefined],
    ['First Schedule', 'SCHEDULE', 'First Schedule', '1', undefined],
    ['Schedule 3', 'SCHEDULE', 'Schedule 3', '3', undefined],
    ['Annex II', 'SCHEDULE', 'Annex II', '2', undefined],
  ])('reads "%s" as a %s', (line, kind, number, keyPart, unit) => {
    expect(matchMarker(line)).toEqual({ kind, number, keyPart, rest: '', unit });
  });

  it('reads a capitalised heading after the number without separator', () => {
    expect(matchMarker('Article 1 Scope')).toMatchObject({ number: 'Article 1', rest: 'Scope' });
  });

  it('does not read a sentence after the number as a heading', () => {
    expect(matchMarker('Section 5 The employer shall keep records.')).toBeNull();
  });

  it('reads "1. Short title" and "1.—(1)" as bare section numbers', () => {
    expect([matchBareUnit('1. Short title'), matchBareUnit('1.—(1) These Regulations apply.')]).toEqual([
      { kind: 'ARTICLE', number: '1', keyPart: '1', rest: 'Short title', unit: 'sec' },
      { kind: 'ARTICLE', number: '1', keyPart: '1', rest: '(1) These Regulations apply.', unit: 'sec' },
    ]);
  });

  it('does not read a list item in lower case as a section', () => {
    expect(matchBareUnit('2. keep records.')).toBeNull();
  });
});

describe('matchDotlessUnit (New Zealand and Australian drafts: "1 Short title")', () => {
  it('reads a bare number, a space and a capitalised heading as a section with its heading', () => {
    expect([matchDotlessUnit('1 Short title'), matchDotlessUnit('12A Offences and penalties')]).toEqual([
      { kind: 'ARTICLE', number: '1', keyPart: '1', rest: 'Short title', unit: 'sec' },
      { kind: 'ARTICLE', number: '12A', keyPart: '12a', rest: 'Offences and penalties', unit: 'sec' },
    ]);
  });

  it.each([
    ['1 January 2020 is the date on which this Act comes into force.', 'a sentence of the body'],
    ['1 January 2020', 'a date'],
    ['3 March', 'a date without its year'],
    ['2 employers must keep records', 'a list item in lower case'],
    ['1. Short title', 'a number with its dot (matchBareUnit reads it)'],
    ['4 The employer must pay the wage, and the worker must be told of it', 'a long line'],
    ['2022 Fair Pay Agreements', 'a year above a title'],
    ['5', 'a number alone'],
  ])('does not read "%s" (%s) as a section', (line) => {
    expect(matchDotlessUnit(line)).toBeNull();
  });
});

describe('matchParagraphMarker', () => {
  it.each([
    ['1. Every worker', 'dot', '1.', '1'],
    ['(2) Every worker', 'paren', '(2)', '2'],
    ['3) Every worker', 'half', '3)', '3'],
    ['(a) every worker', 'letter', '(a)', 'a'],
    ['b) todo trabajador', 'halfletter', 'b)', 'b'],
    ['1bis. Whatever', 'dot', '1bis.', '1bis'],
  ])('reads "%s" as a %s paragraph number', (line, style, number, keyPart) => {
    expect(matchParagraphMarker(line)).toMatchObject({ style, number, keyPart });
  });

  it('does not take a decimal number for a paragraph number', () => {
    expect(matchParagraphMarker('1.5 million workers are covered.')).toBeNull();
  });
});

describe('keys', () => {
  it('turns Roman numerals into numbers', () => {
    expect([romanToInt('XIV'), romanToInt('iv'), romanToInt('C'), romanToInt('IIII')]).toEqual([14, 4, null, null]);
  });

  it('normalises article numbers', () => {
    expect(['premier', '3 bis', '5.º', '1er', '05', '1.2'].map(articleKeyPart)).toEqual(['1', '3bis', '5', '1', '5', '1.2']);
  });

  it('normalises container numbers', () => {
    expect(['II', '3', 'A', 'première', 'IV bis'].map(containerKeyPart)).toEqual(['2', '3', 'a', '1', '4bis']);
  });
});
