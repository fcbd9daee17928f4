import { isHeadingAbove } from './heading-lines';
import type { KeyRegistry } from './node-keys';
import { type ParagraphStyle, matchParagraphMarker } from './numbering';
import { isQuotedLine, quoteLine } from './quoted-text';
import type { ParsedNode } from './parsed-draft';
import type { TextBlock } from './text-block';

interface Paragraph {
  number: string | null;
  keyPart: string | null;
  lines: string[];
  notes: string[];
}

/** The body of one article: paragraphs numbered in the first style met, other numbered lines kept inside them. */
export class ArticleBody {
  private readonly paragraphs: Paragraph[] = [];
  private style: ParagraphStyle | null = null;
  private lastText = '';

  /** The last line ends with "—" or ":", as the words introducing quoted text do ("substitute—"). */
  endsWithIntroducer(): boolean {
    return this.paragraphs.length > 0 && /[—–:-]$/u.test(this.lastText);
  }

  addQuoted(text: string): void {
    this.current().lines.push(quoteLine(text));
    this.lastText = text;
  }

  /** Hands over the body's last line when it reads as the heading of the next unit (and is not the body's only text). */
  takeTrailingHeading(): TextBlock | null {
    const paragraph = this.paragraphs.at(-1);
    const line = paragraph?.lines.at(-1);
    if (!paragraph || line === undefined || paragraph.lines.length < (paragraph.number === null && this.paragraphs.length > 1 ? 1 : 2)) return null;
    if (!isHeadingAbove({ text: line })) return null;
    paragraph.lines.pop();
    return { text: line };
  }

  add(block: TextBlock): void {
    const marker = matchParagraphMarker(block.text);
    if (marker && (this.style === null || this.style === marker.style)) {
      this.style = marker.style;
      this.paragraphs.push({
        number: marker.number,
        keyPart: marker.keyPart,
        lines: marker.rest ? [marker.rest] : [],
        notes: [...(block.notes ?? [])],
      });
      this.lastText = marker.rest;
      return;
    }
    const paragraph = this.current();
    const lines = paragraph.lines;
    // A line right below another continues it (a wrapped line), unless that one ended a sentence and this one reads
    // as a heading (the next section's, written above it).
    // (The end of the line is the end of the last block added: a long line is never scanned again.)
    const endedSentence = /[.;:!?”"]$/u.test(this.lastText);
    const wraps = block.continues && !marker && lines.length > 0 && !(endedSentence && isHeadingAbove(block));
    if (wraps) lines[lines.length - 1] += ` ${block.text.trim()}`;
    else lines.push(block.text.trim());
    this.lastText = block.text.trim();
    paragraph.notes.push(...(block.notes ?? []));
  }

  fill(article: ParsedNode, keys: KeyRegistry): void {
    const paragraphs = this.paragraphs.filter((p) => p.number !== null || p.lines.length > 0);
    if (!paragraphs.some((p) => p.number !== null)) {
      // Blocks are separated by a blank line; quoted lines stay together, right below the words introducing them.
      article.text = paragraphs
        .flatMap((p) => p.lines)
        .map((line, index) => (index === 0 ? line : `${isQuotedLine(line) ? '\n' : '\n\n'}${line}`))
        .join('');
      article.notes.push(...paragraphs.flatMap((p) => p.notes));
      return;
    }
    let unnumbered = 0;
    article.children = paragraphs.map((p) => ({
      kind: 'PARAGRAPH',
      key: keys.claim(`${article.key}/para_${p.keyPart ?? `u${(unnumbered += 1)}`}`),
      number: p.number,
      heading: null,
      text: p.lines.join('\n'),
      notes: p.notes,
      children: [],
    }));
    article.text = article.children.map((child) => child.text).join('\n\n');
  }

  private current(): Paragraph {
    const last = this.paragraphs.at(-1);
    if (last) return last;
    const intro: Paragraph = { number: null, keyPart: null, lines: [], notes: [] };
    this.paragraphs.push(intro);
    return intro;
  }
}
