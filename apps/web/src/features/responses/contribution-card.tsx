import { useId } from 'react';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContributionResponsesQuery } from '../../gql/graphql';
import { DiffText } from '../../shared/diff/diff-text';
import { SideBadge } from '../../shared/ui/side-badge';
import { ContributionSaying } from './contribution-saying';
import { EarlierAnswer } from './earlier-answer';
import { ResponseForm } from './response-form';
import { VerdictBadge } from './verdict-badge';

type Overview = ContributionResponsesQuery['contributionResponses'];
export type ContributionView = Overview['contributions'][number];

export const provisionLabel = (number: string | null | undefined, heading: string | null | undefined) => [number, heading].filter(Boolean).join(' — ');

/** One contribution as the plenary reads it (what the side submitted, the response), with the government's form where it writes. */
export function ContributionCard({ dossierId, contribution, overview }: { dossierId: string; contribution: ContributionView; overview: Pick<Overview, 'canDraft' | 'canRecord'> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { response, changedProvision } = contribution;
  return (
    <Paper withBorder radius="sm" p="sm" component="article" aria-labelledby={headingId} data-contribution={contribution.key}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Group gap="xs" wrap="wrap">
            <SideBadge side={contribution.constituency} size="xs" />
            <Title order={3} fz="sm" id={headingId}>
              {provisionLabel(contribution.provisionNumber, contribution.provisionHeading)}
            </Title>
            <Text size="xs" c="gray.8">
              {t('responses.submission', { number: contribution.submissionNumber, version: contribution.draftVersion })}
            </Text>
          </Group>
          {response?.status === 'RECORDED' ? (
            <VerdictBadge verdict={response.verdict} />
          ) : response ? (
            <Badge radius="sm" tt="none" size="sm" variant="outline" color="gray.8">
              {t('responses.draftOnly')}
            </Badge>
          ) : (
            <Text size="xs" c="gray.8">
              {t('responses.noResponse')}
            </Text>
          )}
        </Group>
        <ContributionSaying said={contribution} />
        <EarlierAnswer contribution={contribution} />
        {changedProvision && (
          <Stack gap={2} data-testid="changed-provision">
            <Text size="sm" fw={600}>
              {t('responses.changedIn', { version: changedProvision.draftVersion, provision: provisionLabel(changedProvision.number, changedProvision.heading) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <DiffText diff={changedProvision.diff} />
            </Text>
          </Stack>
        )}
        {overview.canDraft ? (
          <ResponseForm dossierId={dossierId} contribution={contribution} canRecord={overview.canRecord} labelId={headingId} />
        ) : (
          response?.status === 'RECORDED' && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="response-reasons">
              <Text span fw={600}>{t('responses.governmentSays')}</Text> {response.reasons || t('responses.noReasons')}
            </Text>
          )
        )}
      </Stack>
    </Paper>
  );
}
