import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Group, Paper, Skeleton, Stack, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSTITUENCIES } from '@tripart/contracts';
import { DossierOutcomesDocument, type DossierDetailFragment } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { FileTextIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { SideBadge } from '../../shared/ui/side-badge';
import { OutcomeBadge, StanceBadge } from '../sessions/session-badges';
import { ResponsesPanel } from '../responses/responses.panel';
import { buildMatrix } from './outcomes-matrix';

/** The matrix, then the government's responses to the contributions. */
export function OutcomesTab({ dossier }: { dossier: DossierDetailFragment }) {
  return (
    <Stack gap="xl">
      <OutcomesMatrix dossier={dossier} />
      <ResponsesPanel dossierId={dossier.id} />
    </Stack>
  );
}

/** Provisions × sides: the outcome of each and the sides' latest stances, with a filter for where we disagree. */
function OutcomesMatrix({ dossier }: { dossier: DossierDetailFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DossierOutcomesDocument, { variables: { id: dossier.id }, fetchPolicy: 'cache-and-network' });
  const [onlyDisagreement, setOnlyDisagreement] = useState(false);
  const rows = useMemo(
    () => (data ? buildMatrix(data.dossier, (p) => [p.number ?? t('drafts.kinds.ARTICLE'), p.heading].filter(Boolean).join(' — ')) : []),
    [data, t],
  );
  const shown = onlyDisagreement ? rows.filter((row) => row.disagreement) : rows;

  if (loading && !data) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={32} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (error && !data) return <ProblemAlert title={t('outcomes.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (rows.length === 0) return <EmptyState icon={<FileTextIcon />} title={t('outcomes.empty')} hint={t('outcomes.emptyHint')} />;

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="gray.7">
          {t('outcomes.intro')}
        </Text>
        <Switch label={t('outcomes.onlyDisagreement')} checked={onlyDisagreement} onChange={(event) => setOnlyDisagreement(event.currentTarget.checked)} />
      </Group>
      {shown.length === 0 ? (
        <EmptyState icon={<FileTextIcon />} title={t('outcomes.noDisagreement')} />
      ) : (
        <Paper withBorder radius="sm">
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" striped={false} highlightOnHover aria-label={t('outcomes.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('outcomes.provision')}</Table.Th>
                  <Table.Th scope="col" style={{ minWidth: 150 }}>{t('outcomes.outcome')}</Table.Th>
                  {CONSTITUENCIES.map((side) => (
                    <Table.Th scope="col" key={side} miw={120} style={{ minWidth: 120 }}>
                      <SideBadge side={side} size="xs" />
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('outcomes.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((row) => (
                  <Table.Tr key={row.key} data-row-disagreement={row.disagreement || undefined} data-provision-id={row.provisionId ?? undefined}>
                    <Table.Th scope="row" fw={600} fz="sm">
                      {row.label}
                      {!row.provisionId && (
                        <Text span size="xs" c="gray.7">
                          {' '}
                          ({t('sessions.form.topic')})
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{row.outcome ? <OutcomeBadge outcome={row.outcome.outcome} /> : <Text size="sm" c="gray.7">{t('outcomes.none')}</Text>}</Table.Td>
                    {CONSTITUENCIES.map((side) => {
                      const stance = row.stances[side];
                      const reservation = row.outcome?.reservations[side] || stance?.reservation;
                      return (
                        <Table.Td key={side}>
                          {stance ? <StanceBadge stance={stance.stance} size="xs" /> : <Text size="xs" c="gray.7">{t('outcomes.noStance')}</Text>}
                          {reservation && (
                            <Text size="xs" mt={2}>
                              {t('live.reservationQuote', { text: reservation })}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                    <Table.Td>
                      {(row.outcome?.note || !row.outcome?.agreedText) && <Text size="sm">{row.outcome?.note || t('common.none')}</Text>}
                      {row.outcome?.agreedText && (
                        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                          <Text span fw={600}>
                            {t('outcomes.agreedText')}
                          </Text>{' '}
                          {row.outcome.agreedText}
                        </Text>
                      )}
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
