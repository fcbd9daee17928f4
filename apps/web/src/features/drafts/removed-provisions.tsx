import { Badge, Box, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RemovedProvisionsDocument, type RemovedProvisionsQuery } from '../../gql/graphql';
import { ProvisionText } from './provision-text';

export type RemovedProvision = RemovedProvisionsQuery['draft']['removedSincePrevious'][number];

/** Under "Show changes": what this version took out of the previous one, by the provision each stood behind (null: before the first). */
export function useRemovedProvisions(draftId: string, wanted: boolean): Map<string | null, RemovedProvision[]> {
  const { data } = useQuery(RemovedProvisionsDocument, { variables: { id: draftId }, skip: !wanted });
  return useMemo(() => {
    const byPlace = new Map<string | null, RemovedProvision[]>();
    for (const removed of data?.draft.removedSincePrevious ?? []) byPlace.set(removed.afterId ?? null, [...(byPlace.get(removed.afterId ?? null) ?? []), removed]);
    return byPlace;
  }, [data]);
}

/**
 * Provisions the previous version had here, struck through, as one block: read, not commented on
 * (their threads stay on that version). A unit's own text is its paragraphs' joined: shown once, in them.
 */
export function RemovedProvisions({ removed }: { removed: RemovedProvision[] }) {
  const { t } = useTranslation();
  if (!removed.length) return null;
  return (
    <Box
      component="del"
      my={4}
      px="sm"
      py={6}
      style={{ display: 'block', textDecoration: 'none', borderInlineStart: '3px solid #C92A2A', background: '#FFF5F5' }}
    >
      <Badge size="xs" radius="sm" tt="none" styles={{ root: { backgroundColor: '#FFE3E3', color: '#8B1A1A', border: '1px solid #C92A2A' } }}>
        {t('drafts.reader.removedProvision')}
      </Badge>
      <Stack gap={4} mt={2}>
        {removed.map((provision, index) => {
          const paragraphsFollow = provision.kind !== 'PARAGRAPH' && removed[index + 1]?.kind === 'PARAGRAPH';
          const title = [provision.number, provision.heading].filter(Boolean).join(' — ');
          const paragraph = provision.kind === 'PARAGRAPH';
          return (
            <Text key={provision.id} size="sm" td="line-through" c="#5c1010" style={{ whiteSpace: 'pre-line' }}>
              {title && <Text span fw={600} td="line-through" c="#5c1010">{paragraph ? `${title} ` : title}</Text>}
              {!paragraphsFollow && provision.text && (
                <>
                  {!paragraph && title ? '\n' : ''}
                  <ProvisionText text={provision.text} />
                </>
              )}
            </Text>
          );
        })}
      </Stack>
    </Box>
  );
}
