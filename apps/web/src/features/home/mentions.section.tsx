import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Constituency } from '@tripart/contracts';
import { DossierDraftsDocument, DossiersDocument, MyMentionsDocument, type MyMentionsQuery } from '../../gql/graphql';
import { PrivateBadge, privateTint } from '../comments/comment-visibility';
import { MentionedText } from '../comments/mentions/mentioned-text';
import { formatDate } from '../i18n/format-date';
import { useRealtimeSocket } from '../realtime/realtime.context';
import { useSocketEvent } from '../realtime/use-socket-event';
import { EmptyState } from '../../shared/ui/empty-state';
import { AtIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { mentionHref, mentionPlaceLabel } from './mention-link';
import { relativeTime } from './relative-time';
import { Section } from './section';

type Mention = MyMentionsQuery['myMentions'][number];

/** Mentions shown before "Show all". */
const SHOWN = 5;
/** The API cuts excerpts at this length. */
const EXCERPT_MAX = 280;

/** The clock, ticking once a minute, so "5 minutes ago" stays true. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * Comments naming me, newest first, each a link to the provision in the
 * reader. Refreshed live when someone names me (and after a reconnection,
 * which may have missed it), and said in a polite live region.
 */
export function MentionsSection({ me }: { me: { id: string; displayName: string } }) {
  const { t, i18n } = useTranslation();
  const { data, previousData, loading, error, refetch } = useQuery(MyMentionsDocument, { fetchPolicy: 'cache-and-network' });
  // The dossiers' list (also on this page) says which side I am on in each: the tint of a caucus note.
  const dossiers = useQuery(DossiersDocument, { variables: { locale: i18n.language } });
  const socket = useRealtimeSocket();
  const now = useMinuteClock();
  const [expanded, setExpanded] = useState(false);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const mentions = data?.myMentions ?? previousData?.myMentions;
  const sideIn = new Map((dossiers.data?.dossiers ?? []).map((dossier) => [dossier.id, dossier.me.constituency ?? null]));
  const placeOf = (mention: Mention) => mentionPlaceLabel(mention, t('home.mentions.provision'));

  useSocketEvent('mention:created', (event) => {
    void refetch()
      .then((result) => {
        const mention = result.data.myMentions.find((candidate) => candidate.commentId === event.commentId);
        if (!mention) return;
        setFresh((current) => new Set(current).add(mention.commentId));
        setAnnouncement(t('home.mentions.announce', { name: mention.authorName, place: placeOf(mention) }));
      })
      .catch(() => undefined);
  });

  useEffect(() => {
    if (!socket) return undefined;
    const onReconnect = () => void refetch().catch(() => undefined);
    socket.io.on('reconnect', onReconnect);
    return () => {
      socket.io.off('reconnect', onReconnect);
    };
  }, [socket, refetch]);

  const shown = mentions && !expanded ? mentions.slice(0, SHOWN) : mentions;
  return (
    <Section id="mentions" title={t('home.mentions.title')}>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
      {loading && !mentions ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={72} />
          <Skeleton height={72} />
        </Stack>
      ) : error && !mentions ? (
        <ProblemAlert title={t('home.mentions.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : shown && shown.length > 0 ? (
        <Stack gap={6} align="stretch">
          <Stack component="ul" gap={6} m={0} p={0}>
            {shown.map((mention) => (
              <MentionItem
                key={mention.commentId}
                mention={mention}
                me={me}
                side={sideIn.get(mention.dossierId) ?? null}
                place={placeOf(mention)}
                now={now}
                isNew={fresh.has(mention.commentId)}
              />
            ))}
          </Stack>
          {mentions && mentions.length > SHOWN && (
            <Button variant="subtle" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={() => setExpanded((value) => !value)} aria-expanded={expanded}>
              {expanded ? t('home.mentions.showFewer') : t('home.mentions.showAll', { total: mentions.length })}
            </Button>
          )}
        </Stack>
      ) : (
        <EmptyState icon={<AtIcon />} title={t('home.mentions.empty')} hint={t('home.mentions.emptyHint')} />
      )}
    </Section>
  );
}

function MentionItem({
  mention,
  me,
  side,
  place,
  now,
  isNew,
}: {
  mention: Mention;
  me: { id: string; displayName: string };
  side: Constituency | null;
  place: string;
  now: Date;
  isNew: boolean;
}) {
  const { t, i18n } = useTranslation();
  // The newest version, to say when a mention is on an earlier one.
  const drafts = useQuery(DossierDraftsDocument, { variables: { id: mention.dossierId } });
  const versions = drafts.data?.dossier.drafts ?? [];
  const newest = versions[0]?.version;
  const isPrivate = mention.visibility === 'DELEGATION';
  const excerpt = mention.excerpt.length >= EXCERPT_MAX ? `${mention.excerpt}…` : mention.excerpt;
  return (
    <Paper
      component="li"
      withBorder
      radius="sm"
      px="sm"
      py={8}
      bg={isPrivate ? privateTint(side) : 'white'}
      style={{ listStyle: 'none' }}
      data-mention={mention.commentId}
      data-private={isPrivate || undefined}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap={6} align="flex-start">
          <Text size="sm">
            <Trans i18nKey="home.mentions.mentionedYou" values={{ name: mention.authorName }} components={{ strong: <strong /> }} />
            <Text span c="gray.7" size="xs">
              {' · '}
              <time dateTime={mention.createdAt} title={formatDate(mention.createdAt, i18n.language, true)}>
                {relativeTime(mention.createdAt, now, i18n.language)}
              </time>
            </Text>
          </Text>
          <Group gap={4} wrap="wrap">
            {isNew && (
              <Badge size="xs" radius="sm" tt="none" color="ink" variant="filled">
                {t('home.mentions.new')}
              </Badge>
            )}
            {isPrivate && <PrivateBadge side={side} />}
          </Group>
        </Group>
        <Group gap={6} wrap="wrap" align="baseline">
          <Anchor component={Link} to={mentionHref(mention, mention.draftId)} fw={600} size="sm">
            {place}
          </Anchor>
          <Text size="xs" c="gray.7">
            {mention.dossierTitle}
            {newest !== undefined && mention.draftVersion < newest && ` · ${t('home.mentions.earlierVersion', { version: mention.draftVersion })}`}
          </Text>
        </Group>
        <Text size="sm" c="gray.8" lineClamp={3} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <MentionedText body={excerpt} mentions={[me]} myId={me.id} />
        </Text>
      </Stack>
    </Paper>
  );
}
