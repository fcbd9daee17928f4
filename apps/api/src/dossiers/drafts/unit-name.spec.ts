import { unitNameOf } from './unit-name';

describe('what a draft calls its units', () => {
  it.each([
    [['Article 1', 'Art. 2', 'Article premier'], 'ARTICLE'],
    [['Artículo 1', 'Artículo 2'], 'ARTICLE'],
    [['Section 1', 'Section 2', 's. 3'], 'SECTION'],
    [['1.', '2.', '3.—(1)'], 'SECTION'],
    [['Rule 1', 'Rule 2'], 'RULE'],
    [['Regulation 1', 'Reg. 2'], 'REGULATION'],
    [['Clause 1'], 'CLAUSE'],
    [[null, 'Chapeau'], 'UNIT'],
    [[], 'UNIT'],
  ])('reads %j as %s', (numbers, name) => {
    expect(unitNameOf(numbers)).toBe(name);
  });

  it('goes by what most units say', () => {
    expect(unitNameOf(['Section 1', 'Section 2', 'Article 3'])).toBe('SECTION');
  });
});
