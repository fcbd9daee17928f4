import type { Editor, TiptapEditorHTMLElement } from '@tiptap/core';

/**
 * The TipTap editor mounted inside an element: TipTap keeps it on its view's
 * DOM node. Acting through it (rather than on the Y.Doc) keeps the editor's
 * selection, carets and undo history right for everyone editing.
 */
export function editorIn(element: HTMLElement | null): Editor | null {
  const editor = element?.querySelector<TiptapEditorHTMLElement>('.ProseMirror')?.editor;
  return editor && !editor.isDestroyed ? editor : null;
}
