import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { useQuery } from '@apollo/client';
import { Badge, Box, Group, Title, UnstyledButton, useDirection } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ProvisionThreadsDocument, type CommentThreadFragment } from '../../../gql/graphql';
import { ChevronDownIcon } from '../../../shared/ui/icons';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import type { ComposerQuote } from '../../comments/comment.composer';
import { ThreadPanel, type ThreadFilter, type ThreadPanelDossier } from '../../comments/thread.panel';
import { SelectionPopover, type QuotedSelection } from '../../drafts/selection-popover';
import { useLiveThreads } from '../../drafts/use-live-threads';
import { useRealtimeSocket } from '../../realtime/realtime.context';
import { readableCommentIds, unseenCount, withSeen } from './room-comments';

const NO_THREADS: CommentThreadFragment[] = [];
const BODY_ID = 'room-comments-body';
/** Open or closed, remembered on this device for every session. */
export const ROOM_COMMENTS_KEY = 'tripart:room-comments';

/**
 * The comment threads on the provision of the agenda item in view, under its
 * text: the reader's thread panel (filters, cards, composer with mentions), so
 * people comment from the room as they would in the reader, each with what
 * they may see — the API sends a delegation's caucus notes to it alone. Folded
 * to one line ("Comments (n)", and how many came since it was last open) so
 * that the joint text stays in view; follows `comment:changed` live (the page
 * watches the dossier) and catches up after a reconnection.
 */
export function RoomComments({
  dossierId,
  dossier,
  myId,
  provisionId,
  provisionTitle,
  provisionText,
  textRef,
}: {
  dossierId: string;
  dossier: ThreadPanelDossier;
  myId: string;
  provisionId: string;
  provisionTitle: string;
  /** The provision's text as shown (null when it is not in the current version): words of it can be quoted. */
  provisionText: string | null;
  textRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const { dir } = useDirection();
  const socket = useRealtimeSocket();
  const [shown, setShown] = useLocalStorage<'open' | 'closed'>({ key: ROOM_COMMENTS_KEY, defaultValue: 'closed', getInitialValueInEffect: false });
  const open = shown === 'open';
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [composer, setComposer] = useState<{ quote: ComposerQuote | null; suggest: boolean; nonce: number }>({ quote: null, suggest: false, nonce: 0 });

  const threads = useQuery(ProvisionThreadsDocument, { variables: { ids: [provisionId] }, fetchPolicy: 'cache-and-network' });
  const { refetch } = threads;
  const again = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  useLiveThreads(dossierId, again, (id) => id === provisionId);
  // Comments written while the connection was down come with the next fetch.
  useEffect(() => {
    if (!socket) return undefined;
    socket.on('connect', again);
    return () => {
      socket.off('connect', again);
    };
  }, [socket, again]);

  const provision = threads.data?.provisions.find((candidate) => candidate.id === provisionId);
  const list = provision?.comments ?? NO_THREADS;
  const ids = useMemo(() => readableCommentIds(list), [list]);
  // What was there when I came, and whatever I have had open since, counts as seen.
  const [seen, setSeen] = useState<ReadonlySet<string> | null>(null);
  const loaded = !!provision;
  useEffect(() => {
    if (loaded && (open || seen === null)) setSeen((current) => withSeen(current, ids));
  }, [loaded, open, ids, seen]);
  const unseen = open ? 0 : unseenCount(seen, ids);

  const texts = useMemo(() => new Map(provisionText ? [[provisionId, provisionText]] : []), [provisionId, provisionText]);
  const mayWrite = dossier.me.canComment || dossier.me.canCommentPrivately;
  const pick = (selection: QuotedSelection, suggest: boolean) => {
    setComposer((current) => ({ quote: selection.quote, suggest, nonce: current.nonce + 1 }));
    setShown('open');
    window.setTimeout(() => document.getElementById(`composer-${provisionId}`)?.focus(), 50);
  };

  return (
    <Box
      component="section"
      aria-labelledby="room-comments-heading"
      pt="xs"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid="room-comments"
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={3} fz="md" id="room-comments-heading">
          <UnstyledButton
            aria-expanded={open}
            aria-controls={BODY_ID}
            onClick={() => setShown(open ? 'closed' : 'open')}
            fw={700}
            fz="md"
            py={2}
            pe={6}
            style={{ display: 'inline-flex', alignItems: 'center', gap: 6, borderRadius: 4 }}
          >
            <ChevronDownIcon size={16} style={{ transform: open ? undefined : `rotate(${dir === 'rtl' ? 90 : -90}deg)`, transition: 'transform 120ms ease' }} />
            {provision ? t('live.comments.titleCount', { count: provision.commentCount }) : t('live.comments.title')}
          </UnstyledButton>
        </Title>
        <Box aria-live="polite" aria-atomic="true">
          {unseen > 0 && (
            <Badge size="sm" radius="sm" tt="none" variant="filled" color="blue.9" data-testid="room-comments-new">
              {t('live.comments.new', { count: unseen })}
            </Badge>
          )}
        </Box>
      </Group>
      <div id={BODY_ID} hidden={!open}>
        <Box pt="xs">
          <ThreadPanel
            dossier={dossier}
            myId={myId}
            provisionId={provisionId}
            title={t('live.comments.threadsOf', { provision: provisionTitle })}
            titleHidden
            threads={list}
            loading={threads.loading && !provision}
            filter={filter}
            onFilter={setFilter}
            composer={composer}
            onClearQuote={() => setComposer((current) => ({ ...current, quote: null }))}
            onPosted={() => setComposer((current) => ({ quote: null, suggest: false, nonce: current.nonce + 1 }))}
          />
          {threads.error && <ProblemAlert error={threads.error} onRetry={again} />}
        </Box>
      </div>
      <SelectionPopover containerRef={textRef} texts={texts} enabled={mayWrite} onPick={pick} />
    </Box>
  );
}
