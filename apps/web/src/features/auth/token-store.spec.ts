import { SIGNED_IN_KEY, TokenStore } from './token-store';

const fresh = (n: number) => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
});

describe('TokenStore', () => {
  beforeEach(() => localStorage.clear());

  it('starts restoring when this browser has a sign-in', () => {
    localStorage.setItem(SIGNED_IN_KEY, '1');
    expect(new TokenStore(jest.fn(), localStorage, undefined).getSnapshot().status).toBe('restoring');
  });

  it('keeps no refresh token in localStorage, only the hint that it is signed in', () => {
    const store = new TokenStore(jest.fn(), localStorage, undefined);
    store.accept({ ...fresh(1), refreshToken: 'refresh-secret' } as never);
    expect(Object.values({ ...localStorage })).not.toContain('refresh-secret');
    expect(localStorage.getItem(SIGNED_IN_KEY)).toBe('1');
    expect(store.accessToken).toBe('access-1');
  });

  it('removes a refresh token an earlier version left in localStorage', () => {
    localStorage.setItem('tripart.refreshToken', 'old-refresh-token');
    new TokenStore(jest.fn(), localStorage, undefined);
    expect(localStorage.getItem('tripart.refreshToken')).toBeNull();
  });

  it('refreshes only once for concurrent callers (the cookie rotates)', async () => {
    localStorage.setItem(SIGNED_IN_KEY, '1');
    const exchange = jest.fn(async () => fresh(1));
    const store = new TokenStore(exchange, localStorage, undefined);
    const [a, b] = await Promise.all([store.refresh(), store.refresh()]);
    expect(exchange).toHaveBeenCalledTimes(1);
    expect([a, b]).toEqual(['access-1', 'access-1']);
    expect(store.getSnapshot().status).toBe('signedIn');
  });

  it('keeps restoring through an outage, and signs in once the server answers', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    localStorage.setItem(SIGNED_IN_KEY, '1');
    let calls = 0;
    const store = new TokenStore(async () => (++calls < 3 ? Promise.reject(new Error('refresh failed with HTTP 503')) : fresh(3)), localStorage, undefined);
    const restoring = store.restore();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(store.getSnapshot().status).toBe('restoring');
    await jest.advanceTimersByTimeAsync(2_000);
    await restoring;
    jest.useRealTimers();
    expect(calls).toBe(3);
    expect(store.getSnapshot()).toEqual({ status: 'signedIn', accessToken: 'access-3' });
  });

  it('signs out when the server refuses the cookie', async () => {
    localStorage.setItem(SIGNED_IN_KEY, '1');
    const store = new TokenStore(async () => null, localStorage, undefined);
    await expect(store.refresh()).resolves.toBeNull();
    expect(localStorage.getItem(SIGNED_IN_KEY)).toBeNull();
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', accessToken: null });
  });

  it('stays signed in when the network fails', async () => {
    localStorage.setItem(SIGNED_IN_KEY, '1');
    const store = new TokenStore(async () => Promise.reject(new Error('offline')), localStorage, undefined);
    await expect(store.refresh()).rejects.toThrow('offline');
    expect(localStorage.getItem(SIGNED_IN_KEY)).toBe('1');
  });

  it('does not call the server for a visitor who never signed in', async () => {
    const exchange = jest.fn();
    const store = new TokenStore(exchange, localStorage, undefined);
    await expect(store.freshAccessToken()).resolves.toBeNull();
    expect(exchange).not.toHaveBeenCalled();
  });
});
