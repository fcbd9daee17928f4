import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Constituency, DossierStatus } from '@tripart/contracts';
import { SideBadge } from '../../shared/ui/side-badge';

const STATUS_STYLES: Record<DossierStatus, { backgroundColor: string; color: string; border: string }> = {
  PREPARATION: { backgroundColor: '#F1F3F5', color: '#343A40', border: '1px dashed #868E96' },
  CONSULTATION: { backgroundColor: '#E6F4EA', color: '#1B5E20', border: '1px solid #2F9E44' },
  CONCLUDED: { backgroundColor: '#FFFFFF', color: '#1C3D5A', border: '1px solid #2B5B8A' },
};

/** Where the dossier stands, in words (the colour only repeats it). */
export function DossierStatusBadge({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      size="sm"
      radius="sm"
      tt="none"
      fw={600}
      styles={{ root: { ...STATUS_STYLES[status], maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }}
      data-status={status}
    >
      {t(`dossiers.statuses.${status}`)}
    </Badge>
  );
}

export interface ParityCounts {
  government: number;
  employers: number;
  workers: number;
}

const PARITY_SIDES: Array<[Constituency, keyof ParityCounts]> = [
  ['GOVERNMENT', 'government'],
  ['EMPLOYERS', 'employers'],
  ['WORKERS', 'workers'],
];

/** Members per side at a glance: each side's badge followed by its head count. */
export function ParityChips({ parity, size = 'xs' }: { parity: ParityCounts; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="wrap" aria-label={t('dossiers.parityLabel')} role="group">
      {PARITY_SIDES.map(([side, key]) => (
        <Group key={side} gap={4} wrap="nowrap">
          <SideBadge side={side} size={size} />
          <Text size="sm" fw={600} aria-label={t('dossiers.membersCount', { count: parity[key] })}>
            {parity[key]}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
