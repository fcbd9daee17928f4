import { memo } from 'react';
import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTAINER_KINDS, WINDOWING_THRESHOLD, type ProvisionItem } from './provision-tree';

const OutlineRow = memo(function OutlineRow({
  provision,
  count,
  selected,
  windowed,
  onSelect,
}: {
  provision: ProvisionItem;
  count: number;
  selected: boolean;
  windowed: boolean;
  onSelect(id: string): void;
}) {
  const { t } = useTranslation();
  const container = CONTAINER_KINDS.has(provision.kind);
  const name = provision.number ?? t(`drafts.kinds.${provision.kind}` as 'drafts.kinds.ARTICLE', { defaultValue: provision.kind });
  return (
    <li style={{ listStyle: 'none', ...(windowed ? { contentVisibility: 'auto', containIntrinsicSize: 'auto 30px' } : {}) }}>
      <UnstyledButton
        onClick={() => onSelect(provision.id)}
        aria-current={selected ? 'true' : undefined}
        className="outline-row"
        data-selected={selected || undefined}
        w="100%"
        py={4}
        pe={6}
        style={{ paddingInlineStart: 6 + Math.min(provision.depth, 6) * 12, borderRadius: 4 }}
      >
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Text size="sm" fw={container ? 700 : selected ? 600 : 400} lineClamp={2}>
            {name}
            {provision.heading && (
              <Text span c="dimmed" fw={400}>
                {` ${provision.heading}`}
              </Text>
            )}
          </Text>
          {count > 0 && (
            <Badge size="xs" variant="light" color="ink" radius="sm" aria-label={t('drafts.reader.commentCount', { count })} style={{ flexShrink: 0 }}>
              {count}
            </Badge>
          )}
        </Group>
      </UnstyledButton>
    </li>
  );
});

/** Parts, chapters and articles, each with the comments I can see on it and below it. */
export function DraftOutline({
  provisions,
  totals,
  selectedId,
  onSelect,
}: {
  provisions: ProvisionItem[];
  totals: Map<string, number>;
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const { t } = useTranslation();
  const items = provisions.filter((provision) => provision.kind !== 'PARAGRAPH');
  const windowed = items.length > WINDOWING_THRESHOLD;
  return (
    <nav aria-label={t('drafts.reader.outline')}>
      <ul style={{ margin: 0, padding: 0 }}>
        {items.map((provision) => (
          <OutlineRow
            key={provision.id}
            provision={provision}
            count={totals.get(provision.id) ?? 0}
            selected={provision.id === selectedId}
            windowed={windowed}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </nav>
  );
}
