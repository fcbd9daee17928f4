import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveSessionStateFragment, SessionDossierQuery } from '../../../gql/graphql';
import { SideBadge } from '../../../shared/ui/side-badge';
import { PRESENCE_GROUPS, presenceByGroup, type PresenceGroup } from './presence';

type Participant = SessionDossierQuery['dossier']['participants'][number];

function GroupLabel({ group }: { group: PresenceGroup }) {
  const { t } = useTranslation();
  if (group === 'FACILITATION' || group === 'OBSERVERS') {
    return (
      <Badge size="sm" radius="sm" tt="none" fw={600} variant="outline" color="gray.7">
        {t(`live.presence.${group === 'FACILITATION' ? 'facilitation' : 'observers'}`)}
      </Badge>
    );
  }
  return <SideBadge side={group} />;
}

/**
 * Who is here, by side: everyone sees at a glance whether each delegation is
 * present (a side with nobody here says so), who facilitates and who observes.
 */
export function PresencePanel({ state, participants }: { state: LiveSessionStateFragment; participants: readonly Participant[] | undefined }) {
  const { t } = useTranslation();
  if (!participants) return null;
  const groups = presenceByGroup(state.attendance, participants);
  const count = Object.values(groups).reduce((sum, people) => sum + people.length, 0);
  return (
    <Paper withBorder radius="sm" p="xs" component="section" aria-labelledby="presence-heading" data-testid="presence">
      <Title order={2} fz="sm" id="presence-heading" mb={6} px={4}>
        {t('live.presence.title')}
      </Title>
      <Text size="xs" c="gray.7" px={4} mb={6}>
        {t('live.presence.count', { count })}
      </Text>
      <Stack component="ul" gap={6} m={0} p={0}>
        {PRESENCE_GROUPS.filter((group) => group !== 'OBSERVERS' || groups.OBSERVERS.length > 0).map((group) => (
          <Stack component="li" key={group} gap={2} px={4} data-presence-group={group} style={{ listStyle: 'none' }}>
            <GroupLabel group={group} />
            {groups[group].length === 0 ? (
              <Text size="sm" c="gray.7">
                {t('live.presence.nobody')}
              </Text>
            ) : (
              <Group component="span" gap={4} wrap="wrap" style={{ rowGap: 0 }}>
                {groups[group].map((person, index) => (
                  <Text key={person.userId} span size="sm" fw={500}>
                    {person.displayName}
                    {person.inRoom && (
                      <Text span size="xs" c="gray.7">
                        {' '}
                        ({t('live.presence.inRoom')})
                      </Text>
                    )}
                    {index < groups[group].length - 1 && ','}
                  </Text>
                ))}
              </Group>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
