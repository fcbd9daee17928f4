import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Button, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS, PLATFORM_ROLES, type PlatformRole } from '@tripart/contracts';
import { AdminOrganizationsDocument, InviteUserDocument, type InviteUserMutation } from '../../gql/graphql';
import { email as checkEmail, firstProblem, maxLength, required, type Check } from '../../shared/errors/form-validators';
import { problemOf } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { InvitationLinkCard } from './invitation-link.card';

interface InviteValues {
  email: string;
  displayName: string;
  organizationId: string | null;
  role: PlatformRole;
}

const EMPTY: InviteValues = { email: '', displayName: '', organizationId: null, role: 'MEMBER' };

export function InviteUserForm() {
  const { t, i18n } = useTranslation();
  const { fieldText } = useProblemText();
  const organizations = useQuery(AdminOrganizationsDocument, { variables: { locale: i18n.language } });
  const [invite, { loading, error, reset }] = useMutation(InviteUserDocument, { refetchQueries: ['PendingInvitations'] });
  const [values, setValues] = useState<InviteValues>(EMPTY);
  const [checks, setChecks] = useState<Record<'email' | 'displayName' | 'organizationId', Check>>({
    email: null,
    displayName: null,
    organizationId: null,
  });
  const [created, setCreated] = useState<InviteUserMutation['inviteUser'] | null>(null);
  const problem = problemOf(error);
  // The only conflict an invitation can meet is its email: say so beside it.
  const emailTaken = problem?.code === 'CONFLICT';
  const message = (check: Check) => (check ? t(check.key as 'validation.required', check.params) : null);

  const options = [...(organizations.data?.organizations ?? organizations.previousData?.organizations ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language))
    .map((organization) => ({
      value: organization.id,
      label: organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name,
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      email: checkEmail(values.email),
      displayName: firstProblem(required(values.displayName), maxLength(LIMITS.displayNameMax)(values.displayName)),
      organizationId: values.organizationId ? null : { key: 'validation.required' },
    };
    setChecks(next);
    if (next.email || next.displayName || next.organizationId || !values.organizationId) return;
    const input = {
      email: values.email.trim(),
      displayName: values.displayName.trim(),
      organizationId: values.organizationId,
      role: values.role,
    };
    const result = await invite({ variables: { input } }).catch(() => null);
    if (result?.data) setCreated(result.data.inviteUser);
  };

  const startOver = () => {
    setCreated(null);
    setValues(EMPTY);
    reset();
  };

  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby="invite-title">
      <Title order={2} fz="h4" id="invite-title">
        {t('invite.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('invite.intro')}
      </Text>
      {created ? (
        <InvitationLinkCard name={created.invitation.displayName} url={created.url} onDone={startOver} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {problem && problem.fieldErrors.length === 0 && !emailTaken && <ProblemAlert error={error} />}
            <TextInput
              label={t('invite.email')}
              type="email"
              autoComplete="off"
              required
              value={values.email}
              onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
              error={message(checks.email) ?? fieldText(problem, 'email') ?? (emailTaken ? t('invite.emailTaken') : null)}
            />
            <TextInput
              label={t('invite.name')}
              autoComplete="off"
              required
              value={values.displayName}
              onChange={(event) => setValues({ ...values, displayName: event.currentTarget.value })}
              error={message(checks.displayName) ?? fieldText(problem, 'displayName')}
            />
            <Select
              label={t('invite.organization')}
              placeholder={t('invite.organizationPlaceholder')}
              required
              searchable
              data={options}
              value={values.organizationId}
              onChange={(organizationId) => setValues({ ...values, organizationId })}
              nothingFoundMessage={t('invite.noOrganizations')}
              error={message(checks.organizationId) ?? fieldText(problem, 'organizationId')}
            />
            <Select
              label={t('invite.role')}
              required
              allowDeselect={false}
              data={PLATFORM_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              value={values.role}
              onChange={(role) => setValues({ ...values, role: (role as PlatformRole) ?? 'MEMBER' })}
              error={fieldText(problem, 'role')}
            />
            <Button type="submit" loading={loading} w="fit-content">
              {t('invite.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
