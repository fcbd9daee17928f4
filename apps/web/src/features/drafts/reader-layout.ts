/**
 * How the reader's three panes share the width it has (not the window's: the
 * navigation takes its part). The text keeps a readable column first: below
 * `medium` the outline leaves the row for a drawer, below `compact` the
 * threads go under the text.
 */
export type ReaderLayout = 'wide' | 'medium' | 'compact' | 'narrow';

export const READER_BREAKPOINTS = { wide: 1180, medium: 900, compact: 600 } as const;

export function readerLayout(width: number): ReaderLayout {
  // Not measured yet (first paint): assume room, as on the machines most people read on.
  if (width <= 0 || width >= READER_BREAKPOINTS.wide) return 'wide';
  if (width >= READER_BREAKPOINTS.medium) return 'medium';
  if (width >= READER_BREAKPOINTS.compact) return 'compact';
  return 'narrow';
}

/** In `wide` and `medium` the outline is a column one may hide; below, a drawer one opens. */
export const outlineIsColumn = (layout: ReaderLayout) => layout === 'wide' || layout === 'medium';

const TEXT = 'minmax(0, 1fr)';
const COLUMNS: Record<ReaderLayout, { outline: string; threads: string }> = {
  wide: { outline: 'minmax(200px, 240px)', threads: 'minmax(300px, 340px)' },
  medium: { outline: '200px', threads: '300px' },
  compact: { outline: '', threads: 'minmax(260px, 300px)' },
  narrow: { outline: '', threads: '' },
};

/** `grid-template-columns` of the panes in document order: [outline] text [threads]. */
export function readerColumns(layout: ReaderLayout, outlineShown: boolean): string {
  const { outline, threads } = COLUMNS[layout];
  return [outlineIsColumn(layout) && outlineShown ? outline : '', TEXT, threads].filter(Boolean).join(' ');
}
