import type { TextMark, TextMarkKind } from '@tripart/contracts';
import type { XmlElement } from './xml-tree';

/**
 * Inline Akoma Ntoso elements that carry meaning, kept as ranges of the plain text (`TextMark`s): while a body is
 * rendered, each is wrapped in markers (private-use characters around its number), which go through the text's
 * white-space collapsing, line merging and joining like any character; `extract` then takes them out of each
 * provision's text and records where they were. The text comes out exactly as it would without them.
 */
export const INLINE_MARKS: Readonly<Record<string, TextMarkKind>> = {
  b: 'STRONG',
  i: 'EMPHASIS',
  u: 'UNDERLINE',
  sup: 'SUPERSCRIPT',
  sub: 'SUBSCRIPT',
  ref: 'REFERENCE',
  def: 'DEFINITION',
  term: 'TERM',
};

const OPEN = '\uE002';
const CLOSE = '\uE003';
const END = '\uE004';
const MARKERS = /[\uE002\uE003]\d+\uE004/gu;

/** The text without its markers: what it reads as, for the checks made while rendering (labels, empty lines). */
export const withoutMarkers = (text: string): string => (text.includes(END) ? text.replace(MARKERS, '') : text);

interface Opened {
  kind: TextMarkKind;
  href: string | null;
}

export class InlineMarks {
  private readonly opened: Opened[] = [];

  /** The element's rendered text wrapped in its markers, when it is one of the inline marks. */
  wrap(element: XmlElement, inner: string): string {
    const kind = INLINE_MARKS[element.name];
    if (!kind || withoutMarkers(inner).trim() === '') return inner;
    const id = this.opened.push({ kind, href: element.attributes.href ?? null }) - 1;
    return `${OPEN}${id}${END}${inner}${CLOSE}${id}${END}`;
  }

  /**
   * The text without markers and the marks they made. A space the collapsing kept only because a marker stood
   * between two (or at a line's edge) goes, as it would have without the marker. A reference whose target is a
   * provision of the draft (by its eId after `#` or `~`) names it.
   */
  extract(marked: string, keys: ReadonlySet<string>): { text: string; marks: TextMark[] } {
    if (!marked.includes(END)) return { text: marked, marks: [] };
    let text = '';
    const starts = new Map<number, number>();
    const marks: TextMark[] = [];
    const close = (id: number, start: number) => {
      const { kind, href } = this.opened[id];
      if (text.length > start) marks.push({ kind, start, end: text.length, ...(kind === 'REFERENCE' ? { target: targetOf(href, keys) } : {}) });
    };
    let afterMarker = false;
    for (let i = 0; i < marked.length; i += 1) {
      const char = marked[i];
      if (char === OPEN || char === CLOSE) {
        const end = marked.indexOf(END, i);
        const id = Number(marked.slice(i + 1, end));
        i = end;
        afterMarker = true;
        if (char === OPEN) starts.set(id, text.length);
        else {
          close(id, starts.get(id) ?? text.lastIndexOf('\n') + 1);
          starts.delete(id);
        }
        continue;
      }
      if (afterMarker && char === ' ' && (text === '' || text.endsWith(' ') || text.endsWith('\n'))) continue;
      if (afterMarker && char === '\n' && text.endsWith(' ')) text = trimmed(text, marks);
      text += char;
      afterMarker = false;
    }
    if (afterMarker && text.endsWith(' ')) text = trimmed(text, marks);
    for (const [id, start] of starts) close(id, start);
    for (const mark of marks) {
      while (mark.start < mark.end && /\s/u.test(text[mark.start])) mark.start += 1;
      while (mark.end > mark.start && /\s/u.test(text[mark.end - 1])) mark.end -= 1;
    }
    return { text, marks: marks.filter((mark) => mark.end > mark.start).sort((a, b) => a.start - b.start || b.end - a.end) };
  }
}

/** The text without its last (space) character, the marks that ended after it ending before. */
const trimmed = (text: string, marks: TextMark[]): string => {
  const length = text.length - 1;
  for (const mark of marks) mark.end = Math.min(mark.end, length);
  return text.slice(0, length);
};

const targetOf = (href: string | null, keys: ReadonlySet<string>): string | null => {
  const id = href?.split(/[#~]/u).pop();
  return id && keys.has(id) ? id : null;
};
