import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Group, Progress, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContributionResponsesDocument } from '../../gql/graphql';
import { EmptyState } from '../../shared/ui/empty-state';
import { FileTextIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { useRefetchInTurn } from '../realtime/use-refetch-in-turn';
import { useSocketEvent } from '../realtime/use-socket-event';
import { ContributionCard } from './contribution-card';

/**
 * The government's response to every contribution the social partners
 * submitted, and how many are answered: everyone seated reads what the
 * government recorded; the government delegation drafts and records here.
 * Live: a submission (new contributions) or a recorded response refetches it, one refetch at a time.
 */
/**
 * A card's identity across refetches: the contribution its answer belongs to, which an unchanged
 * resubmission keeps (the government's form is not reset under the person typing in it).
 */
const answerOf = (c: { constituency: string; draftId: string; provisionId: string; answersSubmissionNumber: number }) => `${c.constituency}:${c.draftId}:${c.provisionId}:${c.answersSubmissionNumber}`;

export function ResponsesPanel({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ContributionResponsesDocument, { variables: { dossierId }, fetchPolicy: 'cache-and-network' });
  const [onlyUnanswered, setOnlyUnanswered] = useState(false);
  const refetchInTurn = useRefetchInTurn(refetch);
  const mine = (event: { dossierId: string }) => event.dossierId === dossierId && void refetchInTurn();
  useSocketEvent('position:submitted', mine);
  useSocketEvent('response:recorded', mine);
  const overview = data?.contributionResponses;
  const shown = overview ? overview.contributions.filter((c) => !onlyUnanswered || c.response?.status !== 'RECORDED') : [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="responses-heading">
      <Group justify="space-between" wrap="wrap" align="flex-end">
        <Stack gap={2}>
          <Title order={2} fz="h4" id="responses-heading">
            {t('responses.title')}
          </Title>
          <Text size="sm" c="gray.8">
            {overview?.canDraft ? t('responses.introGovernment') : t('responses.intro')}
          </Text>
        </Stack>
        {overview && overview.total > 0 && (
          <Switch label={t('responses.onlyUnanswered')} checked={onlyUnanswered} onChange={(event) => setOnlyUnanswered(event.currentTarget.checked)} />
        )}
      </Group>
      {loading && !data ? (
        <Skeleton height={120} aria-label={t('common.loading')} />
      ) : error && !data ? (
        <ProblemAlert title={t('responses.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : !overview || overview.total === 0 ? (
        <EmptyState icon={<FileTextIcon />} title={t('responses.empty')} hint={t('responses.emptyHint')} />
      ) : (
        <>
          <Stack gap={4}>
            <Text size="sm" fw={600} role="status" data-testid="responses-count">
              {t('responses.count', { answered: overview.answered, count: overview.total })}
            </Text>
            <Progress value={(overview.answered / overview.total) * 100} color="#1e6b34" size="sm" aria-hidden />
          </Stack>
          {shown.length === 0 ? (
            <Text size="sm">{t('responses.allAnswered')}</Text>
          ) : (
            shown.map((contribution) => <ContributionCard key={answerOf(contribution)} dossierId={dossierId} contribution={contribution} overview={overview} />)
          )}
        </>
      )}
    </Stack>
  );
}
