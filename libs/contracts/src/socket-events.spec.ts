import { clientEvents } from './socket-events';

describe('client events', () => {
  it('rejects a ping payload with unknown fields', () => {
    expect(clientEvents['presence:ping'].safeParse({ clientTime: 1, extra: true }).success).toBe(false);
  });

  it('accepts a well-formed ping', () => {
    expect(clientEvents['presence:ping'].safeParse({ clientTime: Date.now() }).success).toBe(true);
  });
});
