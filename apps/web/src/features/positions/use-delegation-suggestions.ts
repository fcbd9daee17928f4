import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from '@apollo/client';
import type { Constituency } from '@tripart/contracts';
import { DelegationSuggestionsDocument } from '../../gql/graphql';
import { useSocketEvent } from '../realtime/use-socket-event';
import { delegationSuggestions, type WordingSuggestion } from './wording-suggestions';

const NONE = new Map<string, WordingSuggestion[]>();

/**
 * My side's suggested wordings on the paper's draft, per article, kept fresh
 * as comments change anywhere in the dossier (the dossier page watches it).
 */
export function useDelegationSuggestions(dossierId: string, draftId: string, side: Constituency): Map<string, WordingSuggestion[]> {
  const { data, refetch } = useQuery(DelegationSuggestionsDocument, { variables: { draftId }, fetchPolicy: 'cache-and-network' });
  const timer = useRef<number | undefined>(undefined);
  useSocketEvent('comment:changed', (event) => {
    if (event.dossierId !== dossierId) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void refetch().catch(() => undefined), 300);
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useMemo(() => (data ? delegationSuggestions(data.draft.provisions, side) : NONE), [data, side]);
}
