import { useEffect, useState } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { parseAccessMessage, writableFromScope } from './server-access';

/**
 * What the server lets this connection do right now: write (true), only
 * read (false), or not known yet (null). Follows the scope given at
 * authentication and every later change the server announces.
 */
export function useServerWritable(provider: HocuspocusProvider): boolean | null {
  const [writable, setWritable] = useState<boolean | null>(() => writableFromScope(provider.authorizedScope));
  useEffect(() => {
    setWritable(writableFromScope(provider.authorizedScope));
    const onAuthenticated = ({ scope }: { scope: string }) => setWritable(writableFromScope(scope));
    const onStateless = ({ payload }: { payload: string }) => {
      const message = parseAccessMessage(payload);
      if (message) setWritable(message.writable);
    };
    provider.on('authenticated', onAuthenticated);
    provider.on('stateless', onStateless);
    return () => {
      provider.off('authenticated', onAuthenticated);
      provider.off('stateless', onStateless);
    };
  }, [provider]);
  return writable;
}
