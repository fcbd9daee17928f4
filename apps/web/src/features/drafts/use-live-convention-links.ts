import { useMemo, useState } from 'react';
import { useApolloClient } from '@apollo/client';
import { ProvisionConventionLinksDocument } from '../../gql/graphql';
import { useConventionLinksChanged } from '../conventions/use-convention-links-changed';
import type { ProvisionItem } from './provision-tree';

type Links = ProvisionItem['conventionLinks'];
/** The API's limit per `provisions(ids)` call. */
const PROVISIONS_PER_CALL = 100;

/**
 * The reader's text is read past the cache (normalising 1,270 provisions cost ~400 ms before the
 * first line showed), so the cache cannot carry changed links to it: when a facilitator changes links,
 * those provisions' links are asked for and laid over the text, until the text is read again.
 */
export function useLiveConventionLinks(dossierId: string, provisions: ProvisionItem[]): ProvisionItem[] {
  const client = useApolloClient();
  const [fresh, setFresh] = useState<{ of: ProvisionItem[]; links: ReadonlyMap<string, Links> }>({ of: provisions, links: new Map() });
  useConventionLinksChanged(dossierId, (changed) => {
    const ids = provisions.filter((provision) => changed.has(provision.id)).map((provision) => provision.id);
    if (!ids.length) return;
    void (async () => {
      const links = new Map<string, Links>();
      for (let start = 0; start < ids.length; start += PROVISIONS_PER_CALL) {
        const variables = { ids: ids.slice(start, start + PROVISIONS_PER_CALL) };
        const result = await client.query({ query: ProvisionConventionLinksDocument, variables, fetchPolicy: 'network-only' }).catch(() => null);
        for (const provision of result?.data.provisions ?? []) links.set(provision.id, provision.conventionLinks);
      }
      setFresh((current) => ({ of: provisions, links: new Map([...(current.of === provisions ? current.links : []), ...links]) }));
    })();
  });
  return useMemo(() => {
    if (fresh.of !== provisions || fresh.links.size === 0) return provisions;
    return provisions.map((provision) => {
      const links = fresh.links.get(provision.id);
      return links ? { ...provision, conventionLinks: links } : provision;
    });
  }, [fresh, provisions]);
}
