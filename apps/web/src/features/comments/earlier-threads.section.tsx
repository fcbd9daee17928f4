import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { EarlierThreadsDocument } from '../../gql/graphql';
import { CommentThreadCard, type ThreadReaders } from './comment.card';

/**
 * Threads left on an earlier version of this provision whose quoted words
 * are gone from the newest one: shown here, where people look, with the
 * version they were written on (never lost, never silently moved).
 */
export function EarlierThreadsSection({ dossierId, provisionId, readers }: { dossierId: string; provisionId: string; readers: ThreadReaders }) {
  const { t } = useTranslation();
  const { data } = useQuery(EarlierThreadsDocument, { variables: { id: dossierId }, fetchPolicy: 'cache-and-network' });
  const earlier = (data?.dossier.commentsOnPreviousVersions ?? []).filter((entry) => entry.followedBy === provisionId);
  if (!earlier.length) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby={`earlier-${provisionId}`}>
      <Title order={3} fz="sm" id={`earlier-${provisionId}`}>
        {t('comments.earlier.title', { count: earlier.length })}
      </Title>
      {earlier.map((entry) => (
        <Stack key={entry.thread.id} gap={4}>
          <Text size="xs" c="gray.7">
            {t('comments.earlier.onVersion', { version: entry.version, provision: [entry.provisionNumber, entry.provisionHeading].filter(Boolean).join(' — ') })}
          </Text>
          <CommentThreadCard thread={entry.thread} readers={readers} />
        </Stack>
      ))}
    </Stack>
  );
}
