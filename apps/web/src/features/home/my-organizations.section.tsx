import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../auth/session.context';
import { EmptyState } from '../../shared/ui/empty-state';
import { BuildingIcon } from '../../shared/ui/icons';
import { OrganizationKindBadge } from '../../shared/ui/side-badge';
import { SIDE_STYLES } from '../../shared/ui/side-style';
import { Section } from './section';

type MyOrganization = SessionUser['organizations'][number];

function OrganizationCard({ organization }: { organization: MyOrganization }) {
  const accent = organization.constituency ? SIDE_STYLES[organization.constituency].accent : 'var(--mantine-color-gray-4)';
  return (
    <Paper
      component="li"
      withBorder
      radius="sm"
      p="sm"
      style={{ borderInlineStart: `4px solid ${accent}`, listStyle: 'none' }}
    >
      <Stack gap={6}>
        <div>
          <Text fw={600} size="sm">
            {organization.name}
          </Text>
          <Text size="xs" c="gray.7">
            {[organization.acronym, organization.country.name].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Group gap={6}>
          <OrganizationKindBadge kind={organization.kind} />
        </Group>
      </Stack>
    </Paper>
  );
}

export function MyOrganizationsSection({ organizations }: { organizations: MyOrganization[] }) {
  const { t } = useTranslation();
  return (
    <Section id="my-organizations" title={t('home.myOrganizations')}>
      {organizations.length === 0 ? (
        <EmptyState icon={<BuildingIcon />} title={t('home.noOrganizations')} />
      ) : (
        <SimpleGrid component="ul" cols={{ base: 1, md: 2, lg: 3 }} spacing="sm" m={0} p={0}>
          {organizations.map((organization) => (
            <OrganizationCard key={organization.id} organization={organization} />
          ))}
        </SimpleGrid>
      )}
    </Section>
  );
}
