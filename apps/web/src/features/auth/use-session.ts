import { useContext } from 'react';
import { SessionContext, type SessionContextValue } from './session.context';

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
