import { useState, type FormEvent } from 'react';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS, newPasswordInput, PASSWORD_STRENGTH_CONSTRAINT, PASSWORD_WEAKNESSES, type PasswordWeakness } from '@tripart/contracts';
import { checkInput, type Check } from '../../shared/errors/form-validators';
import type { ProblemDetails } from '../../shared/errors/graphql-error';
import { useProblemText } from '../../shared/errors/use-problem-text';

interface Props {
  onSubmit(password: string): void;
  submitting: boolean;
  problem: ProblemDetails | null;
}

/** The server found the password too easy to guess: why (zxcvbn's reason, grouped). */
function weakness(problem: ProblemDetails | null): PasswordWeakness | null {
  const refused = problem?.fieldErrors.find((error) => error.field === 'password' && error.constraint === PASSWORD_STRENGTH_CONSTRAINT);
  if (!refused) return null;
  return (PASSWORD_WEAKNESSES as readonly string[]).includes(refused.reason ?? '') ? (refused.reason as PasswordWeakness) : 'guessable';
}

/** A new password, typed twice; the server checks how easily it is guessed and says why it is not good enough. */
export function SetPasswordForm({ onSubmit, submitting, problem }: Props) {
  const { t } = useTranslation();
  const { fieldText } = useProblemText();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [checks, setChecks] = useState<{ password: Check; confirm: Check }>({ password: null, confirm: null });
  const message = (check: Check) => (check ? t(check.key as 'validation.required', check.params) : null);

  const weak = weakness(problem);
  const passwordError = message(checks.password) ?? (weak ? t(`invitation.weak.${weak}`) : fieldText(problem, 'password'));
  const confirmError = message(checks.confirm);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      password: checkInput(newPasswordInput, { password }, ['password'] as const).password,
      confirm: confirm === password ? null : { key: 'validation.passwordMismatch' },
    };
    setChecks(next);
    if (!next.password && !next.confirm) onSubmit(password);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <PasswordInput
          aria-invalid={!!passwordError}
          label={t('invitation.password')}
          description={t('invitation.passwordHint', { min: LIMITS.passwordMin })}
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={passwordError}
        />
        <PasswordInput
          aria-invalid={!!confirmError}
          label={t('invitation.confirm')}
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(event) => setConfirm(event.currentTarget.value)}
          error={confirmError}
        />
        <Button type="submit" loading={submitting} fullWidth mt="xs">
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
