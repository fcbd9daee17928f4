import { NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import { BuildingIcon, FolderIcon, GlobeIcon, HistoryIcon, HomeIcon, UsersIcon } from '../../shared/ui/icons';

function Item({ to, label, icon, onNavigate }: { to: string; label: string; icon: ReactNode; onNavigate?: () => void }) {
  const { pathname } = useLocation();
  const active = to === '/' ? pathname === '/' : pathname.startsWith(to);
  return (
    <MantineNavLink
      component={NavLink}
      to={to}
      end={to === '/'}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      variant="light"
      fw={active ? 600 : 500}
    />
  );
}

export function NavLinks({ isAdmin, onNavigate }: { isAdmin: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Item to="/" label={t('nav.home')} icon={<HomeIcon />} onNavigate={onNavigate} />
      <Item to="/dossiers" label={t('nav.dossiers')} icon={<FolderIcon />} onNavigate={onNavigate} />
      <Item to="/ratifications" label={t('ratifications.nav')} icon={<GlobeIcon />} onNavigate={onNavigate} />
      {isAdmin && (
        <>
          <Text size="xs" fw={600} c="gray.7" tt="uppercase" mt="md" mb={4} px="sm" id="nav-admin-heading">
            {t('nav.admin')}
          </Text>
          <Stack gap={2} role="group" aria-labelledby="nav-admin-heading">
            <Item to="/admin/users" label={t('nav.users')} icon={<UsersIcon />} onNavigate={onNavigate} />
            <Item to="/admin/organizations" label={t('nav.organizations')} icon={<BuildingIcon />} onNavigate={onNavigate} />
            <Item to="/admin/audit" label={t('nav.audit')} icon={<HistoryIcon />} onNavigate={onNavigate} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
