import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Constituency, OrganizationKind } from '@tripart/contracts';
import { GlobeIcon } from './icons';
import { SIDE_STYLES } from './side-style';

/** The side a person or organization speaks for: colour, icon and label together. */
export function SideBadge({ side, size = 'sm' }: { side: Constituency; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const { accent, tint, ink, Icon } = SIDE_STYLES[side];
  return (
    <Badge
      size={size}
      radius="sm"
      tt="none"
      fw={600}
      leftSection={<Icon size={13} />}
      data-side={side}
      styles={{ root: { backgroundColor: tint, color: ink, border: `1px solid ${accent}` } }}
    >
      {t(`sides.${side}`)}
    </Badge>
  );
}

/** An organization's kind: one of the three sides, or a neutral ILO / partner chip. */
export function OrganizationKindBadge({ kind, size = 'sm' }: { kind: OrganizationKind; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  if (kind === 'GOVERNMENT' || kind === 'EMPLOYERS' || kind === 'WORKERS') return <SideBadge side={kind} size={size} />;
  return (
    <Badge size={size} radius="sm" tt="none" fw={600} variant="outline" color="gray.7" leftSection={<GlobeIcon size={13} />}>
      {t(`kinds.${kind}`)}
    </Badge>
  );
}
