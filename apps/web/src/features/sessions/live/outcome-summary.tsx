import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES } from '@tripart/contracts';
import type { LiveSessionStateFragment } from '../../../gql/graphql';
import { SideBadge } from '../../../shared/ui/side-badge';
import { OutcomeBadge } from '../session-badges';

type Item = LiveSessionStateFragment['agenda'][number];

/** The outcome the facilitator recorded on the item, as every side reads it: the kind, each side's reservation, the note. */
export function OutcomeSummary({ item }: { item: Item }) {
  const { t } = useTranslation();
  const outcome = item.outcome;
  if (!outcome) return null;
  const reservations = CONSTITUENCIES.filter((side) => outcome.reservations[side]);
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="recorded-outcome-heading" data-testid="recorded-outcome">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title order={2} fz="sm" id="recorded-outcome-heading">
            {t('live.recordedOutcome')}
          </Title>
          <OutcomeBadge outcome={outcome.outcome} />
        </Group>
        {reservations.length > 0 && (
          <Stack component="ul" gap={4} m={0} p={0}>
            {reservations.map((side) => (
              <Stack component="li" key={side} gap={2} style={{ listStyle: 'none' }}>
                <SideBadge side={side} />
                <Text size="sm" ms="xs">
                  {t('live.reservationQuote', { text: outcome.reservations[side] })}
                </Text>
              </Stack>
            ))}
          </Stack>
        )}
        {outcome.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {outcome.note}
          </Text>
        )}
        {outcome.agreedText && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('live.agreedText')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="agreed-text">
              {outcome.agreedText}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
