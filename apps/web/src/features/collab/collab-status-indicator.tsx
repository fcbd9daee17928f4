import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CollabStatus } from './collab-status';

const DOT: Record<CollabStatus, { color: string; hollow: boolean }> = {
  saved: { color: 'var(--mantine-color-green-8)', hollow: false },
  saving: { color: 'var(--mantine-color-green-8)', hollow: true },
  unstored: { color: 'var(--mantine-color-orange-8)', hollow: false },
  connecting: { color: 'var(--mantine-color-gray-7)', hollow: true },
  reconnecting: { color: 'var(--mantine-color-orange-8)', hollow: true },
  offline: { color: 'var(--mantine-color-gray-7)', hollow: true },
  refused: { color: 'var(--mantine-color-red-8)', hollow: false },
};

/** Where my edits are, honestly: Saved, Saving…, Reconnecting…, Offline — your changes will sync. */
export function CollabStatusIndicator({ status, onRetry }: { status: CollabStatus; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { color, hollow } = DOT[status];
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-collab-status={status}>
      <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: '50%', border: `2px solid ${color}`, background: hollow ? 'transparent' : color, flexShrink: 0 }} />
      <Text size="sm" fw={600} c="gray.8" style={{ whiteSpace: 'nowrap' }}>
        <VisuallyHidden>{t('collab.label')}: </VisuallyHidden>
        {t(`collab.status.${status}`)}
      </Text>
      {status === 'refused' && onRetry && (
        <Button size="compact-xs" variant="subtle" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Group>
  );
}
