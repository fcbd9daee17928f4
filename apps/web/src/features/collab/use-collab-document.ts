import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { useSession } from '../auth/use-session';
import { collabStatus, type CollabLink, type CollabStatus } from './collab-status';
import { collabUrl } from './collab-url';
import { parseStoredMessage } from './server-access';
import { initials, userColour } from './user-colour';

export interface CollabUser {
  id: string;
  name: string;
  color: string;
}

export interface Peer {
  clientId: number;
  user: CollabUser;
  provisionId: string | null;
}

function subscribeOnline(callback: () => void) {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}
const onlineNow = () => navigator.onLine !== false;

/**
 * One co-drafted document: one Y.Doc and one provider for all the editors
 * bound to its fields. The token is asked for at every (re)connection, so a
 * reconnect after a refresh uses the new one. Null name: nothing is opened.
 */
export function useCollabDocument(name: string | null) {
  const { tokens, me } = useSession();
  const [attempt, setAttempt] = useState(0);
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [link, setLink] = useState<CollabLink>('connecting');
  const [synced, setSynced] = useState(false);
  const [everSynced, setEverSynced] = useState(false);
  const [unsynced, setUnsynced] = useState(0);
  const [refused, setRefused] = useState(false);
  const [stored, setStored] = useState(true);
  const online = useSyncExternalStore(subscribeOnline, onlineNow, () => true);

  const user = useMemo<CollabUser | null>(
    () => (me ? { id: me.id, name: me.displayName, color: userColour(me.id) } : null),
    [me],
  );

  // One Y.Doc per document name, kept across reconnections and retries: what was typed and not yet
  // synced lives only here, and a new provider on the same doc sends it when it connects.
  const [document, setDocument] = useState<Y.Doc | null>(null);
  useEffect(() => {
    if (!name) return undefined;
    const doc = new Y.Doc();
    setDocument(doc);
    return () => {
      setDocument(null);
      doc.destroy();
    };
  }, [name]);
  const refreshedOnce = useRef(false);

  useEffect(() => {
    if (!name || !document) return undefined;
    setLink('connecting');
    setSynced(false);
    setEverSynced(false);
    setUnsynced(0);
    setRefused(false);
    setStored(true);
    const next = new HocuspocusProvider({
      url: collabUrl(),
      name,
      document,
      token: async () => (await tokens.freshAccessToken().catch(() => tokens.accessToken)) ?? '',
      onStatus: ({ status }) => setLink(status as CollabLink),
      onSynced: ({ state }) => {
        setSynced(state);
        if (state) {
          setEverSynced(true);
          refreshedOnce.current = false;
        }
      },
      onUnsyncedChanges: ({ number }) => setUnsynced(number),
      onAuthenticationFailed: ({ reason }) => {
        // The API could not check the token for a moment (its database is away): open the document again shortly.
        if (reason === 'SERVICE_UNAVAILABLE') return void setTimeout(() => setAttempt((n) => n + 1), 2_000);
        // A token refused (expired meanwhile, or from before a sign-out elsewhere): refresh once and open again.
        if (reason === 'UNAUTHENTICATED' && !refreshedOnce.current) {
          refreshedOnce.current = true;
          return void tokens.refresh().then((token) => (token ? setAttempt((n) => n + 1) : setRefused(true)), () => setRefused(true));
        }
        setRefused(true);
      },
      onDisconnect: () => setSynced(false),
      onStateless: ({ payload }) => {
        const message = parseStoredMessage(payload);
        if (message !== null) setStored(message);
      },
    });
    setProvider(next);
    return () => {
      next.destroy();
      setProvider(null);
    };
  }, [name, document, tokens, attempt]);

  useEffect(() => {
    if (provider && user) provider.setAwarenessField('user', { id: user.id, name: user.name, color: user.color, initials: initials(user.name) });
  }, [provider, user]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const status: CollabStatus = collabStatus({ link, synced, unsynced, online, refused, everSynced, stored });
  return { provider, user, status, ready: !!provider && everSynced, retry };
}

export type CollabDocument = ReturnType<typeof useCollabDocument>;

/** The other people in the document, and where they are (re-rendered when awareness changes). */
export function usePeers(provider: HocuspocusProvider | null): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) {
      setPeers([]);
      return undefined;
    }
    const update = () => {
      const list: Peer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = state.user as CollabUser | undefined;
        if (!user?.name) return;
        list.push({ clientId, user, provisionId: typeof state.provisionId === 'string' ? state.provisionId : null });
      });
      setPeers((current) => (JSON.stringify(current) === JSON.stringify(list) ? current : list));
    };
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [provider]);
  return peers;
}
