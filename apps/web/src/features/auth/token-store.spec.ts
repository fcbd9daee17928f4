import { TokenStore, REFRESH_TOKEN_KEY } from './token-store';

const pair = (n: number) => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  user: { __typename: 'User' as const, id: 'u1', locale: 'en' },
});

describe('TokenStore', () => {
  beforeEach(() => localStorage.clear());

  it('starts restoring when a refresh token is stored', () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-0');
    expect(new TokenStore(jest.fn(), localStorage, undefined).getSnapshot().status).toBe('restoring');
  });

  it('refreshes only once for concurrent callers and stores the rotated token', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-0');
    const exchange = jest.fn(async () => pair(1));
    const store = new TokenStore(exchange, localStorage, undefined);
    const [a, b] = await Promise.all([store.refresh(), store.refresh()]);
    expect(exchange).toHaveBeenCalledTimes(1);
    expect(exchange).toHaveBeenCalledWith('refresh-0');
    expect([a, b]).toEqual(['access-1', 'access-1']);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect(store.getSnapshot().status).toBe('signedIn');
  });

  it('signs out when the server rejects the refresh token', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-0');
    const store = new TokenStore(async () => null, localStorage, undefined);
    await expect(store.refresh()).resolves.toBeNull();
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(store.getSnapshot()).toEqual({ status: 'signedOut', accessToken: null });
  });

  it('keeps the refresh token when the network fails', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-0');
    const store = new TokenStore(async () => Promise.reject(new Error('offline')), localStorage, undefined);
    await expect(store.refresh()).rejects.toThrow('offline');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-0');
  });
});
