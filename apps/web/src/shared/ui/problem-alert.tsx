import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../errors/graphql-error';
import { useProblemText } from '../errors/use-problem-text';
import { AlertIcon } from './icons';

/** A failed load or action, in plain words, with a way out. */
export function ProblemAlert({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { describe } = useProblemText();
  const text = describe(problemOf(error));
  if (!text) return null;
  return (
    <Alert color="red" variant="light" icon={<AlertIcon />} title={title} role="alert">
      {text}
      {onRetry && (
        <Button variant="subtle" color="red" size="compact-sm" ms="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
