import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DossierSessionsDocument, type DossierDetailFragment, type SessionSummaryFragment } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { InboxIcon, PlusIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { formatSessionTime, splitSessions } from './format-session-time';
import { ScheduleSessionModal } from './schedule-session.modal';
import { SessionStatusBadge } from './session-badges';

function SessionRow({ session }: { session: SessionSummaryFragment }) {
  const { t, i18n } = useTranslation();
  const live = session.status === 'LIVE';
  const titleId = `session-title-${session.id}`;
  return (
    <Paper component="li" withBorder radius="sm" px="sm" py={8} style={{ listStyle: 'none' }} aria-labelledby={titleId} data-session-id={session.id}>
      <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
        <Stack gap={2} miw={0}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} size="sm" id={titleId}>
              {session.title}
            </Text>
            <SessionStatusBadge status={session.status} />
          </Group>
          <Text size="sm" c="gray.7">
            <time dateTime={session.startsAt}>{formatSessionTime(session.startsAt, session.endsAt, i18n.language)}</time>
            {session.place && ` · ${session.place}`}
            {` · ${t('sessions.agendaCount', { count: session.agenda.length })}`}
          </Text>
          {session.meetingUrl && (
            <Anchor href={session.meetingUrl} target="_blank" rel="noopener noreferrer" size="sm" w="fit-content">
              {t('sessions.meetingLink')}
            </Anchor>
          )}
        </Stack>
        {session.status === 'CLOSED' && (
          <Button
            component={Link}
            to={`/sessions/${session.id}/minutes`}
            variant="default"
            size="sm"
            aria-label={t('minutes.linkLabel', { title: session.title })}
            style={{ flexShrink: 0 }}
          >
            {t('minutes.link')}
          </Button>
        )}
        <Button
          component={Link}
          to={`/sessions/${session.id}`}
          variant={live ? 'filled' : 'default'}
          color={live ? '#1e6b34' : undefined}
          size="sm"
          aria-label={t(live ? 'sessions.joinLabel' : 'sessions.openLabel', { title: session.title })}
          style={{ flexShrink: 0 }}
        >
          {live ? t('sessions.join') : t('sessions.open')}
        </Button>
      </Group>
    </Paper>
  );
}

function SessionList({ id, title, sessions, empty }: { id: string; title: string; sessions: SessionSummaryFragment[]; empty: string }) {
  return (
    <Stack component="section" gap="xs" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id}>
        {title}
      </Title>
      {sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap={6} m={0} p={0}>
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Upcoming and past sessions of the dossier; facilitators schedule new ones. */
export function SessionsTab({ dossier }: { dossier: DossierDetailFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DossierSessionsDocument, { variables: { id: dossier.id }, fetchPolicy: 'cache-and-network' });
  const [scheduling, setScheduling] = useState(false);
  const canManage = dossier.me.canManage;
  const sessions = data?.dossier.sessions ?? [];
  const { upcoming, past } = splitSessions(sessions, Date.now());

  const scheduleButton = canManage && (
    <Button leftSection={<PlusIcon />} onClick={() => setScheduling(true)} w="fit-content">
      {t('sessions.schedule')}
    </Button>
  );

  let body;
  if (loading && !data) {
    body = (
      <Stack gap="xs" role="status" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={64} />
        <Skeleton height={64} />
      </Stack>
    );
  } else if (error && !data) {
    body = <ProblemAlert title={t('sessions.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (sessions.length === 0) {
    body = <EmptyState icon={<InboxIcon />} title={t('sessions.empty')} hint={canManage ? t('sessions.emptyManagerHint') : t('sessions.emptyHint')} />;
  } else {
    body = (
      <>
        <SessionList id="sessions-upcoming" title={t('sessions.upcoming')} sessions={upcoming} empty={t('sessions.noUpcoming')} />
        <SessionList id="sessions-past" title={t('sessions.past')} sessions={past} empty={t('sessions.noPast')} />
      </>
    );
  }

  return (
    <Stack gap="lg" maw={960}>
      {scheduleButton}
      {body}
      {canManage && (
        <ScheduleSessionModal
          opened={scheduling}
          dossierId={dossier.id}
          onClose={() => setScheduling(false)}
          onScheduled={() => {
            setScheduling(false);
            void refetch().catch(() => undefined);
          }}
        />
      )}
    </Stack>
  );
}
