import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client';
import { Group, Paper, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DossierOutcomesDocument, type DossierDetailFragment } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { filterMatrix } from '@tripart/contracts';
import { FileTextIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { useSocketEvent } from '../realtime/use-socket-event';
import { ResponsesPanel } from '../responses/responses.panel';
import { ConsensusTable } from './consensus-table';
import { AgreedTextButton } from './agreed-text-button';
import { MatrixExportButtons } from './matrix-export-buttons';
import { answeredCount, buildMatrix } from './outcomes-matrix';
import { useRefetchInTurn } from '../realtime/use-refetch-in-turn';

/** The consensus matrix, then the government's responses to the contributions. */
export function OutcomesTab({ dossier }: { dossier: DossierDetailFragment }) {
  return (
    <Stack gap="xl">
      <ConsensusMatrix dossier={dossier} />
      <ResponsesPanel dossierId={dossier.id} />
    </Stack>
  );
}

/** Provisions × sides: each side's submitted position, the outcome with reservations, the government's verdict; live. */
function ConsensusMatrix({ dossier }: { dossier: DossierDetailFragment }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DossierOutcomesDocument, { variables: { id: dossier.id }, fetchPolicy: 'cache-and-network' });
  const [onlyDisagreement, setOnlyDisagreement] = useState(false);
  const [onlyUnanswered, setOnlyUnanswered] = useState(false);
  const refetchInTurn = useRefetchInTurn(refetch);
  const mine = (event: { dossierId: string }) => event.dossierId === dossier.id && void refetchInTurn();
  useSocketEvent('position:submitted', mine);
  useSocketEvent('outcome:recorded', mine);
  useSocketEvent('response:recorded', mine);
  const rows = useMemo(
    () => (data ? buildMatrix(data, (p) => [p.number ?? t('drafts.kinds.ARTICLE'), p.heading].filter(Boolean).join(' — ')) : []),
    [data, t],
  );
  const filter = { disagreement: onlyDisagreement, unanswered: onlyUnanswered };
  const shown = filterMatrix(rows, filter);

  if (loading && !data) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={32} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (error && !data) return <ProblemAlert title={t('outcomes.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!data || rows.length === 0) return <EmptyState icon={<FileTextIcon />} title={t('outcomes.empty')} hint={t('outcomes.emptyHint')} />;
  const count = answeredCount(data);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" align="flex-end">
        <Stack gap={2}>
          <Text fw={600} data-testid="answered-count" aria-live="polite">
            {t('responses.count', { answered: count.answered, count: count.total })}
          </Text>
          <Text size="sm" c="gray.7">
            {t('outcomes.intro')}
          </Text>
        </Stack>
        <Group gap="md" wrap="wrap">
          <Switch label={t('outcomes.onlyDisagreement')} checked={onlyDisagreement} onChange={(event) => setOnlyDisagreement(event.currentTarget.checked)} />
          <Switch label={t('outcomes.onlyUnanswered')} checked={onlyUnanswered} onChange={(event) => setOnlyUnanswered(event.currentTarget.checked)} />
          <MatrixExportButtons dossierId={dossier.id} title={dossier.title} shown={shown} filter={filter} />
          <AgreedTextButton dossierId={dossier.id} />
        </Group>
      </Group>
      {shown.length === 0 ? (
        <EmptyState icon={<FileTextIcon />} title={onlyUnanswered ? t('outcomes.allAnswered') : t('outcomes.noDisagreement')} />
      ) : (
        <Paper withBorder radius="sm">
          <ConsensusTable dossierId={dossier.id} rows={shown} />
        </Paper>
      )}
    </Stack>
  );
}
