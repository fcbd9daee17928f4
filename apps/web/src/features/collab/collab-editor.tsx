import { useEffect } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { CollabUser } from './use-collab-document';
import { useServerWritable } from './use-server-writable';

/** A remote caret: a coloured bar and the person's name, white on their colour (legible at any zoom). */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span');
  caret.classList.add('collab-caret');
  caret.setAttribute('style', `border-color: ${String(user.color ?? '#333')}`);
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.classList.add('collab-caret__label');
  label.setAttribute('style', `background-color: ${String(user.color ?? '#333')}`);
  label.textContent = String(user.name ?? '');
  caret.append(label);
  return caret;
}

/**
 * A rich-text editor bound to one field of a co-drafted document. Several of
 * them share one provider (one Y.Doc, one socket); each shows the others' carets.
 */
export function CollabEditor({
  provider,
  field,
  user,
  label,
  editable,
  lang,
  minHeight = 64,
  testId,
  onFocusChange,
  onEditor,
}: {
  provider: HocuspocusProvider;
  field: string;
  user: CollabUser | null;
  label: string;
  editable: boolean;
  lang?: string;
  minHeight?: number;
  testId?: string;
  onFocusChange?(focused: boolean): void;
  /**
   * The TipTap editor once mounted (null when gone): acting through it rather
   * than on the Y.Doc keeps selections, carets and undo right for everyone.
   */
  onEditor?(editor: Editor | null): void;
}) {
  // The server has the last word: a lock or a lost right reaches the editor before any other channel.
  const serverWritable = useServerWritable(provider);
  const canWrite = editable && serverWritable !== false;
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: canWrite,
      extensions: [
        StarterKit.configure({ undoRedo: false, heading: { levels: [3, 4] }, link: { openOnClick: false } }),
        Collaboration.configure({ document: provider.document, field }),
        CollaborationCaret.configure({
          provider,
          user: user ? { name: user.name, color: user.color } : { name: '?', color: '#333333' },
          render: renderCaret,
        }),
      ],
      editorProps: {
        attributes: {
          class: 'collab-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          ...(lang ? { lang } : {}),
          ...(testId ? { 'data-testid': testId } : {}),
          style: `min-height: ${minHeight}px`,
        },
      },
      onFocus: () => onFocusChange?.(true),
      onBlur: () => onFocusChange?.(false),
    },
    [provider, field],
  );

  useEffect(() => {
    if (!onEditor) return;
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable !== canWrite) editor.setEditable(canWrite);
    editor.view.dom.setAttribute('aria-readonly', String(!canWrite));
  }, [editor, canWrite]);

  return <EditorContent editor={editor} className="collab-editor" data-editable={canWrite || undefined} data-field={field} />;
}
