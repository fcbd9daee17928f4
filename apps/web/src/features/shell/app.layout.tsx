import { AppShell, Burger, Group, ScrollArea, Skeleton, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/use-session';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { AccountPanel } from './account-panel';
import { BrandMark } from './brand-mark';
import { NavLinks } from './nav-links';
import { useConnectionStatus } from './use-connection-status';
import { useServiceAvailable } from '../../shared/apollo/service-availability';
import { RealtimeContext } from '../realtime/realtime.context';

function ContentSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={32} width="40%" />
      <Skeleton height={96} />
      <Skeleton height={96} />
    </Stack>
  );
}

/** The signed-in frame: navigation on the start side, the page in the middle. */
export function AppLayout() {
  const { t } = useTranslation();
  const { me, meError, tokens, status } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { status: socketStatus, socket } = useConnectionStatus(tokens, status === 'signedIn');
  // The live connection may hold while the API cannot reach its database: that is not "Live" either.
  const serviceAvailable = useServiceAvailable();
  const connection = socketStatus === 'live' && !serviceAvailable ? 'reconnecting' : socketStatus;
  const isMobile = useMediaQuery('(max-width: 48em)') ?? false;
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, start screen readers and keyboards at the new page, not the old link.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('main-content')?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <RealtimeContext.Provider value={socket}>
      <AppShell
        header={{ height: 48, collapsed: !isMobile }}
        navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="lg"
      >
        <a className="skip-link" href="#main-content">
          {t('nav.skipToContent')}
        </a>
        <AppShell.Header hiddenFrom="sm" px="md">
          <Group h="100%" gap="sm">
            <Burger opened={opened} onClick={toggle} size="sm" aria-label={t('nav.openMenu')} aria-expanded={opened} />
            <BrandMark />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
          <AppShell.Section visibleFrom="sm" px="xs" pt={4} pb="md">
            <BrandMark />
          </AppShell.Section>
          <AppShell.Section grow component={ScrollArea}>
            <NavLinks isAdmin={me?.abilities?.canManagePeople ?? false} onNavigate={close} />
          </AppShell.Section>
          <AppShell.Section>{me && <AccountPanel me={me} connection={connection} />}</AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1}>
          {me ? <Outlet /> : meError ? <ProblemAlert error={new Error('me')} /> : <ContentSkeleton />}
        </AppShell.Main>
      </AppShell>
    </RealtimeContext.Provider>
  );
}
