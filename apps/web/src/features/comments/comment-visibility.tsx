import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Constituency } from '@tripart/contracts';
import { LockIcon } from '../../shared/ui/icons';
import { SIDE_STYLES } from '../../shared/ui/side-style';

/** "Workers' delegation only", with a lock: the mark of anything one side keeps to itself. */
export function PrivateBadge({ side }: { side: Constituency | null }) {
  const { t } = useTranslation();
  const style = side ? SIDE_STYLES[side] : null;
  return (
    <Badge
      size="xs"
      radius="sm"
      tt="none"
      fw={600}
      leftSection={<LockIcon size={11} />}
      styles={{ root: style ? { backgroundColor: '#fff', color: style.ink, border: `1px solid ${style.accent}` } : {} }}
      variant={style ? undefined : 'outline'}
      color={style ? undefined : 'gray.8'}
      data-private
    >
      {side ? t('comments.privateTo', { delegation: t(`composition.delegations.${side}`) }) : t('comments.privateToMine')}
    </Badge>
  );
}

/** The tinted background of a private comment (or composer). */
export function privateTint(side: Constituency | null): string {
  return side ? SIDE_STYLES[side].tint : 'var(--mantine-color-gray-1)';
}
