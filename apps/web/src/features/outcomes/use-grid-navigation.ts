import { useCallback, useState, type KeyboardEvent } from 'react';

/**
 * A roving tabindex over a table's cells: one cell is in the tab order, the
 * arrow keys move it (Home/End along the row, Ctrl+Home/End to the corners).
 * Cells carry data-cell="row:col"; the focused one gets tabIndex 0.
 */
export function useGridNavigation(rowCount: number, colCount: number) {
  const [active, setActive] = useState({ row: 0, col: 0 });
  const row = Math.min(active.row, Math.max(rowCount - 1, 0));
  const col = Math.min(active.col, Math.max(colCount - 1, 0));

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!(event.target as HTMLElement).hasAttribute('data-cell')) return;
      // Right-to-left: the arrows follow the screen, not the reading order.
      const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
      const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      const moves: Record<string, () => { row: number; col: number }> = {
        ArrowDown: () => ({ row: Math.min(row + 1, rowCount - 1), col }),
        ArrowUp: () => ({ row: Math.max(row - 1, 0), col }),
        [forward]: () => ({ row, col: Math.min(col + 1, colCount - 1) }),
        [rtl ? 'ArrowRight' : 'ArrowLeft']: () => ({ row, col: Math.max(col - 1, 0) }),
        Home: () => (event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 }),
        End: () => (event.ctrlKey ? { row: rowCount - 1, col: colCount - 1 } : { row, col: colCount - 1 }),
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      const next = move();
      setActive(next);
      event.currentTarget.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.col}"]`)?.focus();
    },
    [row, col, rowCount, colCount],
  );

  const cellProps = (r: number, c: number) => ({
    'data-cell': `${r}:${c}`,
    tabIndex: r === row && c === col ? 0 : -1,
    onFocus: () => (r !== row || c !== col) && setActive({ row: r, col: c }),
  });

  return { onKeyDown, cellProps };
}
