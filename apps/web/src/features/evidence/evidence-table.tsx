import type { ReactNode } from 'react';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format-date';

export interface EvidenceColumn<Row> {
  header: string;
  cell(row: Row): ReactNode;
}

/** One section of the pack: a table of facts, each with its date and the audit event that records it. */
export function EvidenceTable<Row extends { at: string; event: string }>({ id, title, rows, columns, extra }: { id: string; title: string; rows: Row[]; columns: Array<EvidenceColumn<Row>>; extra?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack component="section" gap={6} aria-labelledby={id}>
      <Title order={3} fz="h5" id={id}>
        {title}
      </Title>
      {extra}
      {rows.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('evidence.none')}
        </Text>
      ) : (
        <Paper withBorder radius="sm">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={6} fz="sm" aria-labelledby={id}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('evidence.date')}</Table.Th>
                  {columns.map((column) => (
                    <Table.Th scope="col" key={column.header}>
                      {column.header}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('evidence.event')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.event} data-event={row.event}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(row.at, i18n.language, true)}</Table.Td>
                    {columns.map((column) => (
                      <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                    ))}
                    <Table.Td>
                      <Text span size="sm" ff="monospace">{`#${row.event}`}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
