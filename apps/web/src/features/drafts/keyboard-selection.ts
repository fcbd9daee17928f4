/**
 * Selects words of a provision's text from the keyboard, while focus stays on its comments button:
 * Right/Left move the caret a word (from the start of the text the first time), Shift+Right/Left
 * extend the selection a word. False when the text has no words to select.
 */
export function selectWords(root: Element, forward: boolean, extend: boolean): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  const inside = selection.rangeCount > 0 && root.contains(selection.anchorNode);
  if (!inside) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode();
    if (!first) return false;
    selection.collapse(first, 0);
  }
  selection.modify(extend ? 'extend' : 'move', forward ? 'forward' : 'backward', 'word');
  return true;
}
