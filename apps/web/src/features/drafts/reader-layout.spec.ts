import { outlineIsColumn, readerColumns, readerLayout } from './reader-layout';

describe('the reader’s layout', () => {
  // What the reader gets beside the 248 px navigation and the page's padding.
  const AT_1024 = 1024 - 248 - 40;
  const AT_1280 = 1280 - 248 - 40;
  const AT_1920 = 1920 - 248 - 40;

  it('keeps three panes on a wide screen and at 1280 px, the outline a column one may hide', () => {
    expect(readerLayout(AT_1920)).toBe('wide');
    expect(readerLayout(AT_1280)).toBe('medium');
    expect(outlineIsColumn('medium')).toBe(true);
    expect(readerColumns('medium', true)).toBe('200px minmax(0, 1fr) 300px');
    expect(readerColumns('medium', false)).toBe('minmax(0, 1fr) 300px');
  });

  it('at 1024 px gives the text and the threads the row, the outline a drawer', () => {
    expect(readerLayout(AT_1024)).toBe('compact');
    expect(outlineIsColumn('compact')).toBe(false);
    // Whether the drawer is open or not, the row keeps its two panes.
    expect(readerColumns('compact', true)).toBe('minmax(0, 1fr) minmax(260px, 300px)');
    expect(readerColumns('compact', false)).toBe('minmax(0, 1fr) minmax(260px, 300px)');
  });

  it('puts the threads under the text on a phone', () => {
    expect(readerLayout(400)).toBe('narrow');
    expect(readerColumns('narrow', true)).toBe('minmax(0, 1fr)');
  });

  it('assumes room before the reader is measured', () => {
    expect(readerLayout(0)).toBe('wide');
  });
});
