import { gql, InMemoryCache } from '@apollo/client';
import { ConventionLinkFieldsFragmentDoc, DossierCoverageDocument, type ConventionLinkFieldsFragment, type DossierCoverageQuery } from '../../gql/graphql';
import { addLinkToCache, removeLinkFromCache } from './convention-link-cache';

const link = (id: string, conventionCode: string, article: string, gapNote = ''): ConventionLinkFieldsFragment => ({
  __typename: 'ConventionLink',
  id,
  provisionId: 'p1',
  conventionCode,
  article,
  gapNote,
  needsReview: false,
});

const DOSSIER: DossierCoverageQuery = {
  dossier: {
    __typename: 'Dossier',
    id: 'd1',
    currentDraft: {
      __typename: 'Draft',
      id: 'v1',
      version: 1,
      provisions: [{ __typename: 'Provision', id: 'p1', kind: 'ARTICLE', number: 'Article 3', heading: null, parentId: null, position: 3 }],
    },
    coverage: [],
  },
};

const PROVISION_LINKS = gql`
  fragment ProvisionLinks on Provision {
    id
    conventionLinks {
      id
      provisionId
      conventionCode
      article
      gapNote
      needsReview
    }
  }
`;

function cacheWith(links: ConventionLinkFieldsFragment[]) {
  const cache = new InMemoryCache({ typePolicies: { Convention: { keyFields: ['code'] }, Dossier: { fields: { coverage: { merge: false } } } } });
  cache.writeQuery({ query: DossierCoverageDocument, variables: { id: 'd1', locale: 'en' }, data: DOSSIER });
  cache.writeFragment({
    id: 'Provision:p1',
    fragment: PROVISION_LINKS,
    data: { __typename: 'Provision', id: 'p1', conventionLinks: links },
  });
  return cache;
}

const linksOf = (cache: InMemoryCache) => (cache.extract()['Provision:p1']?.['conventionLinks'] as Array<{ __ref: string }>).map((ref) => ref.__ref);

describe('convention links in the cache', () => {
  it('adds a new link to its provision in convention and article order, once', () => {
    const cache = cacheWith([link('a', 'C087', '2'), link('c', 'C098', '1')]);
    const added = link('b', 'C087', '10', 'Federations missing');
    cache.writeFragment({ id: 'ConventionLink:b', fragment: ConventionLinkFieldsFragmentDoc, data: added });
    addLinkToCache(cache, added, 'd1');
    addLinkToCache(cache, added, 'd1');
    expect(linksOf(cache)).toEqual(['ConventionLink:a', 'ConventionLink:b', 'ConventionLink:c']);
  });

  it('removes a link from its provision and from the cache', () => {
    const cache = cacheWith([link('a', 'C087', '2'), link('c', 'C098', '1')]);
    removeLinkFromCache(cache, link('a', 'C087', '2'), 'd1');
    expect(linksOf(cache)).toEqual(['ConventionLink:c']);
    expect(cache.extract()['ConventionLink:a']).toBeUndefined();
  });

  it('has the coverage asked for again after a change', () => {
    const cache = cacheWith([link('a', 'C087', '2')]);
    const query = { query: DossierCoverageDocument, variables: { id: 'd1', locale: 'en' } };
    expect(cache.readQuery(query)).not.toBeNull();
    removeLinkFromCache(cache, link('a', 'C087', '2'), 'd1');
    expect(cache.readQuery(query)).toBeNull();
  });
});
