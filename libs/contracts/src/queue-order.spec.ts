import type { Constituency } from './people';
import type { HandKind } from './sessions';
import { queueOrder, rotationFrom, type QueuedHand } from './queue-order';

let clock = 0;
const hand = (id: string, constituency: Constituency, kind: HandKind = 'NORMAL', manualPosition: number | null = null): QueuedHand => ({
  id, constituency, kind, manualPosition, raisedAt: new Date(1_000_000 + (clock += 1000)),
});
const ids = (hands: QueuedHand[]) => hands.map((h) => h.id);

describe('the speaking queue', () => {
  it('rotates G → E → W starting after the side that spoke last', () => {
    expect(rotationFrom('EMPLOYERS')).toEqual(['WORKERS', 'GOVERNMENT', 'EMPLOYERS']);
    expect(rotationFrom(null)).toEqual(['GOVERNMENT', 'EMPLOYERS', 'WORKERS']);
  });

  it('interleaves sides with hands raised, first come first served within a side', () => {
    const hands = [hand('w1', 'WORKERS'), hand('w2', 'WORKERS'), hand('w3', 'WORKERS'), hand('g1', 'GOVERNMENT'), hand('e1', 'EMPLOYERS')];
    expect(ids(queueOrder(hands, 'ROTATION', 'WORKERS'))).toEqual(['g1', 'e1', 'w1', 'w2', 'w3']);
    expect(ids(queueOrder(hands, 'ROTATION', 'GOVERNMENT'))).toEqual(['e1', 'w1', 'g1', 'w2', 'w3']);
  });

  it('serves plainly in order of raising in FIFO mode', () => {
    const hands = [hand('w1', 'WORKERS'), hand('w2', 'WORKERS'), hand('g1', 'GOVERNMENT')];
    expect(ids(queueOrder(hands, 'FIFO', null))).toEqual(['w1', 'w2', 'g1']);
  });

  it('puts points of order and rights of reply ahead of everyone', () => {
    const hands = [hand('g1', 'GOVERNMENT'), hand('e1', 'EMPLOYERS'), hand('reply', 'WORKERS', 'RIGHT_OF_REPLY'), hand('order', 'EMPLOYERS', 'POINT_OF_ORDER')];
    expect(ids(queueOrder(hands, 'ROTATION', null))).toEqual(['reply', 'order', 'g1', 'e1']);
  });

  it('keeps the facilitator’s order, then rotates the hands raised since', () => {
    const hands = [hand('e1', 'EMPLOYERS', 'NORMAL', 2), hand('g1', 'GOVERNMENT', 'NORMAL', 1), hand('w1', 'WORKERS'), hand('g2', 'GOVERNMENT')];
    expect(ids(queueOrder(hands, 'ROTATION', null))).toEqual(['g1', 'e1', 'w1', 'g2']);
  });

  it('gives every client the same order for the same hands, whatever order they arrive in', () => {
    const hands = [hand('a', 'WORKERS'), hand('b', 'GOVERNMENT'), hand('c', 'EMPLOYERS'), hand('d', 'WORKERS')];
    expect(ids(queueOrder([...hands].reverse(), 'ROTATION', 'EMPLOYERS'))).toEqual(ids(queueOrder(hands, 'ROTATION', 'EMPLOYERS')));
  });
});

describe('the speaking queue as a client holds it', () => {
  it('orders hands whose raisedAt is an ISO string as the server orders Dates', () => {
    const hands = [hand('w1', 'WORKERS'), hand('g1', 'GOVERNMENT'), hand('w2', 'WORKERS'), hand('e1', 'EMPLOYERS')];
    const onTheWire = hands.map((h) => ({ ...h, raisedAt: (h.raisedAt as Date).toISOString() }));
    expect(ids(queueOrder(onTheWire, 'ROTATION', 'GOVERNMENT'))).toEqual(ids(queueOrder(hands, 'ROTATION', 'GOVERNMENT')));
  });
});
