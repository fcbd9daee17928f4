import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SidebarIcon } from '../../shared/ui/icons';

/**
 * Shows or hides the outline: a column beside the text where there is room
 * (a disclosure, `aria-controls` the column), a drawer where there is not.
 */
export function OutlineToggle({ asDrawer, expanded, controls, onToggle }: { asDrawer: boolean; expanded: boolean; controls: string; onToggle(): void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant={expanded ? 'light' : 'default'}
      color="ink"
      leftSection={<SidebarIcon size={15} />}
      aria-expanded={expanded}
      aria-controls={!asDrawer && expanded ? controls : undefined}
      aria-haspopup={asDrawer ? 'dialog' : undefined}
      onClick={onToggle}
    >
      {t('drafts.reader.outline')}
    </Button>
  );
}
