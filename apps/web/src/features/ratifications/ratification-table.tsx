import { ActionIcon, Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RatificationEntryFieldsFragment } from '../../gql/graphql';
import { PencilIcon } from '../../shared/ui/icons';
import { RatificationStatusBadge } from './ratification-status.badge';
import { formatIsoDate } from './ratification-upload';
import { InstrumentCell } from './instrument-cell';

/** The register, one instrument per row: status in words, dates in the reader's language, what the note says. */
export function RatificationTable({ entries, onEdit }: { entries: readonly RatificationEntryFieldsFragment[]; onEdit?: (entry: RatificationEntryFieldsFragment) => void }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => formatIsoDate(iso, i18n.language);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label={t('ratifications.table.label')} data-testid="ratification-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ratifications.table.instrument')}</Table.Th>
            <Table.Th scope="col">{t('ratifications.table.category')}</Table.Th>
            <Table.Th scope="col">{t('ratifications.table.status')}</Table.Th>
            <Table.Th scope="col">{t('ratifications.table.ratified')}</Table.Th>
            <Table.Th scope="col">{t('ratifications.table.note')}</Table.Th>
            {onEdit && <Table.Th scope="col">{t('ratifications.table.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-code={entry.convention.code}>
              <InstrumentCell code={entry.convention.code} title={entry.convention.title} />
              <Table.Td>{t(`ratifications.categories.${entry.convention.category}`)}</Table.Td>
              <Table.Td>
                <RatificationStatusBadge status={entry.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(entry.ratifiedOn)}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {entry.status === 'DENOUNCED' && entry.denouncedOn && (
                    <Text size="sm">
                      {entry.automaticDenunciation && entry.denouncedBy
                        ? t('ratifications.table.automaticallyBy', { date: date(entry.denouncedOn), code: entry.denouncedBy })
                        : t('ratifications.table.denouncedOn', { date: date(entry.denouncedOn) })}
                    </Text>
                  )}
                  {entry.abrogation && <Text size="sm">{entry.abrogation}</Text>}
                  {entry.note && (
                    <Text size="sm" c="dimmed">
                      {entry.note}
                    </Text>
                  )}
                  {entry.dossierId && (
                    <Anchor component={Link} to={`/dossiers/${entry.dossierId}`} size="sm">
                      {t('ratifications.table.consultation')}
                    </Anchor>
                  )}
                  {entry.declarations.map((declaration) => (
                    <Text size="sm" key={declaration}>
                      {declaration}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <ActionIcon variant="subtle" color="gray" onClick={() => onEdit(entry)} aria-label={t('ratifications.table.edit', { code: entry.convention.code })}>
                    <PencilIcon size={16} />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
