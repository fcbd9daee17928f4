import { useQuery } from '@apollo/client';
import { Button, List, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DossierStatusHistoryDocument } from '../../gql/graphql';
import { formatDate } from '../i18n/format-date';

/**
 * Who moved the dossier's status, when, from what to what (its audit trail), beside the status: folded, its
 * count on the button, the list on a line of its own (in the header's row); nothing while the status never moved.
 */
export function DossierStatusHistory({ dossierId }: { dossierId: string }) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const listId = useId();
  const { data } = useQuery(DossierStatusHistoryDocument, { variables: { dossierId } });
  const changes = data?.dossierStatusHistory ?? [];
  if (!changes.length) return null;
  return (
    <>
      <Button variant="subtle" color="ink" size="compact-xs" onClick={toggle} aria-expanded={opened} aria-controls={listId}>
        {t('dossiers.statusHistory.show', { count: changes.length })}
      </Button>
      {opened && (
        <List id={listId} size="sm" spacing={2} w="100%" listStyleType="none" aria-label={t('dossiers.statusHistory.list')}>
          {[...changes].reverse().map((change) => (
            <List.Item key={`${change.at}:${change.to}`}>
              <Text span size="sm" fw={600}>
                {t('dossiers.statusHistory.move', { from: t(`dossiers.statuses.${change.from}`), to: t(`dossiers.statuses.${change.to}`) })}
              </Text>
              <Text span size="sm" c="dimmed">
                {' — '}
                {t('dossiers.statusHistory.by', {
                  name: change.by?.displayName ?? t('dossiers.statusHistory.unknown'),
                  date: formatDate(change.at, i18n.language, true),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
