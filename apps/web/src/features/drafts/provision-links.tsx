import { createContext, type ReactNode, useContext, useMemo } from 'react';

/**
 * How a reference in a provision's text reaches the provision it names (by its key) inside the draft being read:
 * the reader provides it; elsewhere (the live room) a reference is shown as one but is not a link.
 */
export interface ProvisionLinks {
  idOf(key: string): string | null;
  follow(id: string): void;
}

export const ProvisionLinksContext = createContext<ProvisionLinks | null>(null);

export const useProvisionLinks = (): ProvisionLinks | null => useContext(ProvisionLinksContext);

/** The reader's links: a provision of this version by its key; following one selects it and scrolls it into view. */
export function ReaderLinks({ provisions, follow, children }: { provisions: ReadonlyArray<{ id: string; key: string }>; follow(id: string): void; children: ReactNode }) {
  const links = useMemo((): ProvisionLinks => {
    const ids = new Map(provisions.map((provision) => [provision.key, provision.id]));
    return { idOf: (key) => ids.get(key) ?? null, follow };
  }, [provisions, follow]);
  return <ProvisionLinksContext.Provider value={links}>{children}</ProvisionLinksContext.Provider>;
}
