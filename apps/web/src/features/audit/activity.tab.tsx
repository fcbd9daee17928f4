import { useQuery } from '@apollo/client';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DossierActivityDocument, type DossierActivityQuery } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { HistoryIcon, LockIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { TableSkeleton } from '../../shared/ui/table-skeleton';
import { formatDate } from '../i18n/format-date';
import { actionLabel, eventDetail } from './audit-labels';

const PAGE = 50;
type ActivityEvent = DossierActivityQuery['dossierActivity']['events'][number];

/** Who may read an event other than everyone on the dossier: said with a lock, as every private thing is. */
function AudienceBadge({ event }: { event: ActivityEvent }) {
  const { t } = useTranslation();
  if (event.audience === 'DOSSIER') return null;
  const side = event.side ? t(`sides.${event.side}`) : '';
  return (
    <Badge size="sm" radius="sm" tt="none" color="ink" variant="light" leftSection={<LockIcon size={12} />}>
      {t(`activity.audience.${event.audience}`, { side })}
    </Badge>
  );
}

/** The dossier's activity log: the audited acts this person may see (the API's policy decides), newest first, 50 at a time. */
export function ActivityTab({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(DossierActivityDocument, { variables: { dossierId, first: PAGE, before: null } });
  const page = data?.dossierActivity;

  const older = () =>
    fetchMore({
      variables: { before: page?.events.at(-1)?.chainSeq },
      updateQuery: (previous, { fetchMoreResult }) => ({
        dossierActivity: { ...fetchMoreResult.dossierActivity, events: [...previous.dossierActivity.events, ...fetchMoreResult.dossierActivity.events] },
      }),
    });

  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={2} size="h3">{t('activity.title')}</Title>
        <Text size="sm" c="dimmed">{t('activity.intro')}</Text>
      </div>
      {loading && !page ? (
        <TableSkeleton />
      ) : error && !page ? (
        <ProblemAlert title={t('activity.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : !page?.events.length ? (
        <EmptyState icon={<HistoryIcon />} title={t('activity.empty')} />
      ) : (
        <>
          <Table striped={false} highlightOnHover={false} verticalSpacing="xs" aria-label={t('activity.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('activity.when')}</Table.Th>
                <Table.Th scope="col">{t('activity.who')}</Table.Th>
                <Table.Th scope="col">{t('activity.what')}</Table.Th>
                <Table.Th scope="col">{t('activity.event')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.events.map((event) => {
                const detail = eventDetail(t, event.data);
                return (
                  <Table.Tr key={event.seq} data-audience={event.audience} bg={event.audience === 'DOSSIER' ? undefined : 'gray.0'}>
                    <Table.Td><Text size="sm">{formatDate(event.at, i18n.language, true)}</Text></Table.Td>
                    <Table.Td><Text size="sm">{event.actor?.displayName ?? t('activity.system')}</Text></Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="wrap">
                        <Text size="sm" fw={600}>{actionLabel(t, event.action)}</Text>
                        {detail && <Text size="sm">{detail}</Text>}
                        <AudienceBadge event={event} />
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed" title={event.hash}>{t('activity.eventNumber', { seq: event.seq, chainSeq: event.chainSeq })}</Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {page.hasMore && (
            <Group>
              <Button variant="default" onClick={() => void older()}>{t('activity.more')}</Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
