import { useMutation } from '@apollo/client';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { SignInDocument } from '../../gql/graphql';
import { problemOf } from '../../shared/errors/graphql-error';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { PublicLayout } from '../shell/public.layout';
import { SignInForm, type SignInValues } from './sign-in.form';
import { useSession } from './use-session';

export function SignInPage() {
  const { t } = useTranslation();
  const { status, signIn } = useSession();
  const location = useLocation();
  const [run, { loading, error }] = useMutation(SignInDocument);
  useDocumentTitle(t('signIn.submit'));

  if (status === 'signedIn') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from.startsWith('/') && !from.startsWith('/sign-in') ? from : '/'} replace />;
  }

  const submit = async (values: SignInValues) => {
    const result = await run({ variables: values }).catch(() => null);
    if (result?.data) signIn(result.data.signIn);
  };

  return (
    <PublicLayout title={t('signIn.title')} intro={t('signIn.intro')}>
      <SignInForm onSubmit={submit} submitting={loading || status === 'restoring'} problem={problemOf(error)} />
      <Text size="xs" c="dimmed" mt="md">
        {t('signIn.invitedHint')}
      </Text>
    </PublicLayout>
  );
}
