import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> · Tripart" in the tab, so each page is announced by name. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
}
