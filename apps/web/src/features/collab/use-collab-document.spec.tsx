import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { SessionContext, type SessionContextValue } from '../auth/session.context';
import { TokenStore } from '../auth/token-store';
import { useCollabDocument } from './use-collab-document';

function wrapper({ children }: { children: ReactNode }) {
  const tokens = new TokenStore(async () => null, localStorage, undefined);
  const session = { status: 'signedIn', me: null, meError: false, tokens, signIn: () => undefined, signOut: async () => undefined } as SessionContextValue;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

describe('useCollabDocument', () => {
  it('keeps the same document (and what was typed in it) when it opens the connection again', () => {
    const { result, unmount } = renderHook(() => useCollabDocument('position:a:b'), { wrapper });
    const first = result.current.provider!;
    first.document.getText('body').insert(0, 'typed while the server could not be reached');
    act(() => result.current.retry());
    const second = result.current.provider!;
    expect(second).not.toBe(first);
    expect(second.document).toBe(first.document);
    expect(second.document.getText('body').toString()).toBe('typed while the server could not be reached');
    unmount();
  });
});
