import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemDetails } from '../../shared/errors/graphql-error';
import { signInInput } from '@tripart/contracts';
import { checkInput, type Check } from '../../shared/errors/form-validators';
import { useProblemText } from '../../shared/errors/use-problem-text';
import { AlertIcon } from '../../shared/ui/icons';

export interface SignInValues {
  email: string;
  password: string;
}

interface Props {
  onSubmit(values: SignInValues): void;
  submitting: boolean;
  problem: ProblemDetails | null;
}

/** Email and password, checked here first, then the server's answer shown beside them. */
export function SignInForm({ onSubmit, submitting, problem }: Props) {
  const { t } = useTranslation();
  const { fieldText, describe } = useProblemText();
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [checks, setChecks] = useState<{ email: Check; password: Check }>({ email: null, password: null });

  const message = (check: Check) => (check ? t(check.key as 'validation.required', check.params) : null);
  const formMessage =
    problem?.code === 'UNAUTHENTICATED'
      ? t('signIn.failed')
      : problem && problem.fieldErrors.length === 0
        ? describe(problem)
        : null;

  const emailError = message(checks.email) ?? fieldText(problem, 'email') ?? (formMessage ? true : undefined);
  const passwordError = message(checks.password) ?? fieldText(problem, 'password') ?? (formMessage ? true : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = checkInput(signInInput, values, ['email', 'password'] as const);
    setChecks(next);
    if (!next.email && !next.password) onSubmit({ email: values.email.trim(), password: values.password });
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby={formMessage ? 'sign-in-problem' : undefined}>
      <Stack gap="sm">
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          value={values.email}
          onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
          error={emailError}
        />
        <PasswordInput
          aria-invalid={!!passwordError}
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          value={values.password}
          onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
          error={passwordError}
        />
        {formMessage && (
          <Alert id="sign-in-problem" color="red" variant="light" icon={<AlertIcon />} role="alert" py="xs">
            {formMessage}
          </Alert>
        )}
        <Button type="submit" loading={submitting} fullWidth mt="xs">
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
