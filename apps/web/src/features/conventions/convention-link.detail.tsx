import { useRef, useState, type CSSProperties } from 'react';
import { useQuery } from '@apollo/client';
import { Box, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConventionsDocument, type ConventionLinkFieldsFragment } from '../../gql/graphql';
import { PencilIcon } from '../../shared/ui/icons';
import { LinkReviewNotice } from './link-review.notice';
import { LINK_STATUS_COLOURS, linkStatus } from './link-status';
import { RemoveLinkButton } from './remove-link.button';

/**
 * The convention's title and the gap note of one link, and why it awaits review if it does;
 * facilitators may mark it reviewed, change the note or remove the link.
 */
export function ConventionLinkDetail({
  id,
  link,
  dossierId,
  provisionLabel,
  canManage,
  onEdit,
  onRemoved,
}: {
  id: string;
  link: ConventionLinkFieldsFragment;
  dossierId: string;
  provisionLabel: string;
  canManage: boolean;
  onEdit(link: ConventionLinkFieldsFragment): void;
  onRemoved(): void;
}) {
  const { t, i18n } = useTranslation();
  // Served from the cache once the list is loaded: the titles of the ILO instruments, in my language.
  const conventions = useQuery(ConventionsDocument, { variables: { locale: i18n.language } });
  const title = conventions.data?.conventions.find((convention) => convention.code === link.conventionCode)?.title;
  const status = linkStatus(link);
  const ref = t('conventions.articleRef', { code: link.conventionCode, article: link.article });
  const editRef = useRef<HTMLButtonElement>(null);
  const [reviewed, setReviewed] = useState(false);
  const onReviewed = () => {
    setReviewed(true);
    // The review button is gone: the keyboard stays on this link, on its next action.
    window.setTimeout(() => editRef.current?.focus(), 0);
  };

  return (
    <Box
      id={id}
      className="convention-link-detail"
      role="region"
      aria-label={ref}
      px="sm"
      py={6}
      bg="white"
      style={{ '--link-accent': LINK_STATUS_COLOURS[status].accent, borderRadius: 4 } as CSSProperties}
    >
      <Text size="xs" c="gray.7">
        {title ? t('conventions.links.articleOf', { article: link.article, title }) : ref}
      </Text>
      <Text size="sm" fw={600} mt={2} style={{ color: LINK_STATUS_COLOURS[status].ink }}>
        {t(`conventions.status.${status}`)}
      </Text>
      <Text size="sm">{status === 'gap' ? link.gapNote : t('conventions.links.noGap')}</Text>
      {link.needsReview && <LinkReviewNotice link={link} canManage={canManage} onReviewed={onReviewed} />}
      <Text size="sm" role="status" c="gray.7" mt={reviewed ? 4 : 0}>
        {reviewed ? t('conventions.review.done') : ''}
      </Text>
      {canManage && (
        <Group gap={4} mt={4}>
          <Button ref={editRef} size="compact-xs" variant="subtle" leftSection={<PencilIcon size={13} />} onClick={() => onEdit(link)}>
            {t('conventions.links.edit')}
          </Button>
          <RemoveLinkButton link={link} dossierId={dossierId} provisionLabel={provisionLabel} onRemoved={onRemoved} />
        </Group>
      )}
    </Box>
  );
}
