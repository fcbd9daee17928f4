import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref, type RefObject } from 'react';
import { Box, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { LinkTarget } from '../conventions/link-convention.modal';
import { provisionReference } from '../conventions/coverage-rows';
import { ProvisionBlock } from './provision-block';
import { RemovedProvisions, type RemovedProvision } from './removed-provisions';
import { selectWords } from './keyboard-selection';
import { WINDOWING_THRESHOLD, type ProvisionItem } from './provision-tree';

/** What the reader asks of its text: bring a provision into view. */
export interface ProvisionsPaneHandle {
  scrollTo(id: string): void;
}

const ESTIMATED_HEIGHT = 96;
const KEYS_HINT_ID = 'provision-keys-hint';
/** Provisions rendered beyond each edge of the pane: a page of keyboard scrolling without a blank. */
const OVERSCAN = 6;
const ROVING_KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(last, index + 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  PageDown: (index, last) => Math.min(last, index + 10),
  PageUp: (index) => Math.max(0, index - 10),
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * The whole text, numbered, in its own language; the selected provision is marked. Only the
 * provisions near the pane are in the page (a short draft is there whole, for the browser's own
 * find); one comments button is a tab stop and the arrow keys move between them.
 */
export function ProvisionsPane({
  provisions,
  language,
  selectedId,
  showChanges,
  isFirstVersion,
  counts,
  dossierId,
  canLink,
  scrollRef,
  handle,
  onSelect,
  onLink,
  removed,
}: {
  provisions: ProvisionItem[];
  language: string | null;
  selectedId: string | null;
  showChanges: boolean;
  isFirstVersion: boolean;
  counts: Map<string, number>;
  dossierId: string;
  /** Facilitators on the current version link provisions to convention articles. */
  canLink: boolean;
  /** The element that scrolls the text. */
  scrollRef: RefObject<HTMLElement | null>;
  handle?: Ref<ProvisionsPaneHandle>;
  onSelect(id: string, focusThread: boolean): void;
  onLink(target: LinkTarget): void;
  /** Under "Show changes": the previous version's provisions this one took out, by the provision each stood behind (null: before the first). */
  removed?: ReadonlyMap<string | null, RemovedProvision[]>;
}) {
  const { t } = useTranslation();
  const labels = useMemo(() => {
    const byId = new Map(provisions.map((p) => [p.id, p]));
    const names = {
      kind: (kind: string) => t(`drafts.kinds.${kind}` as 'drafts.kinds.ARTICLE', { defaultValue: kind }),
    };
    return new Map(provisions.map((p) => [p.id, provisionReference(p, byId, names)]));
  }, [provisions, t]);
  // An article's text is its paragraphs' joined: show it once, in the paragraphs.
  const withParagraphs = useMemo(
    () => new Set(provisions.filter((p) => p.kind === 'PARAGRAPH' && p.parentId).map((p) => p.parentId as string)),
    [provisions],
  );
  const indexOf = useMemo(() => new Map(provisions.map((p, index) => [p.id, index])), [provisions]);
  const virtualizer = useVirtualizer({
    count: provisions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_HEIGHT,
    getItemKey: (index) => provisions[index].id,
    overscan: provisions.length > WINDOWING_THRESHOLD ? OVERSCAN : provisions.length,
    paddingStart: 8,
    paddingEnd: 8,
  });
  useImperativeHandle(
    handle,
    () => ({
      scrollTo: (id) => {
        const index = indexOf.get(id);
        if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'start' });
      },
    }),
    [indexOf, virtualizer],
  );

  // Roving focus: the selected provision's button, or the first one in view when it is scrolled away.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const selectedIndex = selectedId ? indexOf.get(selectedId) ?? 0 : 0;
  useEffect(() => setFocusIndex(null), [selectedId]);
  const items = virtualizer.getVirtualItems();
  const rendered = (index: number) => items.some((item) => item.index === index);
  const wanted = focusIndex ?? selectedIndex;
  const tabStop = rendered(wanted) ? wanted : (virtualizer.range?.startIndex ?? items[0]?.index ?? 0);
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const button = scrollRef.current?.querySelector<HTMLElement>(`[data-provision-button="${pendingFocus.current}"]`);
    if (button) {
      pendingFocus.current = null;
      button.focus({ preventScroll: true });
    }
  });
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const from = (event.target as HTMLElement).getAttribute('data-provision-button');
      if (from !== null && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        const root = scrollRef.current?.querySelector(`[data-provision-text="${CSS.escape(provisions[Number(from)].id)}"] [data-quote-root]`);
        if (root && selectWords(root, event.key === 'ArrowRight', event.shiftKey)) event.preventDefault();
        return;
      }
      const move = ROVING_KEYS[event.key];
      if (from === null || !move) return;
      event.preventDefault();
      const next = move(Number(from), provisions.length - 1);
      pendingFocus.current = next;
      setFocusIndex(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [provisions, scrollRef, virtualizer],
  );

  return (
    <Box lang={language ?? undefined} maw="72ch" mx="auto" onKeyDown={onKeyDown}>
      <VisuallyHidden id={KEYS_HINT_ID}>{t('drafts.reader.keysHint')}</VisuallyHidden>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const provision = provisions[item.index];
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, insetInlineStart: 0, width: '100%', transform: `translateY(${item.start}px)` }}
            >
              {showChanges && item.index === 0 && <RemovedProvisions removed={removed?.get(null) ?? []} />}
              <ProvisionBlock
                provision={provision}
                index={item.index}
                tabStop={item.index === tabStop}
                selected={provision.id === selectedId}
                showChanges={showChanges}
                isNew={showChanges && !isFirstVersion && !provision.previousId}
                ownCount={counts.get(provision.id) ?? provision.commentCount}
                textInParagraphs={withParagraphs.has(provision.id)}
                label={labels.get(provision.id) ?? ''}
                describedBy={KEYS_HINT_ID}
                dossierId={dossierId}
                canLink={canLink}
                onSelect={onSelect}
                onLink={onLink}
              />
              {showChanges && <RemovedProvisions removed={removed?.get(provision.id) ?? []} />}
            </div>
          );
        })}
      </div>
    </Box>
  );
}
