import { useQuery } from '@apollo/client';
import { Grid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdminUsersDocument } from '../../gql/graphql';
import { useSession } from '../auth/use-session';
import { EmptyState } from '../../shared/ui/empty-state';
import { UsersIcon } from '../../shared/ui/icons';
import { PageHeader } from '../../shared/ui/page-header';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { TableSkeleton } from '../../shared/ui/table-skeleton';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { InviteUserForm } from './invite-user.form';
import { PendingInvitationsList } from './pending-invitations.list';
import { UsersTable } from './users.table';

export function UsersPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(AdminUsersDocument);
  useDocumentTitle(t('users.title'));

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader title={t('users.title')} intro={t('users.intro')} />
      <Grid gutter="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <InviteUserForm />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PendingInvitationsList />
        </Grid.Col>
      </Grid>
      <Stack component="section" gap="xs" aria-labelledby="people-title">
        <Title order={2} fz="h4" id="people-title">
          {t('nav.users')}
        </Title>
        {loading && !data ? (
          <TableSkeleton />
        ) : error ? (
          <ProblemAlert title={t('users.loadFailed')} error={error} onRetry={() => void refetch()} />
        ) : data && data.users.length > 0 ? (
          <UsersTable users={data.users} myId={me?.id ?? ''} />
        ) : (
          <EmptyState icon={<UsersIcon />} title={t('users.empty')} />
        )}
      </Stack>
    </Stack>
  );
}
