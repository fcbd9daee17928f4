import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES } from '@tripart/contracts';
import type { LiveSessionStateFragment } from '../../../gql/graphql';
import { SideBadge } from '../../../shared/ui/side-badge';
import { formatClock } from './session-clock';

/** Time spoken per side (balance between the sides), then per person. */
export function SpeakingTotals({ state }: { state: LiveSessionStateFragment }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="totals-heading">
      <Title order={2} fz="sm" id="totals-heading" mb={6}>
        {t('live.speakingTotals')}
      </Title>
      <Stack component="ul" gap={4} m={0} p={0}>
        {CONSTITUENCIES.map((side) => {
          const total = state.speakingTotals.find((entry) => entry.constituency === side && !entry.person);
          const people = state.speakingTotals.filter((entry) => entry.constituency === side && entry.person);
          return (
            <li key={side} style={{ listStyle: 'none' }}>
              <Group justify="space-between" gap="xs">
                <SideBadge side={side} />
                <Text size="sm" ff="monospace" fw={600}>
                  {formatClock(total?.seconds ?? 0)}
                </Text>
              </Group>
              {people.map((entry) => (
                <Group key={entry.person!.id} justify="space-between" gap="xs" ps="md">
                  <Text size="xs" c="gray.7">
                    {entry.person!.displayName}
                  </Text>
                  <Text size="xs" ff="monospace" c="gray.7">
                    {formatClock(entry.seconds)}
                  </Text>
                </Group>
              ))}
            </li>
          );
        })}
      </Stack>
    </Paper>
  );
}
