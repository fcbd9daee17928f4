import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/ui/empty-state';
import { FolderIcon } from '../../shared/ui/icons';
import { Section } from './section';

export function DossiersSection() {
  const { t } = useTranslation();
  return (
    <Section id="dossiers" title={t('home.dossiers')}>
      <EmptyState icon={<FolderIcon />} title={t('home.dossiersEmpty')} hint={t('home.dossiersHint')} />
    </Section>
  );
}
