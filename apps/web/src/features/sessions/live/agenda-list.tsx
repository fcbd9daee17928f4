import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveSessionStateFragment } from '../../../gql/graphql';
import { OutcomeBadge } from '../session-badges';

/** The agenda: the current item highlighted, the outcome recorded for each. */
export function AgendaList({
  state,
  selectedId,
  onSelect,
}: {
  state: LiveSessionStateFragment;
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const { t } = useTranslation();
  const currentId = state.currentRound?.agendaItemId ?? null;
  return (
    <Paper component="nav" withBorder radius="sm" p="xs" aria-labelledby="agenda-heading">
      <Title order={2} fz="sm" id="agenda-heading" mb={6} px={4}>
        {t('live.agenda')}
      </Title>
      <Stack component="ol" gap={2} m={0} p={0}>
        {[...state.agenda]
          .sort((a, b) => a.position - b.position)
          .map((item, index) => {
            const current = item.id === currentId;
            const selected = item.id === selectedId;
            return (
              <li key={item.id} style={{ listStyle: 'none' }}>
                <UnstyledButton
                  className="outline-row"
                  data-selected={selected || undefined}
                  data-current={current || undefined}
                  aria-current={current ? 'step' : undefined}
                  aria-pressed={selected}
                  onClick={() => onSelect(item.id)}
                  w="100%"
                  px={6}
                  py={6}
                  style={{ borderRadius: 4, borderInlineStart: current ? '4px solid var(--mantine-color-green-8)' : '4px solid transparent' }}
                >
                  <Stack gap={2}>
                    <Text size="sm" fw={current ? 700 : 500}>
                      {index + 1}. {item.title}
                    </Text>
                    <Group gap={4} wrap="wrap">
                      {current && (
                        <Badge size="xs" radius="sm" tt="none" color="#1e6b34" variant="filled">
                          {t('live.currentItem')}
                        </Badge>
                      )}
                      {item.outcome ? (
                        <OutcomeBadge outcome={item.outcome.outcome} size="xs" />
                      ) : (
                        <Text size="xs" c="gray.7">
                          {t('live.noOutcomeYet')}
                        </Text>
                      )}
                    </Group>
                  </Stack>
                </UnstyledButton>
              </li>
            );
          })}
      </Stack>
    </Paper>
  );
}
