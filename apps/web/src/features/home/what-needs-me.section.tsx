import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/ui/empty-state';
import { InboxIcon } from '../../shared/ui/icons';
import { Section } from './section';

/** Sessions, approvals and deadlines for me; nothing can be scheduled yet. */
export function WhatNeedsMeSection() {
  const { t } = useTranslation();
  return (
    <Section id="what-needs-me" title={t('home.whatNeedsMe')}>
      <EmptyState icon={<InboxIcon />} title={t('home.whatNeedsMeEmpty')} hint={t('home.whatNeedsMeHint')} />
    </Section>
  );
}
