import { useMemo } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConventionCategory } from '../../gql/graphql';
import { AlertIcon, CheckIcon, HistoryIcon } from '../../shared/ui/icons';
import { coverageTotals, groupByArticle, type CoverageLink, type CoverageProvision } from './coverage-rows';
import { linkStatus, reviewChipStyle, statusChipStyle } from './link-status';

interface ConventionHead {
  code: string;
  title: string;
  category: ConventionCategory;
}

function GapCell({ link }: { link: CoverageLink }) {
  const { t } = useTranslation();
  const status = linkStatus(link);
  const Icon = status === 'gap' ? AlertIcon : CheckIcon;
  return (
    <Stack gap={2} align="flex-start">
      <Group gap={4} wrap="wrap">
        <Badge size="sm" radius="sm" tt="none" fw={600} leftSection={<Icon size={12} />} styles={{ root: statusChipStyle(status) }}>
          {t(`conventions.status.${status}`)}
        </Badge>
        {link.needsReview && (
          <Badge size="sm" radius="sm" tt="none" fw={600} leftSection={<HistoryIcon size={12} />} styles={{ root: reviewChipStyle }} data-needs-review>
            {t('conventions.review.badge')}
          </Badge>
        )}
      </Group>
      {status === 'gap' && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {link.gapNote}
        </Text>
      )}
    </Stack>
  );
}

/** One convention: its articles that provisions address, those provisions (links to the reader) and the gaps noted. */
export function ConventionCoverageSection({
  dossierId,
  convention,
  links,
  provisions,
  labelOf,
  onlyGaps,
  outsideDossier = false,
}: {
  dossierId: string;
  convention: ConventionHead;
  links: readonly CoverageLink[];
  provisions: ReadonlyMap<string, CoverageProvision>;
  labelOf(provision: CoverageProvision): string;
  onlyGaps: boolean;
  /** Taken off the dossier (or never on it) while provisions are still linked to it. */
  outsideDossier?: boolean;
}) {
  const { t } = useTranslation();
  const rows = useMemo(() => groupByArticle(links, provisions), [links, provisions]);
  const totals = coverageTotals(rows);
  const shown = onlyGaps ? rows.filter((row) => row.gaps > 0) : rows;
  const headingId = `coverage-${convention.code}`;

  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby={headingId} data-convention={convention.code}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Title order={2} fz="md" id={headingId}>
          {t('conventions.coverage.heading', { code: convention.code, title: convention.title })}
        </Title>
        <Group gap={6} wrap="wrap" justify="flex-end" style={{ flexShrink: 0 }}>
          {outsideDossier && (
            <Badge size="sm" radius="sm" tt="none" leftSection={<AlertIcon size={12} />} styles={{ root: statusChipStyle('gap') }}>
              {t('conventions.coverage.outsideDossier')}
            </Badge>
          )}
          <Badge size="sm" radius="sm" variant="outline" color="gray.7" tt="none">
            {t(`conventions.categories.${convention.category}`)}
          </Badge>
        </Group>
      </Group>
      {outsideDossier && (
        <Text size="sm" mt={4}>
          {t('conventions.coverage.outsideDossierHint')}
        </Text>
      )}
      <Text size="sm" c="gray.7" mt={4}>
        {rows.length === 0
          ? t('conventions.coverage.notAddressed')
          : [
              `${t('conventions.coverage.articles', { count: totals.articles })} ${t('conventions.coverage.provisions', { count: totals.provisions })}`,
              t('conventions.coverage.gaps', { count: totals.gaps }),
              ...(totals.toReview > 0 ? [t('conventions.coverage.toReview', { count: totals.toReview })] : []),
            ].join(' · ')}
      </Text>
      {rows.length > 0 && shown.length === 0 && (
        <Text size="sm" mt="xs">
          {t('conventions.coverage.noGapsHere')}
        </Text>
      )}
      {shown.length > 0 && (
        <Table.ScrollContainer minWidth={560} type="native" mt="sm">
          <Table verticalSpacing="xs" withRowBorders={false} aria-label={t('conventions.coverage.tableLabel', { code: convention.code })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={120}>
                  {t('conventions.coverage.article')}
                </Table.Th>
                <Table.Th scope="col" w="40%">
                  {t('conventions.coverage.addressedBy')}
                </Table.Th>
                <Table.Th scope="col">{t('conventions.coverage.gapNote')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            {shown.map((row) => (
              <Table.Tbody key={row.article} data-article={row.article} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
                {row.addressedBy.map((entry, index) => (
                  <Table.Tr key={entry.link.id}>
                    {index === 0 && (
                      <Table.Th scope="rowgroup" rowSpan={row.addressedBy.length} fw={600} style={{ verticalAlign: 'top' }}>
                        {t('conventions.coverage.articleCell', { article: row.article })}
                      </Table.Th>
                    )}
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      {entry.provision ? (
                        <Anchor component={Link} to={`/dossiers/${dossierId}/draft?provision=${entry.provision.id}`} size="sm" fw={500}>
                          {labelOf(entry.provision)}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="gray.7">
                          {t('conventions.coverage.unknownProvision')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <GapCell link={entry.link} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            ))}
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
