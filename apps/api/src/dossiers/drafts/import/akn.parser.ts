import { annexHeader, holdsText, referenceName } from './akn-annexes';
import { blockText, documentLanguage, documentTitle, labelText, NOTES, noteText, QUOTED, renderBlocks, toLines } from './akn-text';
import { DraftImportError } from './draft-import-error';
import { InlineMarks, withoutMarkers } from './inline-marks';
import { type DraftSurvey, surveyBlocks } from './draft-survey';
import { KeyRegistry } from './node-keys';
import { CONTAINER_KEY_PREFIX } from './numbering';
import { type ContainerKind, type ParsedDraft, type ParsedNode, walkNodes } from './parsed-draft';
import { type XmlElement, childElements, findElement, isElement, parseXml } from './xml-tree';

/**
 * Akoma Ntoso drafts (3.0, and 2.0 where it differs only by `id` for `eId`), alone or in a `documentCollection`:
 * the body's hierarchy becomes containers, each unit (`article`, `section`, `rule`, `regulation`, `clause`) a
 * provision with its paragraphs (subsections…), keyed by their eIds. What an amendment quotes (`quotedStructure`)
 * is the amendment's text, marked as quoted, never a provision of this draft. The preamble (formulas, citations)
 * is a PREAMBLE with its recitals as RECITALs; every schedule or annex the file holds is a SCHEDULE, and the names
 * of those it only refers to (separate files) are said in `annexesLeftOut`.
 */

export const AKN_3_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const AKN_2_NAMESPACE = 'http://www.akomantoso.org/2.0';

const CONTAINERS: Readonly<Record<string, ContainerKind>> = {
  book: 'PART',
  tome: 'PART',
  part: 'PART',
  subpart: 'PART',
  title: 'TITLE',
  subtitle: 'TITLE',
  chapter: 'CHAPTER',
  subchapter: 'CHAPTER',
  section: 'SECTION',
  subsection: 'SECTION',
  division: 'DIVISION',
  subdivision: 'DIVISION',
};

/** The numbered units of a draft, as its drafting tradition calls them; `section` is one only when it holds no articles. */
const UNITS = new Set(['article', 'section', 'rule', 'regulation', 'clause']);
/** Where an amendment quotes the text it inserts: its units are not this draft's. */
/** The documents a collection's component or an attachment may hold. */
const DOCUMENTS = new Set(['act', 'bill', 'doc', 'statement', 'amendment', 'amendmentList', 'documentCollection', 'officialGazette', 'portion']);

const LABELS = new Set(['num', 'heading', 'subheading']);
const BODIES = ['body', 'mainBody', 'judgmentBody', 'debateBody', 'amendmentBody'];
const withoutLabels = (element: XmlElement): XmlElement => ({ ...element, children: element.children.filter((c) => !isElement(c) || !LABELS.has(c.name)) });
/** An amendment schedule is split into provisions; a provision longer than this is split into its blocks. */
const OVERSIZED = 20_000;

export const parseAknDraft = (xml: string): ParsedDraft => {
  const root = parseXml(xml);
  if (root.name !== 'akomaNtoso') {
    throw new DraftImportError(
      'UNSUPPORTED_FORMAT',
      'This XML file is not Akoma Ntoso. Upload Akoma Ntoso XML, a Word document or a text file.',
    );
  }
  const warnings = namespaceWarnings(xml);
  const document = childElements(root).find((child) => DOCUMENTS.has(child.name)) ?? childElements(root)[0];
  if (!document) throw new DraftImportError('NO_PROVISIONS', 'This Akoma Ntoso document has no body with provisions.');
  const reader = new AknReader();
  const nodes = reader.readDocument(document);
  if (reader.bodies === 0) throw new DraftImportError('NO_PROVISIONS', 'This Akoma Ntoso document has no body with provisions.');
  reader.extractMarks(nodes);
  const survey = reader.articleCount === 0 ? surveyDocument(document) : undefined;
  return {
    ...(survey ? { survey } : {}),
    format: 'AKN',
    title: documentTitle(document),
    language: documentLanguage(document),
    nodes,
    articleCount: reader.articleCount,
    warnings,
    annexesLeftOut: reader.annexesLeftOut,
  };
};

/** The namespace of the root element, read from its own tag: comments and processing instructions before it do not count. */
const namespaceWarnings = (xml: string): string[] => {
  const prolog = xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/gu, '');
  const match = /<(?:([\w.-]+):)?akomaNtoso\b([^>]*)>/u.exec(prolog);
  const prefix = match?.[1];
  const attributes = match?.[2] ?? '';
  const declaration = prefix ? new RegExp(`\\bxmlns:${prefix.replace(/\./gu, '\\.')}\\s*=\\s*"([^"]*)"`, 'u') : /\bxmlns\s*=\s*"([^"]*)"/u;
  const namespace = declaration.exec(attributes)?.[1];
  if (namespace === AKN_3_NAMESPACE || namespace === AKN_2_NAMESPACE) return [];
  return [`Unknown Akoma Ntoso namespace "${namespace ?? ''}"; the file was read as Akoma Ntoso 3.0.`];
};

/** Whether anything below holds an element of one of these names, quoted text aside. */
const holds = (element: XmlElement, names: ReadonlySet<string>): boolean =>
  childElements(element).some((child) => !QUOTED.has(child.name) && (names.has(child.name) || holds(child, names)));

const ARTICLES = new Set(['article']);
const STRUCTURE = new Set([...UNITS, ...Object.keys(CONTAINERS)]);
/** Outside any unit, a numbered `paragraph` is one (schedules and regulations numbered in paragraphs). */
const isUnit = (element: XmlElement): boolean =>
  element.name === 'article' ||
  (element.name === 'paragraph' && childElements(element, 'num').length > 0 && !holds(element, UNITS)) ||
  (UNITS.has(element.name) && !holds(element, ARTICLES) && !childElements(element).some((child) => UNITS.has(child.name)));

const AMENDMENTS = new Set(['mod', 'quotedStructure', 'quotedText', 'embeddedStructure']);
/** Whether the element holds an amendment anywhere below it. */
const amends = (element: XmlElement): boolean => childElements(element).some((child) => AMENDMENTS.has(child.name) || amends(child));

class AknReader {
  articleCount = 0;
  bodies = 0;
  /** Annexes named but not held (separate files), and a collection's documents other than its acts, by name. */
  readonly annexesLeftOut: string[] = [];
  private hasUnits = false;
  private readonly keys = new KeyRegistry();
  private readonly derived = new Map<string, number>();
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
    const nodes: ParsedNode[] = [];
    if (body) {
      this.bodies += 1;
      this.hasUnits = holds(body, UNITS);
      if (preamble) nodes.push(...this.readPreamble(preamble));
      nodes.push(...this.readChildren(body, null));
    }
    for (const attachments of childElements(document, 'attachments', 'components')) {
      for (const attachment of childElements(attachments)) nodes.push(...this.readAttachment(attachment));
    }
    return nodes;
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
    const schedule = this.labelled(attachment, 'SCHEDULE', this.keyFor(attachment, null, CONTAINER_KEY_PREFIX.SCHEDULE));
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
    const node = this.labelled(preamble, 'PREAMBLE', this.keyFor(preamble, null, CONTAINER_KEY_PREFIX.PREAMBLE));
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
      node.children = chunks.map((chunk) => (typeof chunk === 'string' ? this.ownText(node, chunk, (unnumbered += 1)) : chunk));
    } else {
      node.children = chunks.filter((chunk): chunk is ParsedNode => typeof chunk !== 'string');
    }
    return node.text || recitals > 0 ? [node] : [];
  }

  /** "(1) The registration of a vehicle provides…": commented on as a provision, never counted as a unit. */
  private readRecital(element: XmlElement): ParsedNode {
    const recital = this.labelled(element, 'RECITAL', this.keyFor(element, null, 'rec'));
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
    const node = this.labelled(element, kind, this.keyFor(element, parent, CONTAINER_KEY_PREFIX[kind]));
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
    const unit = this.labelled(element, 'ARTICLE', this.keyFor(element, parent?.kind === 'SCHEDULE' ? parent : null, prefix));
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
      unit.children = chunks.map((part) => (typeof part === 'string' ? this.ownText(unit, part, (unnumbered += 1)) : part));
    }
    unit.text = chunks.map((part) => (typeof part === 'string' ? part : part.text)).filter(Boolean).join('\n\n');
    if (unit.children.length === 0 && withoutMarkers(unit.text).length > OVERSIZED) this.split(unit);
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

  private ownText(unit: ParsedNode, text: string, n: number): ParsedNode {
    return { kind: 'PARAGRAPH', key: this.keys.claim(`${unit.key}/para_u${n}`), number: null, heading: null, text, notes: [], children: [] };
  }

  /** An oversized provision without paragraphs (a whole annex in one block) is split into one paragraph per block. */
  private split(unit: ParsedNode): void {
    const lines = unit.text.split('\n');
    unit.children = lines.map((line, index) => ({
      kind: 'PARAGRAPH',
      key: this.keys.claim(`${unit.key}/para_u${index + 1}`),
      number: null,
      heading: null,
      text: line,
      notes: [],
      children: [],
    }));
    unit.text = unit.children.map((child) => child.text).join('\n\n');
  }

  private readParagraph(element: XmlElement, article: ParsedNode): ParsedNode {
    const paragraph = this.labelled(element, 'PARAGRAPH', this.keyFor(element, article, 'para'));
    const body: XmlElement = { ...element, children: element.children.filter((c) => !isElement(c) || !LABELS.has(c.name)) };
    paragraph.text = blockText(body, paragraph.notes, this.marks);
    return paragraph;
  }

  /** A node with its number and heading read, and the notes attached to them. */
  private labelled(element: XmlElement, kind: ParsedNode['kind'], key: string): ParsedNode {
    const notes: string[] = [];
    const num = childElements(element, 'num')[0];
    const headings = childElements(element, 'heading');
    let number = num ? labelText(num, notes, true) : null;
    let heading = headings.length > 0 ? headings.map((h) => labelText(h, notes, false)).join(' ').trim() : null;
    // Fedlex writes "1. Kapitel: Der Bundesrat" in one `num` when there is no `heading`.
    const split = number && !heading ? /^(.+?):\s*(.+)$/u.exec(number) : null;
    if (split) [number, heading] = [split[1], split[2]];
    number = number?.replace(/\s*:$/u, '') || null;
    return { kind, key, number, heading: heading || null, text: '', notes, children: [] };
  }

  private keyFor(element: XmlElement, parent: ParsedNode | null, prefix: string): string {
    const id = element.attributes.eId ?? element.attributes.id ?? element.attributes.wId;
    if (id) return this.keys.claim(id);
    const scope = parent ? `${parent.key}/${prefix}` : prefix;
    const n = (this.derived.get(scope) ?? 0) + 1;
    this.derived.set(scope, n);
    return this.keys.claim(`${scope}_${n}`);
  }
}

/** What a document without units holds: its headings and numbered blocks, its first lines. */
const surveyDocument = (document: XmlElement): DraftSurvey => {
  const lines = toLines(renderBlocks(document, []));
  const count = (element: XmlElement, name: string): number =>
    childElements(element).reduce((sum, child) => sum + (child.name === name ? 1 : 0) + count(child, name), 0);
  const survey = surveyBlocks(lines.map((text) => ({ text })));
  const headings = count(document, 'heading');
  const numbered = count(document, 'num');
  return { ...survey, headings, numberedLines: Math.max(numbered, survey.numberedLines), style: survey.numberedLines === 0 && headings > 0 ? 'UNNUMBERED_HEADINGS' : survey.style };
};

const prefixOf = (name: string): string => ({ section: 'sec', rule: 'rule', regulation: 'reg', clause: 'cl', paragraph: 'para' })[name] ?? 'art';

/** A unit's child that is text of the unit itself rather than one of its paragraphs. */
const TEXT_CHILDREN = new Set(['content', 'intro', 'wrapUp', 'p', 'blockList', 'list', 'table', 'block', 'blockContainer', 'crossHeading', 'foreign']);
const isTextBlock = (element: XmlElement): boolean => TEXT_CHILDREN.has(element.name);

/** The lists directly in a unit's text whose items are amendments (two or more of them quote or modify). */
const amendingLists = (block: XmlElement): XmlElement[] =>
  childElements(block, 'blockList', 'list').filter(
    (list) => childElements(list, 'item', 'point').filter((item) => amends(item)).length >= 2,
  );

