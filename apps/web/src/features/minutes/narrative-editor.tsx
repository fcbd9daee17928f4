import { useEffect, useId, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAIN_PARAGRAPHS, plainTextDocument, plainTextOf } from './plain-text-document';

/** One narrative part of the minutes (opening, a summary, notes, closing, an addendum), labelled, limited to `maxLength` characters. */
export function NarrativeEditor({ label, value, onChange, maxLength, testId }: { label: string; value: string; onChange(text: string): void; maxLength: number; testId?: string }) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const errorId = useId();
  const over = value.length - maxLength;
  const latest = useRef(onChange);
  latest.current = onChange;
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [PLAIN_PARAGRAPHS],
    content: plainTextDocument(value),
    editorProps: {
      attributes: {
        class: 'collab-editor__content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        style: 'min-height: 56px',
        ...(testId ? { 'data-testid': testId } : {}),
      },
    },
    onUpdate: ({ editor: current }) => latest.current(plainTextOf(current)),
  });

  // A value set from outside (a revision read again) replaces the text; the person's own typing already matches it.
  useEffect(() => {
    if (editor && !editor.isDestroyed && plainTextOf(editor) !== value) editor.commands.setContent(plainTextDocument(value), { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const dom = editor.view.dom;
    dom.setAttribute('aria-invalid', String(over > 0));
    if (over > 0) dom.setAttribute('aria-describedby', errorId);
    else dom.removeAttribute('aria-describedby');
  }, [editor, over, errorId]);

  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500} onClick={() => editor?.commands.focus()}>
        {label}
      </Text>
      <EditorContent editor={editor} className="collab-editor" />
      {over > 0 && (
        <Text id={errorId} size="xs" c="red.9" role="alert">
          {t('minutes.edit.tooLong', { max: maxLength.toLocaleString(i18n.language), over: over.toLocaleString(i18n.language) })}
        </Text>
      )}
    </Stack>
  );
}
