import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SetUserDisabledDocument, type AdminUsersQuery } from '../../gql/graphql';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { SideBadge } from '../../shared/ui/side-badge';

type UserRow = AdminUsersQuery['users'][number];

const STATUS_STYLES = {
  active: { backgroundColor: '#E6F4EA', color: '#1B5E20', border: '1px solid #2F9E44' },
  disabled: { backgroundColor: '#FFFFFF', color: '#343A40', border: '1px dashed #868E96' },
};

function StatusBadge({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" radius="sm" tt="none" fw={600} styles={{ root: STATUS_STYLES[disabled ? 'disabled' : 'active'] }}>
      {disabled ? t('users.disabled') : t('users.active')}
    </Badge>
  );
}

function Organizations({ user }: { user: UserRow }) {
  const { t } = useTranslation();
  if (user.organizations.length === 0) return <Text size="sm" c="dimmed">{t('common.none')}</Text>;
  return (
    <Stack gap={4}>
      {user.organizations.map((organization) => (
        <Group key={organization.id} gap={6} wrap="nowrap">
          <Text size="sm" lineClamp={1} title={organization.name}>
            {organization.acronym ?? organization.name}
          </Text>
          {organization.constituency && <SideBadge side={organization.constituency} size="xs" />}
        </Group>
      ))}
    </Stack>
  );
}

export function UsersTable({ users, myId }: { users: UserRow[]; myId: string }) {
  const { t } = useTranslation();
  const [setDisabled, { error }] = useMutation(SetUserDisabledDocument);
  const [pendingId, setPendingId] = useState<string | null>(null);

  const toggle = async (user: UserRow) => {
    setPendingId(user.id);
    await setDisabled({ variables: { userId: user.id, disabled: !user.disabled } }).catch(() => undefined);
    setPendingId(null);
  };

  return (
    <Stack gap="xs">
      {error && <ProblemAlert error={error} />}
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('users.name')}</Table.Th>
              <Table.Th scope="col">{t('users.email')}</Table.Th>
              <Table.Th scope="col">{t('users.organizations')}</Table.Th>
              <Table.Th scope="col">{t('users.role')}</Table.Th>
              <Table.Th scope="col">{t('users.status')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Th scope="row" fw={600}>
                  {user.displayName}
                  {user.id === myId && (
                    <Text span size="xs" c="dimmed" fw={400}>
                      {' '}
                      ({t('users.you')})
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  <Organizations user={user} />
                </Table.Td>
                <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                <Table.Td>
                  <StatusBadge disabled={user.disabled} />
                </Table.Td>
                <Table.Td ta="end">
                  {user.id !== myId && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      loading={pendingId === user.id}
                      aria-label={t(user.disabled ? 'users.enableLabel' : 'users.disableLabel', { name: user.displayName })}
                      onClick={() => void toggle(user)}
                    >
                      {user.disabled ? t('users.enable') : t('users.disable')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
