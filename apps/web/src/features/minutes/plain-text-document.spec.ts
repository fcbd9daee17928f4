import { Editor } from '@tiptap/core';
import { PLAIN_PARAGRAPHS, plainTextDocument, plainTextOf } from './plain-text-document';

const editorWith = (text: string) => new Editor({ extensions: [PLAIN_PARAGRAPHS], content: plainTextDocument(text) });

describe('the minutes’ narrative in the editor', () => {
  it.each([
    ['an empty part', ''],
    ['one line', 'The chair opened the session at ten.'],
    ['lines and a blank line between them', 'First point.\n\nSecond point.\nThird.'],
    ['spaces kept as typed, accents and Arabic', '  Article 3 —  «deux ans»\nالمادة الثالثة: سنتان'],
  ])('gives back exactly the plain text it was given: %s', (_name, text) => {
    const editor = editorWith(text);
    expect(plainTextOf(editor)).toBe(text);
    editor.destroy();
  });

  it('reads any line break as a new paragraph', () => {
    const editor = editorWith('one\r\ntwo\rthree');
    expect(plainTextOf(editor)).toBe('one\ntwo\nthree');
    editor.destroy();
  });

  it('keeps no formatting from what is pasted: a list, bold and a link arrive as plain paragraphs', () => {
    const editor = editorWith('Before.');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertContent('<ul><li><strong>Two years</strong></li><li><a href="https://example.org">for all</a></li></ul><h2>Closing</h2>');
    expect(JSON.stringify(editor.getJSON())).not.toMatch(/"marks"|bulletList|heading|link/);
    expect(plainTextOf(editor).split('\n')).toEqual(expect.arrayContaining(['Two years', 'for all', 'Closing']));
    editor.destroy();
  });
});
