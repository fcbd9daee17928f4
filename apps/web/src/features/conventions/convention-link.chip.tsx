import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConventionLinkFieldsFragment } from '../../gql/graphql';
import { AlertIcon, CheckIcon, ChevronDownIcon } from '../../shared/ui/icons';
import { linkStatus, statusChipStyle } from './link-status';
import './conventions.css';

/** "C087 Art. 3" with its status; opens (and closes) the gap note below. */
export function ConventionLinkChip({
  link,
  expanded,
  controls,
  onToggle,
}: {
  link: ConventionLinkFieldsFragment;
  expanded: boolean;
  controls: string;
  onToggle(): void;
}) {
  const { t } = useTranslation();
  const status = linkStatus(link);
  const Icon = status === 'gap' ? AlertIcon : CheckIcon;
  const ref = t('conventions.articleRef', { code: link.conventionCode, article: link.article });
  return (
    <UnstyledButton
      className="convention-link-chip"
      aria-label={t('conventions.links.chipLabel', { ref, status: t(`conventions.status.${status}`) })}
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      data-link-status={status}
      onClick={onToggle}
      px={8}
      py={1}
      fz="xs"
      style={{ ...statusChipStyle(status), borderRadius: 4, display: 'inline-flex', alignItems: 'center', gap: 4, lineHeight: 1.6 }}
    >
      <Icon size={13} />
      {ref}
      <ChevronDownIcon size={12} className="convention-link-chip__chevron" />
    </UnstyledButton>
  );
}
