import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { Button, Group, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MessageIcon, PencilIcon } from '../../shared/ui/icons';
import { textQuoteAt } from './provision-tree';

export interface QuotedSelection {
  provisionId: string;
  quote: { exact: string; prefix: string; suffix: string };
}

interface Anchor extends QuotedSelection {
  top: number;
  left: number;
}

function offsetWithin(root: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  try {
    range.setEnd(node, offset);
  } catch {
    return 0;
  }
  return range.toString().length;
}

/** Reads the current selection as a quote of one provision's text, if it is one. */
function readSelection(container: HTMLElement, texts: Map<string, string>): Anchor | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest('[data-provision-text]');
  const end = (range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement)?.closest('[data-provision-text]');
  if (!start || start !== end || !container.contains(start)) return null;
  const provisionId = start.getAttribute('data-provision-text') ?? '';
  const text = texts.get(provisionId);
  const root = start.querySelector('[data-quote-root]');
  if (!text || !root) return null;
  const from = root.contains(range.startContainer) ? offsetWithin(root, range.startContainer, range.startOffset) : 0;
  const to = root.contains(range.endContainer) ? offsetWithin(root, range.endContainer, range.endOffset) : text.length;
  if (to <= from) return null;
  const quote = textQuoteAt(text, from, Math.min(to, text.length));
  if (!quote.exact.trim()) return null;
  const rect = range.getBoundingClientRect();
  return { provisionId, quote, top: rect.bottom + 6, left: rect.left + rect.width / 2 };
}

/** Ctrl+Alt+M (⌘⌥M on a Mac), the shortcut word processors give "insert a comment". */
export const isQuoteShortcut = (event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'code'>) =>
  (event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM';

/** Select words in a provision (mouse, or keyboard and the shortcut) → a small popover: Comment, Suggest wording. */
export function SelectionPopover({
  containerRef,
  texts,
  enabled,
  onPick,
}: {
  containerRef: RefObject<HTMLElement | null>;
  texts: Map<string, string>;
  enabled: boolean;
  onPick(selection: QuotedSelection, suggest: boolean): void;
}) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  // Opened by the shortcut: focus goes into it, and back where it was on Escape.
  const [focusOnOpen, setFocusOnOpen] = useState<HTMLElement | null>(null);
  const firstAction = useRef<HTMLButtonElement>(null);

  const update = useCallback(() => {
    const container = containerRef.current;
    setAnchor(enabled && container ? readSelection(container, texts) : null);
  }, [containerRef, texts, enabled]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const later = () => window.setTimeout(update, 0);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setAnchor(null);
      else if (event.shiftKey || event.key === 'Shift') later();
    };
    const onShortcut = (event: KeyboardEvent) => {
      if (!isQuoteShortcut(event)) return;
      event.preventDefault();
      const next = enabled ? readSelection(container, texts) : null;
      setAnchor(next);
      setFocusOnOpen(next && document.activeElement instanceof HTMLElement ? document.activeElement : null);
    };
    // The popover is placed once, where the selection was: any scroll moves the words away from it
    // (the reader's pane, or the whole page in the live room). Scroll events do not bubble, but are captured.
    const onScroll = () => setAnchor(null);
    container.addEventListener('mouseup', later);
    container.addEventListener('keyup', onKey);
    container.addEventListener('keydown', onShortcut);
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => {
      container.removeEventListener('mouseup', later);
      container.removeEventListener('keyup', onKey);
      container.removeEventListener('keydown', onShortcut);
      window.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [containerRef, update, enabled, texts]);

  useEffect(() => {
    if (anchor && focusOnOpen) firstAction.current?.focus({ preventScroll: true });
  }, [anchor, focusOnOpen]);

  if (!anchor) return null;
  const close = () => {
    setAnchor(null);
    focusOnOpen?.focus({ preventScroll: true });
    setFocusOnOpen(null);
  };
  const pick = (suggest: boolean) => {
    setFocusOnOpen(null);
    onPick({ provisionId: anchor.provisionId, quote: anchor.quote }, suggest);
    setAnchor(null);
    window.getSelection()?.removeAllRanges();
  };
  return (
    <Paper
      shadow="md"
      withBorder
      radius="sm"
      p={4}
      role="toolbar"
      aria-label={t('drafts.reader.selectionActions')}
      style={{ position: 'fixed', top: anchor.top, left: anchor.left, transform: 'translateX(-50%)', zIndex: 300 }}
      onMouseUp={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <Group gap={4} wrap="nowrap">
        <Button ref={firstAction} size="compact-sm" variant="subtle" leftSection={<MessageIcon size={14} />} onClick={() => pick(false)}>
          {t('drafts.reader.commentSelection')}
        </Button>
        <Button size="compact-sm" variant="subtle" leftSection={<PencilIcon size={14} />} onClick={() => pick(true)}>
          {t('drafts.reader.suggestWording')}
        </Button>
      </Group>
    </Paper>
  );
}
