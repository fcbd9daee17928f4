import { useQuery } from '@apollo/client';
import { Anchor, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UpcomingSessionsDocument } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { InboxIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { formatSessionTime } from '../sessions/format-session-time';
import { SessionStatusBadge } from '../sessions/session-badges';
import { Section } from './section';

/** Sessions coming up (soonest first, live ones to join); approvals and deadlines will join them. */
export function WhatNeedsMeSection() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(UpcomingSessionsDocument, { fetchPolicy: 'cache-and-network' });
  const sessions = data?.upcomingSessions ?? [];
  return (
    <Section id="what-needs-me" title={t('home.whatNeedsMe')}>
      {loading && !data ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={52} />
        </Stack>
      ) : error && !data ? (
        <ProblemAlert title={t('sessions.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : sessions.length === 0 ? (
        <EmptyState icon={<InboxIcon />} title={t('home.whatNeedsMeEmpty')} hint={t('home.whatNeedsMeHint')} />
      ) : (
        <Stack component="ul" gap={6} m={0} p={0} aria-label={t('home.upcomingSessions')}>
          {sessions.map((session) => {
            const live = session.status === 'LIVE';
            return (
              <Paper component="li" key={session.id} withBorder radius="sm" px="sm" py={8} style={{ listStyle: 'none' }}>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={0} miw={0}>
                    <Group gap="xs" wrap="wrap">
                      <Anchor component={Link} to={`/sessions/${session.id}`} fw={600} size="sm">
                        {session.title}
                      </Anchor>
                      <SessionStatusBadge status={session.status} />
                    </Group>
                    <Text size="xs" c="gray.7">
                      {formatSessionTime(session.startsAt, session.endsAt, i18n.language)}
                      {session.place && ` · ${session.place}`}
                    </Text>
                  </Stack>
                  {live && (
                    <Button component={Link} to={`/sessions/${session.id}`} size="xs" color="#1e6b34" aria-label={t('sessions.joinLabel', { title: session.title })}>
                      {t('sessions.join')}
                    </Button>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
