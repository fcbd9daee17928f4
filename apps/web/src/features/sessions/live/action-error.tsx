import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../../shared/ui/icons';
import type { EmitFailure } from './emit-with-ack';

/** A refused live action, in plain words, next to the control that caused it. */
export function ActionError({ code, onClose }: { code: EmitFailure | null | undefined; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<AlertIcon />}
      role="alert"
      p="xs"
      withCloseButton={!!onClose}
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      data-error-code={code}
    >
      {t(`live.errors.${code}`)}
    </Alert>
  );
}
