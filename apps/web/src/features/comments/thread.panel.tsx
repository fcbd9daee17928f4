import { useMemo } from 'react';
import { Chip, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Constituency } from '@tripart/contracts';
import type { CommentThreadFragment, DossierDetailFragment } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { MessageIcon } from '../../shared/ui/icons';
import { CommentThreadCard, type ThreadReaders } from './comment.card';
import { CommentComposer, type ComposerQuote } from './comment.composer';
import { EarlierThreadsSection } from './earlier-threads.section';
import { useMentionCandidates } from './mentions/use-mention-candidates';

/** What the thread panel needs of the dossier: which it is, and what I may write (the reader's and the live room's dossiers both fit). */
export interface ThreadPanelDossier {
  id: string;
  me: Pick<DossierDetailFragment['me'], 'constituency' | 'canComment' | 'canCommentPrivately'>;
}

export const THREAD_FILTERS = ['open', 'mine', 'delegation', 'plenary', 'resolved'] as const;
export type ThreadFilter = (typeof THREAD_FILTERS)[number];

export function filterThreads(threads: CommentThreadFragment[], filter: ThreadFilter, myId: string): CommentThreadFragment[] {
  switch (filter) {
    case 'resolved':
      return threads.filter((thread) => thread.resolvedAt);
    case 'mine':
      return threads.filter((thread) => !thread.resolvedAt && (thread.author.id === myId || thread.replies.some((reply) => reply.author.id === myId)));
    case 'delegation':
      return threads.filter((thread) => !thread.resolvedAt && thread.visibility === 'DELEGATION');
    case 'plenary':
      return threads.filter((thread) => !thread.resolvedAt && thread.visibility === 'PLENARY');
    default:
      return threads.filter((thread) => !thread.resolvedAt);
  }
}

/** The selected provision's threads, filters, and the composer. */
export function ThreadPanel({
  dossier,
  myId,
  provisionId,
  title,
  titleHidden = false,
  threads,
  loading,
  filter,
  onFilter,
  composer,
  onClearQuote,
  onPosted,
}: {
  dossier: ThreadPanelDossier;
  myId: string;
  provisionId: string;
  title: string;
  /** The title still names the panel for screen readers, where a heading around it already shows what it is (the live room). */
  titleHidden?: boolean;
  threads: CommentThreadFragment[];
  loading: boolean;
  filter: ThreadFilter;
  onFilter(filter: ThreadFilter): void;
  composer: { quote: ComposerQuote | null; suggest: boolean; nonce: number };
  onClearQuote(): void;
  onPosted(): void;
}) {
  const { t } = useTranslation();
  const side: Constituency | null = dossier.me.constituency ?? null;
  const filters = THREAD_FILTERS.filter((value) => value !== 'delegation' || side !== null);
  const shown = filterThreads(threads, filter, myId);
  const mayWrite = dossier.me.canComment || dossier.me.canCommentPrivately;
  const candidates = useMentionCandidates(dossier.id);
  const readers = useMemo<ThreadReaders>(() => ({ myId, side, candidates }), [myId, side, candidates]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="thread-title">
      {titleHidden ? (
        <VisuallyHidden id="thread-title">{title}</VisuallyHidden>
      ) : (
        <Title order={2} fz="md" id="thread-title">
          {title}
        </Title>
      )}
      <Chip.Group multiple={false} value={filter} onChange={(value) => onFilter(value as ThreadFilter)}>
        <Group gap={4} wrap="wrap" role="radiogroup" aria-label={t('comments.filterLabel')}>
          {filters.map((value) => (
            <Chip key={value} value={value} type="radio" size="xs" radius="sm" variant="outline">
              {t(`comments.filters.${value}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <div aria-live="polite" aria-busy={loading || undefined}>
        {shown.length === 0 ? (
          <EmptyState
            icon={<MessageIcon />}
            title={loading ? t('common.loading') : t(`comments.empty.${filter}`)}
            hint={!loading && filter === 'open' && mayWrite ? t('comments.emptyHint') : undefined}
          />
        ) : (
          <Stack gap="xs">
            {shown.map((thread) => (
              <CommentThreadCard key={thread.id} thread={thread} readers={readers} />
            ))}
          </Stack>
        )}
      </div>
      <EarlierThreadsSection dossierId={dossier.id} provisionId={provisionId} readers={readers} />
      {mayWrite ? (
        <CommentComposer
          key={`${provisionId}:${composer.nonce}`}
          provisionId={provisionId}
          candidatesFor={candidates}
          side={side}
          canComment={dossier.me.canComment}
          canCommentPrivately={dossier.me.canCommentPrivately}
          quote={composer.quote}
          suggest={composer.suggest}
          onClearQuote={onClearQuote}
          onPosted={onPosted}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('comments.readOnly')}
        </Text>
      )}
    </Stack>
  );
}
