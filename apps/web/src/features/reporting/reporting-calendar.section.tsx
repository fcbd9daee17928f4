import { useQuery } from '@apollo/client';
import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportingCalendarDocument } from '../../gql/graphql';
import { ChevronDownIcon, ChevronUpIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { TableSkeleton } from '../../shared/ui/table-skeleton';
import { formatIsoDate } from '../ratifications/ratification-upload';
import { ReportingCycleModal } from './reporting-cycle.modal';
import { InstrumentCell } from '../ratifications/instrument-cell';

/** The reports a country owes the ILO supervisory bodies in a year (from its register and the cycle), year by year. */
export function ReportingCalendarSection({ countryCode, canConfigure }: { countryCode: string; canConfigure: boolean }) {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(ReportingCalendarDocument, { variables: { countryCode, year, locale: i18n.language } });
  const calendar = data?.reportingCalendar;
  const date = (iso: string) => formatIsoDate(iso, i18n.language);
  const cycle = calendar?.cycle;

  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby="reporting-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <ActionIcon variant="subtle" color="gray" onClick={() => setYear(year - 1)} aria-label={t('reporting.previousYear', { year: year - 1 })} style={{ transform: 'rotate(-90deg)' }}>
              <ChevronUpIcon size={16} />
            </ActionIcon>
            <Title order={2} fz="h4" id="reporting-heading" aria-live="polite">
              {t('reporting.heading', { year })}
            </Title>
            <ActionIcon variant="subtle" color="gray" onClick={() => setYear(year + 1)} aria-label={t('reporting.nextYear', { year: year + 1 })} style={{ transform: 'rotate(-90deg)' }}>
              <ChevronDownIcon size={16} />
            </ActionIcon>
          </Group>
          {canConfigure && (
            <Button variant="default" size="xs" onClick={() => setEditing(true)}>
              {t('reporting.edit')}
            </Button>
          )}
        </Group>
        {loading && !calendar ? (
          <TableSkeleton rows={3} />
        ) : error && !calendar ? (
          <ProblemAlert title={t('reporting.loadFailed')} error={error} onRetry={() => void refetch()} />
        ) : calendar && calendar.reports.length === 0 ? (
          <Text size="sm">{t('reporting.none')}</Text>
        ) : calendar ? (
          <Table verticalSpacing="xs" aria-labelledby="reporting-heading" data-testid="reporting-calendar">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ratifications.table.instrument')}</Table.Th>
                <Table.Th scope="col">{t('ratifications.table.category')}</Table.Th>
                <Table.Th scope="col">{t('reporting.report')}</Table.Th>
                <Table.Th scope="col">{t('reporting.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calendar.reports.map((report) => (
                <Table.Tr key={report.convention.code}>
                  <InstrumentCell code={report.convention.code} title={report.convention.title} />
                  <Table.Td>{t(`ratifications.categories.${report.convention.category}`)}</Table.Td>
                  <Table.Td>{t(`reporting.kinds.${report.kind}`)}</Table.Td>
                  <Table.Td>{t('reporting.window', { opens: date(report.windowOpens), due: date(report.dueOn) })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {cycle && (
          <Text size="sm" c="dimmed">
            {t('reporting.cycle', { short: cycle.shortCycleYears, long: cycle.longCycleYears, shortGroups: cycle.shortCycleGroups.join(', '), longGroups: cycle.longCycleGroups.join(', '), start: cycle.startYear })}
          </Text>
        )}
      </Stack>
      {cycle && editing && (
        <ReportingCycleModal
          cycle={cycle}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void refetch();
          }}
        />
      )}
    </Paper>
  );
}
