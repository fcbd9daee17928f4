import { useQuery } from '@apollo/client';
import { Anchor, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DossiersDocument } from '../../gql/graphql';
import { DossierStatusBadge } from '../dossiers/dossier-badges';
import { EmptyState } from '../../shared/ui/empty-state';
import { FolderIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { Section } from './section';

/** My dossiers with their status and country; the full list is under Dossiers. */
export function DossiersSection() {
  const { t, i18n } = useTranslation();
  const { data, previousData, loading, error, refetch } = useQuery(DossiersDocument, { variables: { locale: i18n.language } });
  const dossiers = data?.dossiers ?? previousData?.dossiers;
  return (
    <Section id="dossiers" title={t('home.dossiers')}>
      {loading && !dossiers ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={44} />
          <Skeleton height={44} />
        </Stack>
      ) : error && !dossiers ? (
        <ProblemAlert title={t('dossiers.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : dossiers && dossiers.length > 0 ? (
        <Stack component="ul" gap={6} m={0} p={0}>
          {dossiers.map((dossier) => (
            <Paper component="li" key={dossier.id} withBorder radius="sm" px="sm" py={8} style={{ listStyle: 'none' }}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} miw={0}>
                  <Anchor component={Link} to={`/dossiers/${dossier.id}`} fw={600} size="sm" truncate>
                    {dossier.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`dossiers.kinds.${dossier.kind}`)} · {dossier.country.name}
                  </Text>
                </Stack>
                <DossierStatusBadge status={dossier.status} />
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : (
        <EmptyState icon={<FolderIcon />} title={t('home.dossiersEmpty')} hint={t('home.dossiersHint')} />
      )}
    </Section>
  );
}
