import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@tripart/contracts';
import { LanguageIcon } from '../../shared/ui/icons';
import { useChangeLocale } from './use-change-locale';

/** Language names are written in their own language, so anyone can find theirs. */
export function LanguageSwitcher({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
  return (
    <NativeSelect
      size={size}
      label={t('language.label')}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(event) => void changeLocale(event.currentTarget.value)}
      leftSection={<LanguageIcon size={14} />}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
    />
  );
}
