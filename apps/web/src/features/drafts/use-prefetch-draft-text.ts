import { useEffect } from 'react';
import { useApolloClient, useQuery } from '@apollo/client';
import { useSearchParams } from 'react-router';
import { DossierDraftsDocument } from '../../gql/graphql';
import { readDraftTextAhead } from './use-draft-text';

/**
 * Called by the dossier page on its draft tab: asks for the versions beside the dossier, then for the
 * text of the version the tab will show, before the tab has drawn; the reader takes that answer.
 */
export function usePrefetchDraftText(dossierId: string, enabled: boolean): void {
  const client = useApolloClient();
  const [params] = useSearchParams();
  const { data } = useQuery(DossierDraftsDocument, { variables: { id: dossierId }, skip: !enabled });
  const drafts = data?.dossier.drafts ?? [];
  const draftId = (drafts.find((draft) => draft.id === params.get('draft')) ?? drafts[0])?.id;
  useEffect(() => {
    if (enabled && draftId) readDraftTextAhead(client, draftId);
  }, [client, enabled, draftId]);
}
