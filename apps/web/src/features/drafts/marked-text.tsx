import type { ReactNode } from 'react';
import { useProvisionLinks, type ProvisionLinks } from './provision-links';

/** A range of a provision's plain text that carries meaning (API `TextMark`). */
export interface Mark {
  kind: string;
  start: number;
  end: number;
  target?: string | null;
}

/**
 * `text[from, to)` with its marks drawn as the few elements they stand for (never markup from the file): emphasis
 * as <strong>/<em>/<u>, a definition as <dfn>, a reference to a provision of this draft as a link to it, any
 * other reference as text set apart. Marks nest as their elements did; the text content is the text itself.
 */
export function MarkedText({ text, from, to, marks }: { text: string; from: number; to: number; marks: readonly Mark[] }) {
  const links = useProvisionLinks();
  const within = marks.filter((mark) => mark.start < to && mark.end > from);
  if (within.length === 0) return <>{text.slice(from, to)}</>;
  return <>{renderRange(text, from, to, [...within].sort((a, b) => a.start - b.start || b.end - a.end), links)}</>;
}

const renderRange = (text: string, from: number, to: number, marks: readonly Mark[], links: ProvisionLinks | null): ReactNode[] => {
  const out: ReactNode[] = [];
  let cursor = from;
  for (let i = 0; i < marks.length; ) {
    const mark = marks[i];
    const start = Math.max(mark.start, cursor);
    const end = Math.min(mark.end, to);
    let next = i + 1;
    while (next < marks.length && marks[next].start < end) next += 1;
    if (end > start) {
      if (start > cursor) out.push(text.slice(cursor, start));
      out.push(markElement(mark, `${start}:${i}`, renderRange(text, start, end, marks.slice(i + 1, next), links), links));
      cursor = end;
    }
    i = next;
  }
  if (cursor < to) out.push(text.slice(cursor, to));
  return out;
};

/** This page's address with the provision named: where the link leads when opened in a tab of its own. */
const provisionHref = (id: string): string => {
  const params = new URLSearchParams(window.location.search);
  params.set('provision', id);
  return `?${params.toString()}`;
};

const SET_APART = { textDecorationLine: 'underline', textDecorationStyle: 'dotted', textUnderlineOffset: 3 } as const;

const markElement = (mark: Mark, key: string, children: ReactNode[], links: ProvisionLinks | null): ReactNode => {
  switch (mark.kind) {
    case 'STRONG':
      return <strong key={key}>{children}</strong>;
    case 'EMPHASIS':
      return <em key={key}>{children}</em>;
    case 'UNDERLINE':
      return <u key={key}>{children}</u>;
    case 'SUPERSCRIPT':
      return <sup key={key}>{children}</sup>;
    case 'SUBSCRIPT':
      return <sub key={key}>{children}</sub>;
    case 'DEFINITION':
      return <dfn key={key}>{children}</dfn>;
    case 'TERM':
      return (
        <span key={key} data-mark="term">
          {children}
        </span>
      );
    case 'REFERENCE': {
      const id = mark.target ? links?.idOf(mark.target) : null;
      if (!id || !links) {
        return (
          <span key={key} data-mark="reference" style={SET_APART}>
            {children}
          </span>
        );
      }
      return (
        <a
          key={key}
          href={provisionHref(id)}
          data-mark="reference"
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            links.follow(id);
          }}
        >
          {children}
        </a>
      );
    }
    default:
      return <span key={key}>{children}</span>;
  }
};
