import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../auth/session.context';
import { useSession } from '../auth/use-session';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { LogoutIcon } from '../../shared/ui/icons';
import { OrganizationKindBadge } from '../../shared/ui/side-badge';
import { ConnectionIndicator } from './connection-indicator';
import type { ConnectionStatus } from './use-connection-status';

/** Bottom of the navigation: who I am, for which side, my language, sign-out. */
export function AccountPanel({ me, connection }: { me: SessionUser; connection: ConnectionStatus }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const organization = me.organizations[0];

  const leave = async () => {
    await signOut();
    navigate('/sign-in', { replace: true });
  };

  return (
    <Stack gap="xs" aria-label={t('nav.account')} role="region">
      <Divider />
      <div>
        <Text size="sm" fw={600} lineClamp={1} title={me.displayName}>
          {me.displayName}
        </Text>
        {organization && (
          <Text size="xs" c="gray.7" lineClamp={2} title={organization.name}>
            {organization.acronym ? `${organization.acronym} · ${organization.name}` : organization.name}
          </Text>
        )}
      </div>
      {organization && (
        <Group gap={4}>
          <OrganizationKindBadge kind={organization.kind} size="xs" />
        </Group>
      )}
      <LanguageSwitcher />
      <Group justify="space-between" gap="xs">
        <ConnectionIndicator status={connection} />
        <Button variant="subtle" color="gray" c="gray.8" size="compact-sm" leftSection={<LogoutIcon size={16} />} onClick={() => void leave()}>
          {t('nav.signOut')}
        </Button>
      </Group>
    </Stack>
  );
}
