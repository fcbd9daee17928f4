import { isArticleHeading, isContainerHeading, isHeadingAbove, isSameLineHeading, stripHeading } from './heading-lines';
import { KeyRegistry } from './node-keys';
import {
  CONTAINER_KEY_PREFIX,
  CONTAINER_RANK,
  type Marker,
  type ParagraphStyle,
  matchBareUnit,
  matchDotlessUnit,
  matchMarker,
  matchParagraphMarker,
} from './numbering';
import { isQuotedLine, quoteLine } from './quoted-text';
import type { ContainerKind, ParsedNode } from './parsed-draft';
import type { TextBlock } from './text-block';

/**
 * Finds parts, titles, chapters, sections, articles and their numbered paragraphs in a run of text blocks.
 * Numbering words drive the structure; heading styles only help to tell a heading from body text.
 * A draft that numbers no article is read in the common-law style: "Section 1", "s. 1" and bare "1." lines are
 * its units, a short line right above one is its heading, and what an amendment quotes (“…” after
 * "substitute—") is the amendment's text, marked as quoted. A draft with none of these either may number its
 * sections as New Zealand and Australia do, "1 Short title": a bare number and its heading, in sequence.
 */

export interface RecognizedStructure {
  title: string | null;
  nodes: ParsedNode[];
  articleCount: number;
  warnings: string[];
}

export const recognizeStructure = (blocks: readonly TextBlock[]): RecognizedStructure => {
  const strict = new TreeBuilder(blocks, false).build();
  if (strict.articleCount > 0) return strict;
  // Common-law drafts number their units "Section 12", "s. 12" or "12."; with no article anywhere, read them so.
  const sections = new TreeBuilder(blocks, true).build();
  if (sections.articleCount > 0) return sections;
  const dotless = new TreeBuilder(blocks, true, true).build();
  return dotless.articleCount > 0 ? dotless : strict;
};

interface Paragraph {
  number: string | null;
  keyPart: string | null;
  lines: string[];
  notes: string[];
}

class TreeBuilder {
  private readonly nodes: ParsedNode[] = [];
  private readonly containers: ParsedNode[] = [];
  private readonly keys = new KeyRegistry();
  private readonly warnings: string[] = [];
  private article: { node: ParsedNode; body: ArticleBody } | null = null;
  private title: string | null = null;
  private seenPreamble = false;
  private articleCount = 0;
  private sawSections = false;
  /** The integer part of the last bare-numbered unit: a bare number only opens a unit when it goes up. */
  private lastBare = 0;
  /** Inside “quoted text” of an amendment: its lines are the amendment's, never markers. */
  private quoting = false;
  /** A heading-like line met outside any unit, which may be the heading of the unit that follows it. */
  private pendingHeading: TextBlock | null = null;

  constructor(
    private readonly blocks: readonly TextBlock[],
    private readonly sectionsAreArticles: boolean,
    /** Sections numbered "1 Short title", no dot: only in a draft that numbers its units no other way. */
    private readonly dotless = false,
  ) {}

  build(): RecognizedStructure & { sawSections: boolean } {
    for (let i = 0; i < this.blocks.length; ) i = this.step(i);
    this.closeArticle();
    this.flushPendingHeading();
    const { title, nodes, articleCount, warnings, sawSections } = this;
    return { title, nodes, articleCount, warnings, sawSections };
  }

  /** Reads the block at `i` (and the heading after it, if any); returns the index of the next unread block. */
  private step(i: number): number {
    const block = this.blocks[i];
    if (this.article && this.readQuoted(block)) return i + 1;
    const marker = matchMarker(block.text, { bareHeadingAllowed: block.heading }) ?? this.bareUnit(block);
    if (marker?.kind === 'SECTION') this.sawSections = true;
    if (marker?.kind === 'ARTICLE' || (marker?.kind === 'SECTION' && this.sectionsAreArticles)) {
      return this.openArticle(marker, i);
    }
    if (marker) return this.openContainer(marker.kind, marker, i);
    if (this.article) this.article.body.add(block);
    else if (this.containers.length > 0) this.readContainerText(block);
    else this.readPreamble(block);
    return i + 1;
  }

  /**
   * In the common-law reading, "12." opens section 12 when the numbers go up and it is not a list item. Without
   * its dot ("12 Offences"), the number must follow the last one (12 after 11; "12A" after 12; the first at most
   * 20): a line of the body that starts with a figure rarely does.
   */
  private bareUnit(block: TextBlock): Marker | null {
    if (!this.sectionsAreArticles) return null;
    if (this.dotless) return this.dotlessUnit(block);
    const marker = matchBareUnit(block.text);
    const value = marker ? parseInt(marker.number, 10) : 0;
    if (!marker || value <= this.lastBare || (this.article && value > this.lastBare + 20)) return null;
    this.lastBare = value;
    return marker;
  }

  private lastDotless: string | null = null;

  private dotlessUnit(block: TextBlock): Marker | null {
    const marker = matchDotlessUnit(block.text);
    if (!marker) return null;
    const value = parseInt(marker.number, 10);
    const lettered = /[A-Z]$/u.test(marker.number);
    const inSequence =
      this.lastDotless === null
        ? value <= 20
        : value === this.lastBare + 1 || (lettered && value === this.lastBare && marker.number > this.lastDotless);
    if (!inSequence) return null;
    this.lastBare = value;
    this.lastDotless = marker.number;
    return marker;
  }

  /**
   * Text an amendment quotes: it opens with a quotation mark right after a line ending in "—" or ":" and runs to
   * the line that closes the quotation (or to the next unit in sequence, should the closing mark be missing).
   */
  private readQuoted(block: TextBlock): boolean {
    const text = block.text.trim();
    if (!this.quoting) {
      if (!OPENING_QUOTE.test(text) || !this.article!.body.endsWithIntroducer()) return false;
      this.quoting = true;
    } else {
      const next = this.sectionsAreArticles ? matchBareUnit(text) : null;
      if (next && parseInt(next.number, 10) === this.lastBare + 1) {
        this.quoting = false;
        return false;
      }
    }
    this.article!.body.addQuoted(text);
    if (CLOSING_QUOTE.test(text)) this.quoting = false;
    return true;
  }

  private openContainer(kind: ContainerKind, marker: Marker, i: number): number {
    this.closeArticle();
    this.flushPendingHeading();
    const next = this.blocks[i + 1];
    const headingBelow = !marker.rest && isContainerHeading(next);
    while (this.containers.length > 0 && CONTAINER_RANK[this.containers.at(-1)!.kind as ContainerKind] >= CONTAINER_RANK[kind]) {
      this.containers.pop();
    }
    const parent = this.containers.at(-1);
    const ownKey = `${CONTAINER_KEY_PREFIX[kind]}_${marker.keyPart}`;
    const node: ParsedNode = {
      kind,
      key: this.keys.claim(parent ? `${parent.key}/${ownKey}` : ownKey),
      number: marker.number,
      heading: marker.rest ? stripHeading(marker.rest) : headingBelow ? stripHeading(next.text) : null,
      text: '',
      notes: [...(this.blocks[i].notes ?? []), ...(headingBelow ? (next.notes ?? []) : [])],
      children: [],
    };
    (parent?.children ?? this.nodes).push(node);
    this.containers.push(node);
    return headingBelow ? i + 2 : i + 1;
  }

  private openArticle(marker: Marker, i: number): number {
    const block = this.blocks[i];
    const next = this.blocks[i + 1];
    const restIsHeading = marker.rest !== '' && isSameLineHeading(marker.rest, next);
    // Common-law drafts put a section's heading on the line above its number (when it has none of its own).
    const above =
      this.sectionsAreArticles && !restIsHeading ? (this.article?.body.takeTrailingHeading() ?? this.pendingHeading) : null;
    if (above === this.pendingHeading) this.pendingHeading = null;
    this.closeArticle();
    this.flushPendingHeading();
    this.quoting = false;
    if (marker.kind === 'SECTION') this.lastBare = Math.max(this.lastBare, parseInt(marker.keyPart, 10) || 0);
    const headingBelow = !marker.rest && !above && isArticleHeading(next, this.blocks[i + 2]);
    const prefix = marker.kind === 'SECTION' ? 'sec' : (marker.unit ?? 'art');
    const wanted = `${prefix}_${marker.keyPart}`;
    const key = this.keys.claim(wanted);
    if (key !== wanted) this.warnings.push(`${marker.number} appears more than once; the later one is keyed "${key}".`);
    const node: ParsedNode = {
      kind: 'ARTICLE',
      key,
      number: marker.number,
      heading: restIsHeading ? stripHeading(marker.rest) : headingBelow ? stripHeading(next.text) : above ? stripHeading(above.text) : null,
      text: '',
      notes: [...(block.notes ?? []), ...(headingBelow ? (next.notes ?? []) : [])],
      children: [],
    };
    const body = new ArticleBody();
    if (marker.rest && !restIsHeading) body.add({ text: marker.rest });
    (this.containers.at(-1)?.children ?? this.nodes).push(node);
    this.article = { node, body };
    this.articleCount += 1;
    return headingBelow ? i + 2 : i + 1;
  }

  private closeArticle(): void {
    if (!this.article) return;
    this.article.body.fill(this.article.node, this.keys);
    this.article = null;
  }

  /**
   * Text between a container's heading and its first unit is the container's own (an introduction); a short line
   * right above a section may be that section's heading instead, so it waits for the next block to tell.
   */
  private readContainerText(block: TextBlock): void {
    this.flushPendingHeading();
    if (this.sectionsAreArticles && isHeadingAbove(block)) {
      this.pendingHeading = block;
      return;
    }
    this.appendToContainer(block);
  }

  /** A line held as a possible heading that no section took is the container's text after all. */
  private flushPendingHeading(): void {
    const pending = this.pendingHeading;
    this.pendingHeading = null;
    if (pending && this.containers.length > 0) this.appendToContainer(pending);
  }

  private appendToContainer(block: TextBlock): void {
    const container = this.containers.at(-1)!;
    const text = block.text.trim();
    container.text = container.text === '' ? text : `${container.text}${block.continues ? ' ' : '\n\n'}${text}`;
    container.notes.push(...(block.notes ?? []));
  }

  /** Text before the first provision is not imported; only a title is taken from it. */
  private readPreamble(block: TextBlock): void {
    const first = !this.seenPreamble;
    this.seenPreamble = true;
    this.pendingHeading = !first && isHeadingAbove(block) ? block : null;
    if (this.title === null && (block.heading || first) && block.text.length <= 200) {
      this.title = stripHeading(block.text);
    }
  }
}

/** The body of one article: paragraphs numbered in the first style met, other numbered lines kept inside them. */
class ArticleBody {
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

const OPENING_QUOTE = /^["“‘'«]/u;
const CLOSING_QUOTE = /["”’'»][.;,]?$/u;
