import { Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from './use-connection-status';

const DOT: Record<ConnectionStatus, { color: string; hollow: boolean }> = {
  live: { color: 'var(--mantine-color-green-8)', hollow: false },
  reconnecting: { color: 'var(--mantine-color-orange-8)', hollow: true },
  offline: { color: 'var(--mantine-color-gray-7)', hollow: true },
};

/** Live / Reconnecting… / Offline, in words, announced politely when it changes. */
export function ConnectionIndicator({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  const { color, hollow } = DOT[status];
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-connection={status}>
      <span
        aria-hidden="true"
        style={{
          width: 8,
          height: 8,
          borderRadius: '50%',
          border: `2px solid ${color}`,
          background: hollow ? 'transparent' : color,
          flexShrink: 0,
        }}
      />
      <Text size="xs" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
        <VisuallyHidden>{t('connection.label')}: </VisuallyHidden>
        {t(`connection.${status}`)}
      </Text>
    </Group>
  );
}
