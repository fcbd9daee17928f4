import type { ApolloCache, Reference } from '@apollo/client';
import type { ConventionLinkFieldsFragment } from '../../gql/graphql';
import { compareArticles } from './coverage-rows';

type Link = Pick<ConventionLinkFieldsFragment, 'id' | 'provisionId'>;
type ProvisionLinks = { conventionLinks: Reference[] };

/** The coverage adds up every link of the dossier: it is asked for again when one changes. */
function forgetCoverage(cache: ApolloCache<unknown>, dossierId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'Dossier', id: dossierId }), fieldName: 'coverage' });
}

/** A new (or updated) link shows on its provision at once, in convention and article order. */
export function addLinkToCache(cache: ApolloCache<unknown>, link: ConventionLinkFieldsFragment, dossierId: string): void {
  const id = cache.identify({ __typename: 'ConventionLink', id: link.id });
  cache.modify<ProvisionLinks>({
    id: cache.identify({ __typename: 'Provision', id: link.provisionId }),
    fields: {
      conventionLinks(existing = [], { readField, toReference }) {
        if (existing.some((ref) => ref.__ref === id)) return existing;
        const added = toReference({ __typename: 'ConventionLink', id: link.id });
        if (!added) return existing;
        const key = (ref: Reference) => [readField<string>('conventionCode', ref) ?? '', readField<string>('article', ref) ?? ''] as const;
        return [...existing, added].sort((a, b) => {
          const [codeA, articleA] = key(a);
          const [codeB, articleB] = key(b);
          return codeA.localeCompare(codeB) || compareArticles(articleA, articleB);
        });
      },
    },
  });
  forgetCoverage(cache, dossierId);
}

/** A removed link leaves its provision and the coverage. */
export function removeLinkFromCache(cache: ApolloCache<unknown>, link: Link, dossierId: string): void {
  const id = cache.identify({ __typename: 'ConventionLink', id: link.id });
  cache.modify<ProvisionLinks>({
    id: cache.identify({ __typename: 'Provision', id: link.provisionId }),
    fields: {
      conventionLinks: (existing = []) => existing.filter((ref) => ref.__ref !== id),
    },
  });
  cache.evict({ id });
  forgetCoverage(cache, dossierId);
}
