import { isArticleHeading, isContainerHeading, isHeadingAbove, isSameLineHeading, stripHeading } from './heading-lines';
import type { ImportWarning } from '@tripart/contracts';
import { ArticleBody } from './article-body';
import { isClosingFormula } from './closing-formula';
import { duplicateNumber } from './import-warnings';
import { KeyRegistry } from './node-keys';
import { CONTAINER_KEY_PREFIX, CONTAINER_RANK, type Marker, matchMarker } from './numbering';
import { CLOSING_QUOTE, OPENING_QUOTE } from './quoted-text';
import type { ContainerKind, ParsedNode } from './parsed-draft';
import type { TextBlock } from './text-block';
import { UnitSequence } from './unit-sequence';

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
  warnings: ImportWarning[];
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

class TreeBuilder {
  private readonly nodes: ParsedNode[] = [];
  private readonly containers: ParsedNode[] = [];
  private readonly keys = new KeyRegistry();
  private readonly warnings: ImportWarning[] = [];
  private article: { node: ParsedNode; body: ArticleBody } | null = null;
  private title: string | null = null;
  /** The block the title was taken from: never the preamble's text too. */
  private titleBlock: TextBlock | null = null;
  /** Text before the first provision, the title aside, as a PREAMBLE (as Akoma Ntoso's `preamble`): commented on, never a unit. */
  private preamble: ParsedNode | null = null;
  /** "Done at Brussels, …" and the signatures after a unit, as CONCLUSIONS (Akoma Ntoso's `conclusions`), until the next marker. */
  private conclusions: ParsedNode | null = null;
  private seenPreamble = false;
  private articleCount = 0;
  private sawSections = false;
  private readonly sequence = new UnitSequence();
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
    if (marker) this.conclusions = null;
    if (marker?.kind === 'ARTICLE' || (marker?.kind === 'SECTION' && this.sectionsAreArticles)) {
      return this.openArticle(marker, i);
    }
    if (marker) return this.openContainer(marker.kind, marker, i);
    if (this.article && isClosingFormula(block.text)) this.openConclusions();
    if (this.conclusions) appendText(this.conclusions, block);
    else if (this.article) this.article.body.add(block);
    else if (this.containers.length > 0) this.readContainerText(block);
    else this.readPreamble(block);
    return i + 1;
  }

  /** In the common-law reading, a bare number ("12.", or "12 Offences" in a draft numbered no other way) may open a section. */
  private bareUnit(block: TextBlock): Marker | null {
    if (!this.sectionsAreArticles) return null;
    return this.dotless ? this.sequence.dotless(block) : this.sequence.bare(block, this.article !== null);
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
      if (this.sectionsAreArticles && this.sequence.isNext(text)) {
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
    if (marker.kind === 'SECTION') this.sequence.see(marker.keyPart);
    const headingBelow = !marker.rest && !above && isArticleHeading(next, this.blocks[i + 2]);
    const prefix = marker.kind === 'SECTION' ? 'sec' : (marker.unit ?? 'art');
    const wanted = `${prefix}_${marker.keyPart}`;
    const key = this.keys.claim(wanted);
    if (key !== wanted) this.warnings.push(duplicateNumber(marker.number, key));
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

  /** The closing block stands after the body, outside its last part or chapter: what follows it (an annex) too. */
  private openConclusions(): void {
    this.closeArticle();
    this.containers.length = 0;
    const key = this.keys.claim(CONTAINER_KEY_PREFIX.CONCLUSIONS);
    this.conclusions = { kind: 'CONCLUSIONS', key, number: null, heading: null, text: '', notes: [], children: [] };
    this.nodes.push(this.conclusions);
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

  /** A line held as a possible heading that no section took is the container's text after all (the preamble's, before any). */
  private flushPendingHeading(): void {
    const pending = this.pendingHeading;
    this.pendingHeading = null;
    if (!pending || pending === this.titleBlock) return;
    if (this.containers.length > 0) this.appendToContainer(pending);
    else if (!this.article) this.appendToPreamble(pending);
  }

  private appendToContainer(block: TextBlock): void {
    appendText(this.containers.at(-1)!, block);
  }

  /**
   * Text before the first provision: its first line (or first heading) is the draft's title, the rest its preamble
   * (an enacting formula, "WHEREAS…", a long title), kept as one PREAMBLE before the first provision. A short line may
   * be the heading of the first section instead, so it waits for the next block to tell.
   */
  private readPreamble(block: TextBlock): void {
    const first = !this.seenPreamble;
    this.seenPreamble = true;
    this.flushPendingHeading();
    this.pendingHeading = !first && isHeadingAbove(block) ? block : null;
    if (this.title === null && (block.heading || first) && block.text.length <= 200) {
      this.title = stripHeading(block.text);
      this.titleBlock = block;
    } else if (!this.pendingHeading) {
      this.appendToPreamble(block);
    }
  }

  private appendToPreamble(block: TextBlock): void {
    if (!this.preamble) {
      const key = this.keys.claim(CONTAINER_KEY_PREFIX.PREAMBLE);
      this.preamble = { kind: 'PREAMBLE', key, number: null, heading: null, text: '', notes: [], children: [] };
      this.nodes.unshift(this.preamble);
    }
    appendText(this.preamble, block);
  }
}

/** A block appended to a container's own text: a wrapped line continues it, another block is a paragraph of its own. */
const appendText = (node: ParsedNode, block: TextBlock): void => {
  const text = block.text.trim();
  node.text = node.text === '' ? text : `${node.text}${block.continues ? ' ' : '\n\n'}${text}`;
  node.notes.push(...(block.notes ?? []));
};
