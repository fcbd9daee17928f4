import { submittedRowMatches } from './submitted-filter';

const side = (stance: string, rationale = '', proposedWording = '') => ({ provisionId: 'p', stance, rationale, proposedWording }) as never;
const ARTICLE = { number: 'Article 12', heading: 'Overtime' };

describe('submittedRowMatches', () => {
  it('finds a row by number, heading or the words of a side', () => {
    const sides = [side('SUPPORT_WITH_AMENDMENTS', 'Cap overtime at ten hours'), null, null];
    expect(['12', 'overtime', 'ten hours', 'strike'].map((query) => submittedRowMatches(ARTICLE, sides, query, 'all'))).toEqual([true, true, true, false]);
  });

  it('keeps only rows where a side took a position', () => {
    expect([
      submittedRowMatches(ARTICLE, [side('NO_POSITION'), null, null], '', 'withPosition'),
      submittedRowMatches(ARTICLE, [side('NO_POSITION'), side('SUPPORT'), null], '', 'withPosition'),
    ]).toEqual([false, true]);
  });

  it('keeps only rows where the sides that took a position differ', () => {
    expect([
      submittedRowMatches(ARTICLE, [side('SUPPORT'), side('SUPPORT'), side('NO_POSITION')], '', 'disagree'),
      submittedRowMatches(ARTICLE, [side('SUPPORT'), side('OPPOSE'), null], '', 'disagree'),
    ]).toEqual([false, true]);
  });
});
