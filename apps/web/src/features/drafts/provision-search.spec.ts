import { numberKey, outlineMatches, searchDraft } from './provision-search';

const provision = (id: string, kind: string, number: string | null, heading: string | null, text: string, parentId: string | null = null) => ({
  id,
  kind,
  number,
  heading,
  text,
  parentId,
});

const DRAFT = [
  provision('part', 'PART', 'Part 3', 'Labour relations', ''),
  provision('s4', 'ARTICLE', 'Section 4', 'Fair labour practices', 'Every worker has the right to fair labour practices.'),
  provision('s41', 'ARTICLE', 'Section 41', 'Strikes', 'Every worker has the right to strike.\nAn employer may not dismiss a striking worker.'),
  provision('s41-1', 'PARAGRAPH', '(1)', null, 'Every worker has the right to strike.', 's41'),
  provision('s41-2', 'PARAGRAPH', '(2)', null, 'An employer may not dismiss a striking worker.', 's41'),
  provision('s141', 'ARTICLE', 'Section 141', 'Artículo de prueba', 'Disputes go to the commission.'),
];

describe('searchDraft', () => {
  it('finds a provision by its number, however the unit is written', () => {
    for (const query of ['41', 'Section 41', 's. 41', 'sec 41']) expect(searchDraft(DRAFT, query).numbered).toBe('s41');
  });

  it("finds a paragraph by its unit's number and its own", () => {
    expect([searchDraft(DRAFT, '41(2)').numbered, searchDraft(DRAFT, 's. 41 (1)').numbered]).toEqual(['s41-2', 's41-1']);
  });

  it('finds words where they are: in paragraphs, not again in the unit that joins them', () => {
    expect(searchDraft(DRAFT, 'striking').matches).toEqual(['s41-2']);
  });

  it('finds headings without regard to case or accents', () => {
    expect(searchDraft(DRAFT, 'articulo').matches).toEqual(['s141']);
  });

  it('puts the numbered provision first, then the others in the order of the draft', () => {
    expect(searchDraft(DRAFT, '41').matches).toEqual(['s41', 's141']);
  });

  it('finds nothing for an empty query', () => {
    expect(searchDraft(DRAFT, '  ')).toEqual({ numbered: null, matches: [] });
  });
});

describe('numberKey', () => {
  it('drops the unit word, spaces and a closing full stop', () => {
    expect(['Article 5.', 'Art. 5', 'Artículo 5', '§ 5'].map(numberKey)).toEqual(['5', '5', '5', '5']);
  });
});

describe('outlineMatches', () => {
  it('keeps rows by number or heading', () => {
    expect([outlineMatches(DRAFT[1], 'fair'), outlineMatches(DRAFT[1], '4'), outlineMatches(DRAFT[1], 'strike')]).toEqual([true, true, false]);
  });
});
