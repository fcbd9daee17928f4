import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES } from '@tripart/contracts';
import type { LiveSessionStateFragment } from '../../../gql/graphql';
import { SideBadge } from '../../../shared/ui/side-badge';
import { StanceBadge } from '../session-badges';

type Item = LiveSessionStateFragment['agenda'][number];

/** The three sides' stances in the latest consensus check on the item. */
export function StancePanel({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby="stances-heading">
      <Title order={2} fz="sm" id="stances-heading" mb={6}>
        {t('live.stancesTitle')}
      </Title>
      <Stack component="ul" gap={6} m={0} p={0}>
        {CONSTITUENCIES.map((side) => {
          const stance = item.stances.find((s) => s.constituency === side);
          return (
            <li key={side} style={{ listStyle: 'none' }} data-stance-side={side}>
              <Group gap="xs" wrap="wrap">
                <SideBadge side={side} />
                {stance ? <StanceBadge stance={stance.stance} /> : <Text size="sm" c="gray.7">{t('live.notDeclared')}</Text>}
              </Group>
              {stance?.reservation && (
                <Text size="sm" mt={2} ms="xs">
                  {t('live.reservationQuote', { text: stance.reservation })}
                </Text>
              )}
            </li>
          );
        })}
      </Stack>
    </Paper>
  );
}
