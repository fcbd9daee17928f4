import { useRef, useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConventionLinkFieldsFragment } from '../../gql/graphql';
import { LinkIcon } from '../../shared/ui/icons';
import { ConventionLinkChip } from './convention-link.chip';
import { ConventionLinkDetail } from './convention-link.detail';
import type { LinkTarget } from './link-convention.modal';

/**
 * Under a provision in the reader: the convention articles it addresses, each
 * opening its gap note; facilitators also link it to another article.
 */
export function ConventionLinksRow({
  provisionId,
  provisionLabel,
  links,
  dossierId,
  canManage,
  showAdd,
  onLink,
}: {
  provisionId: string;
  provisionLabel: string;
  links: readonly ConventionLinkFieldsFragment[];
  dossierId: string;
  /** Facilitators, on the current version. */
  canManage: boolean;
  /** Offer "Link to a convention" (on the selected provision, to keep the text calm). */
  showAdd: boolean;
  onLink(target: LinkTarget): void;
}) {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const addRef = useRef<HTMLButtonElement>(null);
  if (links.length === 0 && !(canManage && showAdd)) return null;

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const open = (editing: ConventionLinkFieldsFragment | null) => onLink({ provisionId, provisionLabel, links, editing });
  const detailId = (link: ConventionLinkFieldsFragment) => `convention-link-${link.id}`;

  // UI words in the UI language, inside a text that has its own.
  return (
    <Stack gap={6} mt={6} lang={i18n.language} className="convention-links" data-convention-links={provisionId}>
      <Group gap={6} wrap="wrap" align="center">
        {links.length > 0 && (
          <Group component="ul" gap={6} wrap="wrap" m={0} p={0} aria-label={t('conventions.links.listLabel', { provision: provisionLabel })}>
            {links.map((link) => (
              <li key={link.id} style={{ listStyle: 'none' }}>
                <ConventionLinkChip link={link} expanded={expanded.has(link.id)} controls={detailId(link)} onToggle={() => toggle(link.id)} />
              </li>
            ))}
          </Group>
        )}
        {canManage && showAdd && (
          <Button
            ref={addRef}
            size="compact-xs"
            variant="subtle"
            leftSection={<LinkIcon size={14} />}
            aria-label={t('conventions.links.addFor', { provision: provisionLabel })}
            onClick={() => open(null)}
          >
            {t('conventions.links.add')}
          </Button>
        )}
      </Group>
      {links.filter((link) => expanded.has(link.id)).map((link) => (
        <ConventionLinkDetail
          key={link.id}
          id={detailId(link)}
          link={link}
          dossierId={dossierId}
          provisionLabel={provisionLabel}
          canManage={canManage}
          onEdit={(editing) => open(editing)}
          // The link and its note are gone: keep the keyboard here, on the way to add another.
          onRemoved={() => window.setTimeout(() => addRef.current?.focus(), 0)}
        />
      ))}
    </Stack>
  );
}
