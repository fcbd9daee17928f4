import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SIDE_STYLES } from '../../shared/ui/side-style';

/** Three dots, one per side, and the name. */
export function BrandMark() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="7" cy="15" r="4" fill={SIDE_STYLES.GOVERNMENT.accent} />
        <circle cx="12" cy="7" r="4" fill={SIDE_STYLES.EMPLOYERS.accent} />
        <circle cx="17" cy="15" r="4" fill={SIDE_STYLES.WORKERS.accent} />
      </svg>
      <Text fw={700} size="lg" c="ink.9">
        {t('app.name')}
      </Text>
    </Group>
  );
}
