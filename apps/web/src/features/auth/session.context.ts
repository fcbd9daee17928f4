import { createContext } from 'react';
import type { AuthTokensFragment, MeQuery } from '../../gql/graphql';
import type { SessionStatus, TokenStore } from './token-store';

export type SessionUser = MeQuery['me'];

export interface SessionContextValue {
  status: SessionStatus;
  /** The signed-in person, once `me` has loaded. */
  me: SessionUser | null;
  meError: boolean;
  tokens: TokenStore;
  signIn(tokens: AuthTokensFragment): void;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
