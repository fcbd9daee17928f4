import { dropHand, moveHand } from './queue-moves';

const queue = [
  { handId: 'poo', kind: 'POINT_OF_ORDER' },
  { handId: 'a', kind: 'NORMAL' },
  { handId: 'b', kind: 'NORMAL' },
  { handId: 'c', kind: 'NORMAL' },
];

describe('queue moves', () => {
  it('sends the full new order of normal hands', () => {
    expect(moveHand(queue, 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveHand(queue, 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('refuses moves past either end and flagged hands', () => {
    expect(moveHand(queue, 'a', -1)).toBeNull();
    expect(moveHand(queue, 'c', 1)).toBeNull();
    expect(moveHand(queue, 'poo', 1)).toBeNull();
  });

  it('drops a hand onto another one’s place', () => {
    expect(dropHand(queue, 'c', 'a')).toEqual(['c', 'a', 'b']);
    expect(dropHand(queue, 'a', 'c')).toEqual(['b', 'c', 'a']);
    expect(dropHand(queue, 'a', 'a')).toBeNull();
  });
});
