import { QUOTED } from './akn-text';
import type { ContainerKind } from './parsed-draft';
import { type XmlElement, childElements, isElement } from './xml-tree';

/** What an Akoma Ntoso element is to the importer: a container, a unit, a document, a label, text of a unit, an amendment. */

export const CONTAINERS: Readonly<Record<string, ContainerKind>> = {
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
export const UNITS = new Set(['article', 'section', 'rule', 'regulation', 'clause']);
/** The documents a collection's component or an attachment may hold. */
export const DOCUMENTS = new Set(['act', 'bill', 'doc', 'statement', 'amendment', 'amendmentList', 'documentCollection', 'officialGazette', 'portion']);

export const LABELS = new Set(['num', 'heading', 'subheading']);
export const BODIES = ['body', 'mainBody', 'judgmentBody', 'debateBody', 'amendmentBody'];
export const withoutLabels = (element: XmlElement): XmlElement => ({ ...element, children: element.children.filter((c) => !isElement(c) || !LABELS.has(c.name)) });

/** Whether anything below holds an element of one of these names, quoted text aside. */
export const holds = (element: XmlElement, names: ReadonlySet<string>): boolean =>
  childElements(element).some((child) => !QUOTED.has(child.name) && (names.has(child.name) || holds(child, names)));

const ARTICLES = new Set(['article']);
export const STRUCTURE = new Set([...UNITS, ...Object.keys(CONTAINERS)]);
/** Outside any unit, a numbered `paragraph` is one (schedules and regulations numbered in paragraphs). */
export const isUnit = (element: XmlElement): boolean =>
  element.name === 'article' ||
  (element.name === 'paragraph' && childElements(element, 'num').length > 0 && !holds(element, UNITS)) ||
  (UNITS.has(element.name) && !holds(element, ARTICLES) && !childElements(element).some((child) => UNITS.has(child.name)));

/** Where an amendment quotes or modifies the text: its units are not this draft's. */
const AMENDMENTS = new Set(['mod', 'quotedStructure', 'quotedText', 'embeddedStructure']);
/** Whether the element holds an amendment anywhere below it. */
export const amends = (element: XmlElement): boolean => childElements(element).some((child) => AMENDMENTS.has(child.name) || amends(child));

/** The prefix of a derived key for a unit without an eId: "sec_3", "reg_2". */
export const prefixOf = (name: string): string => ({ section: 'sec', rule: 'rule', regulation: 'reg', clause: 'cl', paragraph: 'para' })[name] ?? 'art';

/** A unit's child that is text of the unit itself rather than one of its paragraphs. */
const TEXT_CHILDREN = new Set(['content', 'intro', 'wrapUp', 'p', 'blockList', 'list', 'table', 'block', 'blockContainer', 'crossHeading', 'foreign']);
export const isTextBlock = (element: XmlElement): boolean => TEXT_CHILDREN.has(element.name);

/** The lists directly in a unit's text whose items are amendments (two or more of them quote or modify). */
export const amendingLists = (block: XmlElement): XmlElement[] =>
  childElements(block, 'blockList', 'list').filter(
    (list) => childElements(list, 'item', 'point').filter((item) => amends(item)).length >= 2,
  );
