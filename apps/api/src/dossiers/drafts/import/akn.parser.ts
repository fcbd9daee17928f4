import { DraftImportError } from './draft-import-error';
import { KeyRegistry } from './node-keys';
import { CONTAINER_KEY_PREFIX } from './numbering';
import type { ContainerKind, ParsedDraft, ParsedNode } from './parsed-draft';
import { type XmlElement, type XmlNode, childElements, findElement, isElement, parseXml } from './xml-tree';

/**
 * Akoma Ntoso drafts (3.0, and 2.0 where it differs only by `id` for `eId`): the body's hierarchy becomes
 * containers, each `article` a provision with its paragraphs, keyed by their eIds. Annexes are not imported.
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
  division: 'SECTION',
  subdivision: 'SECTION',
};

/** Elements that start a new line of text; everything else is inline and keeps its text in place. */
const BLOCKS = new Set([
  'p', 'block', 'blockList', 'list', 'item', 'listIntroduction', 'listWrapUp', 'intro', 'wrapUp', 'content',
  'paragraph', 'subparagraph', 'point', 'alinea', 'indent', 'level', 'hcontainer', 'tr', 'table', 'tblock',
  'ul', 'ol', 'li', 'num', 'heading', 'subheading', 'crossHeading', 'blockContainer', 'foreign', 'toc', 'tocItem',
]);
const LABELS = new Set(['num', 'heading', 'subheading']);
const NOTES = new Set(['authorialNote', 'note']);
const SKIPPED = new Set(['noteRef', 'eop', 'eol', 'img', 'marker']);
const CELL = '\uE000';

export const parseAknDraft = (xml: string): ParsedDraft => {
  const root = parseXml(xml);
  if (root.name !== 'akomaNtoso') {
    throw new DraftImportError(
      'UNSUPPORTED_FORMAT',
      'This XML file is not Akoma Ntoso. Upload Akoma Ntoso XML, a Word document or a text file.',
    );
  }
  const warnings = namespaceWarnings(xml);
  const document = childElements(root)[0];
  const body = document && (findElement(document, 'body') ?? findElement(document, 'mainBody'));
  if (!body) throw new DraftImportError('NO_PROVISIONS', 'This Akoma Ntoso document has no body with provisions.');
  if (findElement(document, 'components') || findElement(document, 'attachments')) {
    warnings.push('The annexes were not imported; only the articles of the main body were.');
  }
  const reader = new AknReader();
  const nodes = reader.readChildren(body, null);
  return {
    format: 'AKN',
    title: documentTitle(document),
    language: documentLanguage(document),
    nodes,
    articleCount: reader.articleCount,
    warnings,
  };
};

const namespaceWarnings = (xml: string): string[] => {
  const start = xml.search(/<(?:[\w-]+:)?akomaNtoso\b/u);
  const rootTag = start < 0 ? '' : xml.slice(start, xml.indexOf('>', start));
  const namespace = /^[^>]*?\bxmlns(?::[\w-]+)?="([^"]*)"/u.exec(rootTag)?.[1];
  if (namespace === AKN_3_NAMESPACE || namespace === AKN_2_NAMESPACE) return [];
  return [`Unknown Akoma Ntoso namespace "${namespace ?? ''}"; the file was read as Akoma Ntoso 3.0.`];
};

class AknReader {
  articleCount = 0;
  private readonly keys = new KeyRegistry();
  private readonly derived = new Map<string, number>();

  readChildren(element: XmlElement, parent: ParsedNode | null): ParsedNode[] {
    return childElements(element)
      .filter((child) => !LABELS.has(child.name))
      .flatMap((child) => this.readStructure(child, parent));
  }

  /**
   * Hierarchy elements become containers; articles provisions; anything else is looked through for them.
   * A container's own text (an intro between its heading and its first article) is not imported, its notes are.
   */
  private readStructure(element: XmlElement, parent: ParsedNode | null): ParsedNode[] {
    if (element.name === 'article') return [this.readArticle(element)];
    if (NOTES.has(element.name)) {
      parent?.notes.push(...noteText(element));
      return [];
    }
    const kind = CONTAINERS[element.name];
    if (!kind) return this.readChildren(element, parent);
    const node = this.labelled(element, kind, this.keyFor(element, parent, CONTAINER_KEY_PREFIX[kind]));
    node.children = this.readChildren(element, node);
    return [node];
  }

  private readArticle(element: XmlElement): ParsedNode {
    this.articleCount += 1;
    const article = this.labelled(element, 'ARTICLE', this.keyFor(element, null, 'art'));
    const chunks: string[] = [];
    for (const child of childElements(element)) {
      if (LABELS.has(child.name)) continue;
      if (NOTES.has(child.name)) {
        article.notes.push(...noteText(child));
      } else if (child.name === 'content' || child.name === 'intro' || child.name === 'wrapUp') {
        chunks.push(blockText(child, article.notes));
      } else {
        const paragraph = this.readParagraph(child, article);
        article.children.push(paragraph);
        chunks.push(paragraph.text);
      }
    }
    article.text = chunks.filter(Boolean).join('\n\n');
    return article;
  }

  private readParagraph(element: XmlElement, article: ParsedNode): ParsedNode {
    const paragraph = this.labelled(element, 'PARAGRAPH', this.keyFor(element, article, 'para'));
    const body: XmlElement = { ...element, children: element.children.filter((c) => !isElement(c) || !LABELS.has(c.name)) };
    paragraph.text = blockText(body, paragraph.notes);
    return paragraph;
  }

  /** A node with its number and heading read, and the notes attached to them. */
  private labelled(element: XmlElement, kind: ParsedNode['kind'], key: string): ParsedNode {
    const notes: string[] = [];
    const num = childElements(element, 'num')[0];
    const headings = childElements(element, 'heading');
    let number = num ? labelText(num, notes) : null;
    let heading = headings.length > 0 ? headings.map((h) => labelText(h, notes)).join(' ').trim() : null;
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

const documentTitle = (document: XmlElement): string | null => {
  const docTitle = findElement(document, 'docTitle');
  if (docTitle) return labelText(docTitle, []) || null;
  return findElement(document, 'FRBRalias')?.attributes.value ?? null;
};

const documentLanguage = (document: XmlElement): string | null => {
  const expression = findElement(document, 'FRBRExpression');
  return (expression && findElement(expression, 'FRBRlanguage')?.attributes.language) || null;
};

/**
 * Text of a number or heading. Pretty-printing puts line breaks between `<b>Art. 1</b>` and `<i>a</i>`;
 * those belong to the layout of the file, not to the number "Art. 1a".
 */
const labelText = (element: XmlElement, notes: string[]): string =>
  collapse(inlineText(element, notes, true));

const inlineText = (element: XmlElement, notes: string[], dropLayoutSpace: boolean): string =>
  element.children.map((child) => childText(child, notes, dropLayoutSpace)).join('');

const childText = (node: XmlNode, notes: string[], dropLayoutSpace: boolean): string => {
  if (!isElement(node)) return dropLayoutSpace && /^\s*\n\s*$/u.test(node) ? '' : node;
  if (NOTES.has(node.name)) {
    notes.push(...noteText(node));
    return '';
  }
  if (SKIPPED.has(node.name)) return '';
  if (node.name === 'br') return ' ';
  return inlineText(node, notes, dropLayoutSpace);
};

/** Body text: one line per block element, spaces collapsed, table cells joined with " | ". */
const blockText = (element: XmlElement, notes: string[]): string => {
  const lines = collapseLines(renderBlocks(element, notes).split('\n'));
  return mergeLabels(lines).join('\n');
};

const renderBlocks = (element: XmlElement, notes: string[]): string =>
  element.children
    .map((child) => {
      if (!isElement(child)) return child;
      if (NOTES.has(child.name)) {
        notes.push(...noteText(child));
        return '';
      }
      if (SKIPPED.has(child.name)) return '';
      if (child.name === 'br') return '\n';
      if (child.name === 'td' || child.name === 'th') return `${CELL}${renderBlocks(child, notes).replace(/\n/gu, ' ')}`;
      const inner = renderBlocks(child, notes);
      return BLOCKS.has(child.name) ? `\n${inner}\n` : inner;
    })
    .join('');

const noteText = (note: XmlElement): string[] => {
  const text = collapseLines(renderBlocks(note, []).split('\n')).join(' ');
  return text ? [text] : [];
};

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const collapseLines = (lines: readonly string[]): string[] =>
  lines
    .map((line) =>
      line.includes(CELL)
        ? line.split(CELL).map(collapse).filter(Boolean).join(' | ')
        : collapse(line),
    )
    .filter(Boolean);

/** A list label alone on its line ("a.", "(b)") belongs at the start of the line after it. */
const mergeLabels = (lines: readonly string[]): string[] => {
  const merged: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const isLabel = /^\(?[\p{L}\d]{1,4}[.)]?$/u.test(lines[i]) && i + 1 < lines.length;
    merged.push(isLabel ? `${lines[i]} ${lines[(i += 1)]}` : lines[i]);
  }
  return merged;
};
