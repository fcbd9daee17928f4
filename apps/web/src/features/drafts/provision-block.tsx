import { memo, type ReactNode } from 'react';
import { Badge, Box, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MessageIcon } from '../../shared/ui/icons';
import { ConventionLinksRow } from '../conventions/convention-links.row';
import type { LinkTarget } from '../conventions/link-convention.modal';
import { ProvisionDiff } from './provision-diff';
import { ProvisionText } from './provision-text';
import { CONTAINER_KINDS, type ProvisionItem } from './provision-tree';

/** One provision in the reader's text: number, heading, text or its changes, convention chips, its comments button. */
export const ProvisionBlock = memo(function ProvisionBlock({
  provision,
  selected,
  showChanges,
  isNew,
  tabStop,
  index,
  describedBy,
  ownCount,
  textInParagraphs,
  label,
  dossierId,
  canLink,
  onSelect,
  onLink,
}: {
  provision: ProvisionItem;
  /** "Article 3 — Right to organise", "Article 3, paragraph 1". */
  label: string;
  textInParagraphs: boolean;
  selected: boolean;
  showChanges: boolean;
  isNew: boolean;
  /** The one provision of the text that Tab reaches (arrows move between them). */
  tabStop: boolean;
  index: number;
  /** How the keyboard moves and selects words, said once for every button. */
  describedBy?: string;
  ownCount: number;
  dossierId: string;
  canLink: boolean;
  onSelect(id: string, focusThread: boolean): void;
  onLink(target: LinkTarget): void;
}) {
  const { t } = useTranslation();
  const container = CONTAINER_KINDS.has(provision.kind);
  const paragraph = provision.kind === 'PARAGRAPH';
  const kindName = t(`drafts.kinds.${provision.kind}` as 'drafts.kinds.ARTICLE', { defaultValue: provision.kind });
  const changed = showChanges && provision.diff?.some((part) => part.op !== 'equal');
  let body: ReactNode = <ProvisionText text={provision.text} marks={provision.marks} />;
  if (showChanges && provision.diff && changed) body = <ProvisionDiff diff={provision.diff} />;

  return (
    <Box
      id={`provision-${provision.id}`}
      data-provision-id={provision.id}
      className="provision"
      data-selected={selected || undefined}
      data-kind={provision.kind}
      onClick={() => onSelect(provision.id, false)}
      py={container ? 'sm' : 6}
      px="sm"
      style={{ marginInlineStart: paragraph ? 20 : 0 }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0, flex: 1 }}>
          {container ? (
            <Title order={3} fz="md" ta="start">
              {provision.number ?? kindName}
              {provision.heading && ` — ${provision.heading}`}
            </Title>
          ) : (
            !paragraph && (
              <Title order={4} fz="sm" fw={700}>
                {provision.number ?? kindName}
                {provision.heading && (
                  <Text span fw={600} fz="sm">
                    {` — ${provision.heading}`}
                  </Text>
                )}
              </Title>
            )
          )}
          {(isNew || changed) && (
            <Group gap={4} mt={2}>
              {isNew && (
                <Badge size="xs" radius="sm" tt="none" styles={{ root: { backgroundColor: '#E6F4EA', color: '#1B5E20', border: '1px solid #2F9E44' } }}>
                  {t('drafts.reader.newProvision')}
                </Badge>
              )}
              {changed && (
                <Badge size="xs" radius="sm" tt="none" styles={{ root: { backgroundColor: '#FFF4E6', color: '#7A3E00', border: '1px solid #E8590C' } }}>
                  {t('drafts.reader.changedProvision')}
                </Badge>
              )}
            </Group>
          )}
          {provision.text && !textInParagraphs && (
            <Text
              component="div"
              className="provision-text"
              data-provision-text={provision.id}
              size="md"
              mt={paragraph ? 0 : 4}
              style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}
            >
              {paragraph && provision.number && (
                <Text span fw={600} me={6} data-skip-quote>
                  {provision.number}
                </Text>
              )}
              <span data-quote-root>{body}</span>
            </Text>
          )}
          <ConventionLinksRow
            provisionId={provision.id}
            provisionLabel={label}
            links={provision.conventionLinks}
            dossierId={dossierId}
            canManage={canLink && !container}
            showAdd={selected}
            onLink={onLink}
          />
        </div>
        <Button
          size="compact-xs"
          variant={selected ? 'light' : 'subtle'}
          color="ink"
          leftSection={<MessageIcon size={14} />}
          onClick={(event) => {
            event.stopPropagation();
            onSelect(provision.id, true);
          }}
          aria-label={t('drafts.reader.openThread', { provision: label, count: ownCount })}
          tabIndex={tabStop ? 0 : -1}
          data-provision-button={index}
          aria-describedby={describedBy}
          aria-pressed={selected}
        >
          {ownCount}
        </Button>
      </Group>
    </Box>
  );
});
