import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { Badge, Group, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { provisionNumberOf } from '@tripart/contracts';
import { SearchIcon } from '../../shared/ui/icons';
import { outlineMatches } from './provision-search';
import { CONTAINER_KINDS, WINDOWING_THRESHOLD, type ProvisionItem } from './provision-tree';

const ROW_HEIGHT = 30;

const OutlineRow = memo(function OutlineRow({
  provision,
  count,
  selected,
  onSelect,
}: {
  provision: ProvisionItem;
  count: number;
  selected: boolean;
  onSelect(id: string): void;
}) {
  const { t } = useTranslation();
  const container = CONTAINER_KINDS.has(provision.kind);
  // A recital is "Recital 1", not "(1)"; other rows their number, or their kind when they have none.
  const name = provisionNumberOf(provision, null, (kind) => t(`drafts.kinds.${kind}` as 'drafts.kinds.ARTICLE', { defaultValue: kind }));
  return (
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
  );
});

/**
 * Parts, chapters and articles, each with the comments I can see on it and below it; a filter
 * by number or heading. It scrolls on its own, and only the rows near view are in the page.
 */
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
  const [filter, setFilter] = useState('');
  const items = useMemo(
    () => provisions.filter((provision) => provision.kind !== 'PARAGRAPH' && outlineMatches(provision, filter)),
    [provisions, filter],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => items[index].id,
    overscan: items.length > WINDOWING_THRESHOLD ? 10 : items.length,
  });
  // The selected row stays in view when the selection comes from elsewhere (find, the text, a link).
  const selectedIndex = items.findIndex((provision) => provision.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  return (
    <nav aria-label={t('drafts.reader.outline')} style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <TextInput
        size="xs"
        p={4}
        type="search"
        aria-label={t('drafts.find.outlineFilter')}
        placeholder={t('drafts.find.outlineFilter')}
        leftSection={<SearchIcon size={14} />}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setFilter('');
        }}
      />
      {filter && (
        <Text size="xs" c="gray.7" px={8} aria-live="polite">
          {t('drafts.find.outlineCount', { count: items.length })}
        </Text>
      )}
      <div ref={scrollRef} style={{ flex: 1, minHeight: 0, overflowY: 'auto', padding: 4 }}>
        <ul style={{ margin: 0, padding: 0, height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const provision = items[item.index];
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ listStyle: 'none', position: 'absolute', top: 0, insetInlineStart: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              >
                <OutlineRow provision={provision} count={totals.get(provision.id) ?? 0} selected={provision.id === selectedId} onSelect={onSelect} />
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
