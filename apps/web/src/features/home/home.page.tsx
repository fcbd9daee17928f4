import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/use-session';
import { PageHeader } from '../../shared/ui/page-header';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { DossiersSection } from './dossiers.section';
import { MentionsSection } from './mentions.section';
import { MyOrganizationsSection } from './my-organizations.section';
import { WhatNeedsMeSection } from './what-needs-me.section';

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  useDocumentTitle(t('nav.home'));
  if (!me) return null;
  return (
    <Stack gap="xl" maw={1100}>
      <PageHeader title={t('home.title', { name: me.displayName })} />
      <WhatNeedsMeSection />
      <MentionsSection me={me} />
      <MyOrganizationsSection organizations={me.organizations} />
      <DossiersSection />
    </Stack>
  );
}
