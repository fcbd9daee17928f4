import { useQuery } from '@apollo/client';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PendingInvitationsDocument } from '../../gql/graphql';
import { formatDate } from '../i18n/format-date';
import { EmptyState } from '../../shared/ui/empty-state';
import { InboxIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { TableSkeleton } from '../../shared/ui/table-skeleton';

export function PendingInvitationsList() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PendingInvitationsDocument);
  const pending = (data?.invitations ?? []).filter((invitation) => !invitation.acceptedAt);

  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby="pending-title">
      <Title order={2} fz="h4" id="pending-title" mb="sm">
        {t('invite.pending')}
      </Title>
      {loading && !data ? (
        <TableSkeleton rows={2} />
      ) : error ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : pending.length === 0 ? (
        <EmptyState icon={<InboxIcon />} title={t('invite.pendingEmpty')} />
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('invite.invitedPerson')}</Table.Th>
                <Table.Th scope="col">{t('invite.organization')}</Table.Th>
                <Table.Th scope="col">{t('invite.expires')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {invitation.displayName}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {invitation.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>{invitation.organization ? (invitation.organization.acronym ?? invitation.organization.name) : t('invite.noOrganization')}</Table.Td>
                  <Table.Td>{formatDate(invitation.expiresAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
