import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContributionView } from './contribution-card';
import { ContributionSaying } from './contribution-saying';
import { VerdictBadge } from './verdict-badge';

/**
 * Where the answer stands: kept from an earlier submission the side resubmitted unchanged, or, once the
 * side changed what it said, the answer the government gave to the earlier submission (still on record).
 */
export function EarlierAnswer({ contribution }: { contribution: ContributionView }) {
  const { t } = useTranslation();
  const { earlierAnswer: earlier, response } = contribution;
  const kept = contribution.answersSubmissionNumber !== contribution.submissionNumber;
  return (
    <>
      {kept && (
        <Text size="xs" c="gray.8" data-testid="answer-kept">
          {response?.status === 'RECORDED'
            ? t('responses.keptAnswer', { number: contribution.answersSubmissionNumber })
            : t('responses.unchangedSince', { number: contribution.answersSubmissionNumber })}
        </Text>
      )}
      {earlier && (
        <Stack gap={4} p="xs" data-testid="earlier-answer" style={{ borderInlineStart: '3px solid var(--mantine-color-gray-4)', background: 'var(--mantine-color-gray-0)' }}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('responses.earlierAnswer', { number: earlier.submissionNumber })}
            </Text>
            <VerdictBadge verdict={earlier.response.verdict} />
          </Group>
          <Text size="xs" c="gray.8">
            {t('responses.changedSince', { number: earlier.submissionNumber })}
          </Text>
          <ContributionSaying said={earlier} />
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={600}>{t('responses.governmentSays')}</Text> {earlier.response.reasons || t('responses.noReasons')}
          </Text>
        </Stack>
      )}
    </>
  );
}
