import { useEffect } from 'react';
import { useApolloClient, useQuery } from '@apollo/client';
import { useSearchParams } from 'react-router';
import { DossierDraftsDocument, DraftTextDocument } from '../../gql/graphql';

/**
 * Called by the dossier page on its draft tab: asks for the versions beside the dossier, then for the
 * text of the version the tab will show, before the tab has drawn. The reader's own identical query,
 * made while this one is on its way, shares its answer (Apollo deduplicates queries in flight).
 */
export function usePrefetchDraftText(dossierId: string, enabled: boolean): void {
  const client = useApolloClient();
  const [params] = useSearchParams();
  const { data } = useQuery(DossierDraftsDocument, { variables: { id: dossierId }, skip: !enabled });
  const drafts = data?.dossier.drafts ?? [];
  const draftId = (drafts.find((draft) => draft.id === params.get('draft')) ?? drafts[0])?.id;
  useEffect(() => {
    if (enabled && draftId) void client.query({ query: DraftTextDocument, variables: { id: draftId }, fetchPolicy: 'no-cache' }).catch(() => undefined);
  }, [client, enabled, draftId]);
}
