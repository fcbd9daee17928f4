import { useState } from 'react';
import { useSession } from '../../features/auth/use-session';
import { downloadFile } from './api-request';

/** A file download with a fresh token: which one is under way, and the last failure (null: none). */
export function useDownload<Key extends string>() {
  const { tokens } = useSession();
  const [busy, setBusy] = useState<Key | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (key: Key, url: string, fallbackName: string) => {
    setBusy(key);
    setError(null);
    try {
      const token = await tokens.freshAccessToken().catch(() => tokens.accessToken);
      await downloadFile(url, token, fallbackName);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, download };
}
