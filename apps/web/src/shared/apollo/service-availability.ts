import { useSyncExternalStore } from 'react';

/**
 * Whether the API could serve the last request, or answered that it cannot
 * reach its database for a moment (SERVICE_UNAVAILABLE): the frame then shows
 * "Reconnecting…" while requests are tried again, and "Live" once one works.
 */
let available = true;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (available === next) return;
  available = next;
  listeners.forEach((listener) => listener());
}

export const serviceAvailability = {
  markUnavailable: () => set(false),
  markAvailable: () => set(true),
  get available() {
    return available;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useServiceAvailable(): boolean {
  return useSyncExternalStore(serviceAvailability.subscribe, () => serviceAvailability.available, () => true);
}
