import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '../../gql/graphql';
import { problemOf, type ProblemDetails } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { formatDate } from '../i18n/format-date';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { AlertIcon } from '../../shared/ui/icons';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { PublicLayout } from '../shell/public.layout';
import { SetPasswordForm } from './set-password.form';
import { useSession } from './use-session';

/** Problems that mean the link itself is no good, as opposed to a passing failure. */
const isUnusable = (problem: ProblemDetails | null) =>
  !!problem && (problem.code === 'NOT_FOUND' || (problem.code === 'BAD_USER_INPUT' && !problem.fieldErrors.some((e) => e.field === 'password')));

/** Why the link is no good: used or expired when the server says which, else every possibility. */
function UnusableInvitation({ problem }: { problem: ProblemDetails | null }) {
  const { t } = useTranslation();
  const { describe } = useProblemText();
  return (
    <Stack gap="md">
      <Alert color="red" variant="light" icon={<AlertIcon />} title={t('invitation.invalidTitle')} role="alert">
        {problem?.reason ? describe(problem) : t('invitation.invalidBody')}
      </Alert>
      <Button component={Link} to="/sign-in" variant="default">
        {t('invitation.goToSignIn')}
      </Button>
    </Stack>
  );
}

/** `/invitation#<token>`: the token stays in the fragment, so it never reaches server logs. */
export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const token = decodeURIComponent(useLocation().hash.replace(/^#/, ''));
  useDocumentTitle(t('invitation.title'));

  const preview = useQuery(InvitationPreviewDocument, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [accept, accepted] = useMutation(AcceptInvitationDocument);
  const previewProblem = problemOf(preview.error);
  const acceptProblem = problemOf(accepted.error);

  const submit = async (password: string) => {
    const result = await accept({ variables: { input: { token, password, locale: i18n.language } } }).catch(() => null);
    if (!result?.data) return;
    signIn(result.data.acceptInvitation);
    navigate('/', { replace: true });
  };

  const invitation = preview.data?.invitation;
  return (
    <PublicLayout title={t('invitation.title')}>
      {!token || isUnusable(previewProblem) || isUnusable(acceptProblem) ? (
        <UnusableInvitation problem={isUnusable(previewProblem) ? previewProblem : acceptProblem} />
      ) : preview.loading ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={16} />
          <Skeleton height={16} width="70%" />
          <Skeleton height={36} mt="md" />
          <Skeleton height={36} />
        </Stack>
      ) : previewProblem || !invitation ? (
        <ProblemAlert error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <Stack gap="md">
          <Stack gap={6}>
            <Text size="sm">
              {invitation.organizationName
                ? t('invitation.intro', { name: invitation.displayName, organization: invitation.organizationName })
                : t('invitation.introAdministrator', { name: invitation.displayName })}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Trans i18nKey="invitation.account" values={{ email: invitation.email }} components={{ strong: <strong /> }} />
            </Text>
            <Text size="sm" c="dimmed">
              {t('invitation.expires', { date: formatDate(invitation.expiresAt, i18n.language, true) })}
            </Text>
          </Stack>
          {acceptProblem && acceptProblem.fieldErrors.length === 0 && <ProblemAlert error={accepted.error} />}
          <SetPasswordForm onSubmit={submit} submitting={accepted.loading} problem={acceptProblem} />
        </Stack>
      )}
    </PublicLayout>
  );
}
