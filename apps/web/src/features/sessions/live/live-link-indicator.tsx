import { Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveLink } from './use-live-session';

const DOT: Record<LiveLink, { color: string; hollow: boolean }> = {
  live: { color: 'var(--mantine-color-green-8)', hollow: false },
  reconnecting: { color: 'var(--mantine-color-orange-8)', hollow: true },
  offline: { color: 'var(--mantine-color-gray-7)', hollow: true },
};

/** The live room's link, in words: Live, Reconnecting…, Offline — changes will sync. */
export function LiveLinkIndicator({ link, inverse = false }: { link: LiveLink; inverse?: boolean }) {
  const { t } = useTranslation();
  const { color, hollow } = DOT[link];
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-live-link={link}>
      <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: '50%', border: `2px solid ${color}`, background: hollow ? 'transparent' : color, flexShrink: 0 }} />
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap', color: inverse ? '#ffffff' : 'var(--mantine-color-gray-8)' }}>
        <VisuallyHidden>{t('connection.label')}: </VisuallyHidden>
        {t(`live.link.${link}`)}
      </Text>
    </Group>
  );
}
