import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConventionLinkFieldsFragment } from '../../gql/graphql';
import { AlertIcon, CheckIcon, ChevronDownIcon, HistoryIcon } from '../../shared/ui/icons';
import { linkStatus, reviewMarkerStyle, statusChipStyle } from './link-status';
import './conventions.css';

/** "C087 Art. 3" with its status, and "Review" when the provision changed since; opens (and closes) the gap note below. */
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
  const label = t(link.needsReview ? 'conventions.links.chipLabelReview' : 'conventions.links.chipLabel', { ref, status: t(`conventions.status.${status}`) });
  return (
    <UnstyledButton
      className="convention-link-chip"
      aria-label={label}
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      data-link-status={status}
      data-needs-review={link.needsReview || undefined}
      onClick={onToggle}
      px={8}
      py={1}
      fz="xs"
      style={{ ...statusChipStyle(status), borderRadius: 4, display: 'inline-flex', alignItems: 'center', gap: 4, lineHeight: 1.6 }}
    >
      <Icon size={13} />
      {ref}
      {link.needsReview && (
        <span className="convention-link-chip__review" style={reviewMarkerStyle}>
          <HistoryIcon size={11} />
          {t('conventions.review.marker')}
        </span>
      )}
      <ChevronDownIcon size={12} className="convention-link-chip__chevron" />
    </UnstyledButton>
  );
}
