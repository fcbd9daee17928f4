import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveSessionStateFragment } from '../../../gql/graphql';
import { SideBadge } from '../../../shared/ui/side-badge';
import { Countdown } from './countdown';

/** Who has the floor and for how long (server clock); during a caucus break, the time left. */
export function FloorPanel({ state, offset, children }: { state: LiveSessionStateFragment; offset: number; children?: ReactNode }) {
  const { t } = useTranslation();
  const caucus = state.currentRound?.kind === 'CAUCUS_BREAK' ? state.currentRound : null;
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="floor-heading" data-testid="floor">
      <Stack gap="xs">
        <Title order={2} fz="sm" id="floor-heading">
          {t('live.floor')}
        </Title>
        {state.floor ? (
          <>
            <Group gap="xs" wrap="wrap">
              <SideBadge side={state.floor.hand.constituency} size="md" />
              <Text fw={700} size="lg" data-testid="speaker">
                {state.floor.person.displayName}
              </Text>
            </Group>
            <Countdown deadline={state.floor.deadline} offset={offset} label={t('live.clock.speakingTime')} />
          </>
        ) : caucus?.caucusEndsAt ? (
          <>
            <Text fw={600}>{t('live.caucusUnderway')}</Text>
            <Countdown deadline={caucus.caucusEndsAt} offset={offset} label={t('live.clock.caucusTime')} size="md" />
          </>
        ) : (
          <Text c="gray.7">{t('live.nobodySpeaks')}</Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
