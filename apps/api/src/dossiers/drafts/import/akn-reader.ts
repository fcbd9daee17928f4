import { annexHeader, holdsText, referenceName } from './akn-annexes';
import {
  BODIES,
  CONTAINERS,
  DOCUMENTS,
  LABELS,
  STRUCTURE,
  UNITS,
  amendingLists,
  amends,
  holds,
  isTextBlock,
  isUnit,
  prefixOf,
  withoutLabels,
} from './akn-elements';
import { AknNodes } from './akn-nodes';
import { blockText, documentTitle, labelText, NOTES, noteText, QUOTED } from './akn-text';
import { InlineMarks, withoutMarkers } from './inline-marks';
import { CONTAINER_KEY_PREFIX } from './numbering';
import { type ParsedNode, walkNodes } from './parsed-draft';
import { type XmlElement, childElements, findElement, isElement } from './xml-tree';

/**
 * Reads one Akoma Ntoso document into provisions: the body's hierarchy as containers, each unit (`article`,
 * `section`, `rule`, `regulation`, `clause`) a provision with its paragraphs, the preamble with its recitals, every
 * schedule or annex it holds; what an amendment quotes stays in the amendment's text.
 */

/** An amendment schedule is split into provisions; a provision longer than this is split into its blocks. */
const OVERSIZED = 20_000;

export class AknReader {
  articleCount = 0;
  bodies = 0;
  /** Annexes named but not held (separate files), and a collection's documents other than its acts, by name. */
  readonly annexesLeftOut: string[] = [];
  private hasUnits = false;
  private readonly nodes = new AknNodes();
  /** Emphasis, references and definitions of the bodies' text. */
  private readonly marks = new InlineMarks();

  /** Each provision's text without the markers of its marks, and the marks beside it. */
  extractMarks(nodes: ParsedNode[]): void {
    const keys = new Set([...walkNodes(nodes)].map((node) => node.key));
    for (const node of walkNodes(nodes)) {
      const { text, marks } = this.marks.extract(node.text, keys);
      node.text = text;
      if (marks.length > 0) node.marks = marks;
    }
  }

  /** A document's preamble and body, its collection's components, and its attachments (schedules, annexes). */
  readDocument(document: XmlElement): ParsedNode[] {
    if (document.name === 'documentCollection') return this.readCollection(document);
    const body = childElements(document, ...BODIES)[0];
    const preamble = childElements(document, 'preamble')[0];
    const conclusions = childElements(document, 'conclusions')[0];
    const read: ParsedNode[] = [];
    if (body) {
      this.bodies += 1;
      this.hasUnits = holds(body, UNITS);
      if (preamble) read.push(...this.readPreamble(preamble));
      read.push(...this.readChildren(body, null));
      if (conclusions) read.push(...this.readConclusions(conclusions));
    }
    for (const attachments of childElements(document, 'attachments', 'components')) {
      for (const attachment of childElements(attachments)) read.push(...this.readAttachment(attachment));
    }
    return read;
  }

  /** The collection's first act or bill is its text; its other documents (schedules, memoranda, annexes) are schedules of it. */
  private readCollection(collection: XmlElement): ParsedNode[] {
    const body = childElements(collection, 'collectionBody')[0];
    if (!body) return [];
    let first = true;
    return childElements(body, 'component').flatMap((component) => {
      const inner = childElements(component).find((child) => DOCUMENTS.has(child.name));
      if (inner && (inner.name !== 'doc' || first)) {
        first = false;
        return this.readDocument(inner);
      }
      return this.readAttachment(component);
    });
  }

  /**
   * A schedule or annex in the file becomes a SCHEDULE: one provision per amendment or numbered block, or, without
   * any, its text. One the file only names (a separate file) is left out, and said to be.
   */
  private readAttachment(attachment: XmlElement): ParsedNode[] {
    const inner = DOCUMENTS.has(attachment.name) ? attachment : childElements(attachment).find((child) => DOCUMENTS.has(child.name));
    // Transitional provisions and other blocks held directly (Fedlex's `dispositions`) are their own body.
    const body = inner ? childElements(inner, ...BODIES)[0] : holdsText(attachment) ? attachment : undefined;
    if (!body) {
      this.annexesLeftOut.push(referenceName(attachment) || (inner && documentTitle(inner)) || '');
      return [];
    }
    this.bodies += 1;
    const schedule = this.nodes.labelled(attachment, 'SCHEDULE', this.nodes.keyFor(attachment, null, CONTAINER_KEY_PREFIX.SCHEDULE));
    if (inner && !schedule.number && !schedule.heading) Object.assign(schedule, annexHeader(inner, schedule.notes));
    if (!schedule.number && schedule.heading) [schedule.number, schedule.heading] = [schedule.heading, null];
    const subheading = childElements(attachment, 'subheading')[0];
    if (subheading && !schedule.heading) schedule.heading = labelText(subheading, schedule.notes, false) || null;
    if (amends(body) || holds(body, STRUCTURE) || findElement(body, 'num')) schedule.children = this.readSchedule(body === attachment ? withoutLabels(body) : body, schedule);
    else schedule.text = blockText(withoutLabels(body), schedule.notes, this.marks);
    return [schedule];
  }

  /**
   * Formulas, citations and the recitals' introduction are the preamble's text; each recital is a RECITAL. What
   * follows the recitals (the enacting formula, "HAVE ADOPTED THIS DIRECTIVE:") stays after them: the preamble's text
   * is then in unnumbered paragraphs of its own around them, as a unit's introduction and wrap-up are.
   */
  private readPreamble(preamble: XmlElement): ParsedNode[] {
    const node = this.nodes.labelled(preamble, 'PREAMBLE', this.nodes.keyFor(preamble, null, CONTAINER_KEY_PREFIX.PREAMBLE));
    const parts: Array<ParsedNode | string> = [];
    const read = (element: XmlElement) => {
      for (const child of childElements(element)) {
        if (child.name === 'recitals' || child.name === 'citations') read(child);
        else if (child.name === 'recital') parts.push(this.readRecital(child));
        else if (NOTES.has(child.name)) node.notes.push(...noteText(child));
        else if (!LABELS.has(child.name)) parts.push(blockText({ ...element, children: [child] }, node.notes, this.marks));
      }
    };
    read(preamble);
    // Blocks next to each other are one text; a recital ends it.
    const chunks: Array<ParsedNode | string> = [];
    for (const part of parts) {
      const last = chunks.at(-1);
      if (part === '') continue;
      if (typeof part === 'string' && typeof last === 'string') chunks[chunks.length - 1] = `${last}\n\n${part}`;
      else chunks.push(part);
    }
    const texts = chunks.filter((chunk): chunk is string => typeof chunk === 'string');
    const recitals = chunks.length - texts.length;
    node.text = texts.join('\n\n');
    const afterRecitals = recitals > 0 && typeof chunks.at(-1) === 'string';
    if (afterRecitals) {
      let unnumbered = 0;
      node.children = chunks.map((chunk) => (typeof chunk === 'string' ? this.nodes.ownText(node, chunk, (unnumbered += 1)) : chunk));
    } else {
      node.children = chunks.filter((chunk): chunk is ParsedNode => typeof chunk !== 'string');
    }
    return node.text || recitals > 0 ? [node] : [];
  }

  /** "Done at Brussels, …" and the signatures, one line each: the closing block, commented on, never a unit. */
  private readConclusions(element: XmlElement): ParsedNode[] {
    const node = this.nodes.labelled(element, 'CONCLUSIONS', this.nodes.keyFor(element, null, CONTAINER_KEY_PREFIX.CONCLUSIONS));
    node.text = blockText(withoutLabels(element), node.notes, this.marks);
    return node.text ? [node] : [];
  }

  /** "(1) The registration of a vehicle provides…": commented on as a provision, never counted as a unit. */
  private readRecital(element: XmlElement): ParsedNode {
    const recital = this.nodes.labelled(element, 'RECITAL', this.nodes.keyFor(element, null, 'rec'));
    recital.text = blockText(withoutLabels(element), recital.notes, this.marks);
    return recital;
  }

  /** Each numbered block of an amending schedule is one amendment; what has no structure is split block by block. */
  private readSchedule(body: XmlElement, schedule: ParsedNode): ParsedNode[] {
    // Text before its first numbered block ("(Art. 8 Abs. 1)", the articles it serves) is the schedule's own.
    const children = childElements(body).filter((child) => !LABELS.has(child.name));
    const leading = children.findIndex((child) => !isTextBlock(child) || holds(child, STRUCTURE) || findElement(child, 'num') !== null);
    if (leading > 0) {
      schedule.text = children.slice(0, leading).map((child) => blockText(child, schedule.notes, this.marks)).filter(Boolean).join('\n\n');
      body = { ...body, children: body.children.filter((child) => !isElement(child) || !children.slice(0, leading).includes(child)) };
    }
    const structured = this.readChildren(body, schedule);
    if (structured.length > 0) return structured;
    return childElements(body)
      .filter((child) => !LABELS.has(child.name))
      .map((child) => this.readUnit(child, schedule, 'item'));
  }

  readChildren(element: XmlElement, parent: ParsedNode | null): ParsedNode[] {
    return childElements(element)
      .filter((child) => !LABELS.has(child.name))
      .flatMap((child) => this.readStructure(child, parent));
  }

  /**
   * Hierarchy elements become containers; units provisions; anything else is looked through for them.
   * In a schedule, a numbered `hcontainer` or `paragraph` is a unit too. A container's own text (an intro between
   * its heading and its first article, Fedlex's "(Art. 49 Abs. 5 RVOG)") is its text.
   */
  private readStructure(element: XmlElement, parent: ParsedNode | null): ParsedNode[] {
    if (QUOTED.has(element.name)) return [];
    if (isUnit(element)) return [this.readUnit(element, parent, prefixOf(element.name))];
    if (NOTES.has(element.name)) {
      parent?.notes.push(...noteText(element));
      return [];
    }
    // In a schedule, a numbered block (a `paragraph`, an `hcontainer`, a `subsection` holding no units) is one of its provisions.
    if (parent?.kind === 'SCHEDULE' && (!CONTAINERS[element.name] || !holds(element, STRUCTURE)) && childElements(element, 'num', 'heading').length > 0) {
      return [this.readUnit(element, parent, 'item')];
    }
    const kind = CONTAINERS[element.name];
    // Text between the provisions that belongs to none (a table between two chapters) is a provision of its own.
    // (Only in a body that has units: a document of unnumbered text has no provision at all.)
    if (!kind && this.hasUnits && !holds(element, STRUCTURE) && blockText(element, []) !== '') {
      // A bare block (a `p` before a schedule's first level) is the text of a unit of its own.
      return [this.readUnit(isTextBlock(element) ? { ...element, children: [element] } : element, parent, 'item')];
    }
    if (!kind) return this.readChildren(element, parent);
    const node = this.nodes.labelled(element, kind, this.nodes.keyFor(element, parent, CONTAINER_KEY_PREFIX[kind]));
    node.text = childElements(element)
      .filter(isTextBlock)
      .map((child) => blockText(child, node.notes, this.marks))
      .filter(Boolean)
      .join('\n\n');
    // Its text blocks are read (with their notes) above; the rest holds its provisions.
    node.children = this.readChildren({ ...element, children: element.children.filter((c) => !isElement(c) || !isTextBlock(c)) }, node);
    return [node];
  }

  private readUnit(element: XmlElement, parent: ParsedNode | null, prefix: string): ParsedNode {
    this.articleCount += 1;
    const unit = this.nodes.labelled(element, 'ARTICLE', this.nodes.keyFor(element, parent?.kind === 'SCHEDULE' ? parent : null, prefix));
    // Text of the unit itself (a chapeau before its subsections, a closing sentence) is kept in place: where the unit
    // has paragraphs, as an unnumbered paragraph of its own, so that every word of the unit is in one paragraph.
    const parts: Array<ParsedNode | string> = [];
    for (const child of childElements(element)) {
      if (LABELS.has(child.name)) continue;
      if (NOTES.has(child.name)) unit.notes.push(...noteText(child));
      else if (isTextBlock(child) && amendingLists(child).length > 0) parts.push(...this.readAmendments(child, unit));
      else if (isTextBlock(child)) parts.push(blockText(child, unit.notes, this.marks));
      else parts.push(this.readParagraph(child, unit));
    }
    const chunks = parts.filter((part) => part !== '');
    if (chunks.some((part) => typeof part !== 'string')) {
      let unnumbered = 0;
      unit.children = chunks.map((part) => (typeof part === 'string' ? this.nodes.ownText(unit, part, (unnumbered += 1)) : part));
    }
    unit.text = chunks.map((part) => (typeof part === 'string' ? part : part.text)).filter(Boolean).join('\n\n');
    if (unit.children.length === 0 && withoutMarkers(unit.text).length > OVERSIZED) this.nodes.split(unit);
    return unit;
  }

  /**
   * "The principal Act is amended— (a) in section 2, for … substitute …; (b) …": an amending list is read as one
   * paragraph per amendment, its introduction and wrap-up in place beside them.
   */
  private readAmendments(block: XmlElement, unit: ParsedNode): Array<ParsedNode | string> {
    const lists = new Set(amendingLists(block));
    return childElements(block).flatMap((child): Array<ParsedNode | string> => {
      if (!lists.has(child)) return [blockText({ ...block, children: [child] }, unit.notes, this.marks)];
      return childElements(child).map((part) =>
        part.name === 'item' || part.name === 'point' ? this.readParagraph(part, unit) : blockText({ ...child, children: [part] }, unit.notes, this.marks),
      );
    });
  }

  private readParagraph(element: XmlElement, article: ParsedNode): ParsedNode {
    const paragraph = this.nodes.labelled(element, 'PARAGRAPH', this.nodes.keyFor(element, article, 'para'));
    const body: XmlElement = { ...element, children: element.children.filter((c) => !isElement(c) || !LABELS.has(c.name)) };
    paragraph.text = blockText(body, paragraph.notes, this.marks);
    return paragraph;
  }
}

