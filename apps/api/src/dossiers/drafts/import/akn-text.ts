import { type InlineMarks, withoutMarkers } from './inline-marks';
import { QUOTE_PREFIX } from './quoted-text';
import { type XmlElement, type XmlNode, findElement, isElement } from './xml-tree';

/**
 * How Akoma Ntoso elements read as text, as a renderer shows them: titles (their parts never glued), numbers
 * and headings, body blocks one per line, notes set apart, quoted structures marked line by line.
 */

/** What an amendment quotes: the amendment's text, never a provision of the draft. */
export const QUOTED = new Set(['quotedStructure', 'embeddedStructure']);

/** Elements that start a new line of text; everything else is inline and keeps its text in place. */
export const BLOCKS = new Set([
  'p', 'block', 'blockList', 'list', 'item', 'listIntroduction', 'listWrapUp', 'intro', 'wrapUp', 'content',
  'paragraph', 'subparagraph', 'point', 'alinea', 'indent', 'level', 'hcontainer', 'tr', 'table', 'tblock',
  'ul', 'ol', 'li', 'num', 'heading', 'subheading', 'crossHeading', 'blockContainer', 'foreign', 'toc', 'tocItem',
  'section', 'subsection', 'article', 'rule', 'regulation', 'clause', 'subclause', 'subrule', 'chapter', 'part',
  'longTitle', 'formula', 'container', 'signature',
]);
export const NOTES = new Set(['authorialNote', 'note']);
export const SKIPPED = new Set(['noteRef', 'eop', 'img', 'marker']);
/** A block boundary and a table cell while rendering; text never contains them (they are private-use characters). */
export const LINE = '\uE001';
export const CELL = '\uE000';
export const documentTitle = (document: XmlElement): string | null => {
  const docTitle = findElement(document, 'docTitle');
  if (docTitle) return titleText(docTitle) || null;
  const alias = findElement(document, 'FRBRalias')?.attributes.value;
  // Editors write "Untitled" there until someone names the work.
  if (alias && alias !== 'Untitled') return alias;
  // AKN4EU (the Commission's LEOS) names an act only in its long title: "Proposal for a" + "DIRECTIVE OF …" + "on …".
  const longTitle = findElement(document, 'longTitle');
  return (longTitle && TITLE_PARTS.some((name) => findElement(longTitle, name)) && titleText(longTitle)) || null;
};

/** The parts of a title that a renderer sets apart (LEOS puts each on a line of its own): never glued to the next. */
const TITLE_PARTS = ['docStage', 'docType', 'docPurpose', 'docNumber', 'docDate', 'docProponent', 'docStatus', 'docAuthority', 'docCommittee', 'docIntroducer'];
const SPACED = new Set([...TITLE_PARTS, ...BLOCKS]);

/** A title's text: its notes left out, a space between its parts and blocks, white space collapsed. */
export const titleText = (element: XmlElement): string => collapse(titleParts(element));

const titleParts = (element: XmlElement): string =>
  element.children
    .map((child) => {
      if (!isElement(child)) return child;
      if (NOTES.has(child.name) || SKIPPED.has(child.name)) return '';
      if (child.name === 'br' || child.name === 'eol') return ' ';
      return SPACED.has(child.name) ? ` ${titleParts(child)} ` : titleParts(child);
    })
    .join('');

/**
 * The expression's language as a BCP 47 tag, the form the web's `lang` takes: Akoma Ntoso writes ISO 639-2
 * ("eng", "fra"), which browsers and screen readers do not read; Intl gives the two-letter code where there is one.
 */
export const documentLanguage = (document: XmlElement): string | null => {
  const expression = findElement(document, 'FRBRExpression');
  const written = expression && findElement(expression, 'FRBRlanguage')?.attributes.language;
  if (!written) return null;
  try {
    return Intl.getCanonicalLocales(written)[0] ?? null;
  } catch {
    return null;
  }
};

/**
 * Text of a number or heading, its white space collapsed as a renderer would. In a number only, pretty-printing's
 * line breaks between `<b>Art. 1</b>` and `<i>a</i>` belong to the layout of the file, not to the number "Art. 1a".
 */
export const labelText = (element: XmlElement, notes: string[], isNumber: boolean): string =>
  collapse(inlineText(element, notes, isNumber));

export const inlineText = (element: XmlElement, notes: string[], dropLayoutSpace: boolean): string =>
  element.children.map((child) => childText(child, notes, dropLayoutSpace)).join('');

const childText = (node: XmlNode, notes: string[], dropLayoutSpace: boolean): string => {
  if (!isElement(node)) return dropLayoutSpace && /^\s*\n\s*$/u.test(node) ? '' : node;
  if (NOTES.has(node.name)) {
    notes.push(...noteText(node));
    return '';
  }
  if (SKIPPED.has(node.name)) return '';
  if (node.name === 'br' || node.name === 'eol') return ' ';
  return inlineText(node, notes, dropLayoutSpace);
};

/**
 * Body text: one line per block element, white space inside a line collapsed as a renderer does (the file's own
 * line breaks are spaces), table cells joined with " | ", quoted structures marked line by line as quoted.
 */
export const blockText = (element: XmlElement, notes: string[], marks?: InlineMarks): string =>
  toLines(renderBlocks(element, notes, marks)).join('\n');

export const toLines = (rendered: string): string[] => mergeLabels(collapseLines(rendered.split(LINE)));

/** With `marks`, the inline elements that carry meaning are wrapped in its markers (a body's text; never notes or labels). */
export const renderBlocks = (element: XmlElement, notes: string[], marks?: InlineMarks): string =>
  element.children
    .map((child) => {
      if (!isElement(child)) return child;
      if (NOTES.has(child.name)) {
        notes.push(...noteText(child));
        return '';
      }
      if (SKIPPED.has(child.name)) return '';
      if (child.name === 'br') return LINE;
      if (child.name === 'eol') return ' ';
      if (child.name === 'td' || child.name === 'th') return `${CELL}${renderBlocks(child, notes, marks).split(LINE).join(' ')}`;
      const inner = renderBlocks(child, notes, marks);
      if (QUOTED.has(child.name)) return `${LINE}${toLines(inner).map((line) => `${QUOTE_PREFIX}${line}`).join(LINE)}${LINE}`;
      if (BLOCKS.has(child.name)) return `${LINE}${inner}${LINE}`;
      return marks ? marks.wrap(child, inner) : inner;
    })
    .join('');

export const noteText = (note: XmlElement): string[] => {
  const text = collapseLines(renderBlocks(note, []).split(LINE)).join(' ');
  return text ? [text] : [];
};

export const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export const collapseLines = (lines: readonly string[]): string[] =>
  lines
    .map((line) =>
      line.includes(CELL)
        ? line.split(CELL).map(collapse).filter(hasText).join(' | ')
        : collapse(line),
    )
    .filter(hasText);

/** Whether a line or cell has any text, its marks aside (a line of an empty `<b/>` has none). */
const hasText = (text: string): boolean => withoutMarkers(text).trim() !== '';

/** A list label alone on its line ("a.", "(b)", "> (c)") belongs at the start of the line after it. */
export const mergeLabels = (lines: readonly string[]): string[] => {
  const merged: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const quoted = lines[i].startsWith(QUOTE_PREFIX);
    const label = withoutMarkers(quoted ? lines[i].slice(QUOTE_PREFIX.length) : lines[i]).trim();
    const next = lines[i + 1];
    const joinable = next !== undefined && next.startsWith(QUOTE_PREFIX) === quoted;
    const isLabel = /^\(?[\p{L}\d]{1,4}[.)]?$/u.test(label) && joinable;
    merged.push(isLabel ? `${lines[i]} ${quoted ? lines[(i += 1)].slice(QUOTE_PREFIX.length) : lines[(i += 1)]}` : lines[i]);
  }
  return merged;
};
