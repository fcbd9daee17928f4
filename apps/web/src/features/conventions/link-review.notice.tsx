import { useMutation } from '@apollo/client';
import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkConventionLinkReviewedDocument, type ConventionLinkFieldsFragment } from '../../gql/graphql';
import { HistoryIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { REVIEW_COLOURS } from './link-status';

/**
 * Why a link carried to a new version awaits review: its provision reads
 * differently now. Facilitators confirm that the gap note still holds (the
 * returned link updates every view of it in the cache).
 */
export function LinkReviewNotice({
  link,
  canManage,
  onReviewed,
}: {
  link: Pick<ConventionLinkFieldsFragment, 'id'>;
  canManage: boolean;
  onReviewed(): void;
}) {
  const { t } = useTranslation();
  const [markReviewed, { loading, error }] = useMutation(MarkConventionLinkReviewedDocument, { variables: { id: link.id } });

  return (
    <Box
      className="convention-link-review"
      mt={6}
      px="xs"
      py={6}
      style={{ backgroundColor: REVIEW_COLOURS.tint, borderInlineStart: `3px solid ${REVIEW_COLOURS.accent}`, borderRadius: 4 }}
    >
      <Stack gap={4}>
        <Group gap={4} wrap="nowrap" style={{ color: REVIEW_COLOURS.ink }}>
          <HistoryIcon size={14} />
          <Text size="sm" fw={600} c="inherit">
            {t('conventions.review.title')}
          </Text>
        </Group>
        <Text size="sm">{t('conventions.review.explanation')}</Text>
        {canManage && (
          <>
            <Text size="sm">{t('conventions.review.managerHint')}</Text>
            {error && <ProblemAlert error={error} />}
            <Button
              size="compact-xs"
              color="violet.9"
              w="fit-content"
              leftSection={<HistoryIcon size={13} />}
              loading={loading}
              onClick={() => void markReviewed().then(onReviewed, () => undefined)}
            >
              {t('conventions.review.action')}
            </Button>
          </>
        )}
      </Stack>
    </Box>
  );
}
