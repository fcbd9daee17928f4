import { keptLinks, sameConventions } from './dossier-conventions';

const coverage = [
  { convention: { code: 'C087' }, links: [{}, {}] },
  { convention: { code: 'C098' }, links: [] },
  { convention: { code: 'C144' }, links: [{}] },
];

describe("the dossier's conventions", () => {
  it('names each convention taken off the dossier that provisions are still linked to, with how many links', () => {
    expect(keptLinks(['C087', 'C098', 'C144'], ['C144'], coverage)).toEqual([{ code: 'C087', links: 2 }]);
    expect(keptLinks(['C144', 'C087'], [], coverage)).toEqual([
      { code: 'C087', links: 2 },
      { code: 'C144', links: 1 },
    ]);
  });

  it('has nothing to say when the conventions kept or added have no links in question', () => {
    expect(keptLinks(['C087'], ['C087', 'C029'], coverage)).toEqual([]);
    expect(keptLinks(['C098'], [], coverage)).toEqual([]);
  });

  it('sees the same set of conventions in any order', () => {
    expect(sameConventions(['C087', 'C098'], ['C098', 'C087'])).toBe(true);
    expect(sameConventions(['C087'], ['C087', 'C098'])).toBe(false);
    expect(sameConventions(['C087', 'C098'], ['C087', 'C144'])).toBe(false);
  });
});
