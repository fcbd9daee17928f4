import * as Y from 'yjs';
import { textOf } from './position-paper';

/** A rich-text fragment built as TipTap (y-prosemirror) writes it: blocks of XmlElements holding XmlText. */
function fragmentOf(...blocks: Y.XmlElement[]): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment('default');
  fragment.insert(0, blocks);
  return fragment;
}

function element(name: string, children: Array<Y.XmlElement | Y.XmlText>): Y.XmlElement {
  const node = new Y.XmlElement(name);
  node.insert(0, children);
  return node;
}

const paragraph = (text: string) => element('paragraph', [new Y.XmlText(text)]);

describe('textOf: the plain text of a co-drafted field', () => {
  it('keeps angle brackets typed in the text', () => {
    const text = 'fewer than <50> workers, or 10 < n and n > 5';
    expect(textOf(fragmentOf(paragraph(text)))).toBe(text);
  });

  it('keeps what looks like markup, ampersands and quotes as typed', () => {
    const text = '<b>not bold</b> & "quoted" &amp;';
    expect(textOf(fragmentOf(paragraph(text)))).toBe(text);
  });

  it('drops formatting but keeps the formatted words', () => {
    const run = new Y.XmlText();
    run.insert(0, 'two years');
    run.insert(0, 'for ', { bold: {} });
    expect(textOf(fragmentOf(element('paragraph', [run])))).toBe('for two years');
  });

  it('makes each block a line, nested blocks (lists, quotes) included', () => {
    const list = element('bulletList', [element('listItem', [paragraph('first')]), element('listItem', [paragraph('second')])]);
    expect(textOf(fragmentOf(paragraph('Intro'), list, element('blockquote', [paragraph('quoted')])))).toBe('Intro\nfirst\nsecond\nquoted');
  });

  it('makes a hard break a line break, keeping the text on both sides', () => {
    const block = element('paragraph', [new Y.XmlText('before'), new Y.XmlElement('hardBreak'), new Y.XmlText('after')]);
    expect(textOf(fragmentOf(block))).toBe('before\nafter');
  });

  it('keeps an empty paragraph between two as an empty line, and trims the ends', () => {
    expect(textOf(fragmentOf(new Y.XmlElement('paragraph'), paragraph('a'), new Y.XmlElement('paragraph'), paragraph('b')))).toBe('a\n\nb');
  });
});
