import { removedProvisions } from './removed-provisions';

const old = (id: string, position: number) => ({ id, position, kind: 'ARTICLE', number: `Article ${id}`, heading: null, text: `Text of ${id}.` });
const kept = (id: string, position: number, previousId: string | null) => ({ id, position, previousId });

describe('the provisions a new version removed', () => {
  it('places each removed provision after the new one that follows the provision before it', () => {
    const previous = [old('1', 0), old('2', 1), old('3', 2), old('4', 3)];
    const next = [kept('n1', 0, '1'), kept('n3', 1, '3'), kept('new', 2, null)];
    expect(removedProvisions(previous, next).map(({ id, afterId }) => ({ id, afterId }))).toEqual([
      { id: '2', afterId: 'n1' },
      { id: '4', afterId: 'n3' },
    ]);
  });

  it('places a provision removed from the start before the first one', () => {
    expect(removedProvisions([old('1', 0), old('2', 1)], [kept('n2', 0, '2')])).toMatchObject([{ id: '1', afterId: null }]);
  });

  it('finds nothing removed when every provision is followed', () => {
    expect(removedProvisions([old('1', 0)], [kept('n1', 0, '1')])).toEqual([]);
  });
});
