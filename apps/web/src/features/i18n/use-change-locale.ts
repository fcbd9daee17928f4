import { useCallback } from 'react';
import { useMutation } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { isLocale } from '@tripart/contracts';
import { UpdateMyLocaleDocument } from '../../gql/graphql';
import { useSession } from '../auth/use-session';
import { rememberLocale } from './detect-locale';

/** Switch the interface language now; when signed in, also save it on the person's profile. */
export function useChangeLocale() {
  const { i18n } = useTranslation();
  const { status } = useSession();
  const [saveLocale] = useMutation(UpdateMyLocaleDocument);

  return useCallback(
    async (locale: string) => {
      if (!isLocale(locale)) return;
      rememberLocale(locale);
      await i18n.changeLanguage(locale);
      if (status === 'signedIn') await saveLocale({ variables: { locale } }).catch(() => undefined);
    },
    [i18n, status, saveLocale],
  );
}
