import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DraftImportError } from './draft-import-error';
import { decodeEntities } from './entities';

/** A plain element tree of an XML document, in document order, namespace prefixes dropped. */

export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  // Entities stay unexpanded (no DTD ever gets a say); the five XML ones and numeric references are decoded here.
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
});

export const parseXml = (xml: string): XmlElement => {
  if (/<!ENTITY/iu.test(xml)) {
    throw new DraftImportError(
      'UNSUPPORTED_FORMAT',
      'This XML file declares its own entities, which Tripart does not accept. Export it again without a DTD.',
    );
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line } = validation.err;
    throw new DraftImportError('CORRUPT_FILE', `This XML file is malformed (line ${line}: ${msg}).`);
  }
  const root = toNodes(parse(xml)).find(isElement);
  if (!root) throw new DraftImportError('CORRUPT_FILE', 'This XML file has no root element.');
  return root;
};

const parse = (xml: string): OrderedNode[] => {
  try {
    return parser.parse(xml) as OrderedNode[];
  } catch (error) {
    throw new DraftImportError('CORRUPT_FILE', 'This XML file could not be read; it may be damaged.', { cause: error });
  }
};

const toNodes = (ordered: readonly OrderedNode[]): XmlNode[] => ordered.map(toNode).filter((node) => node !== '');

const toNode = (entry: OrderedNode): XmlNode => {
  const name = Object.keys(entry).find((key) => key !== ':@');
  if (name === undefined) return '';
  if (name === '#text') return decodeEntities(String(entry[name]));
  if (name === '#cdata') return (entry[name] as OrderedNode[]).map((part) => String(part['#text'] ?? '')).join('');
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(entry[':@'] ?? {})) attributes[key] = decodeEntities(String(value));
  return { name, attributes, children: toNodes(entry[name] as OrderedNode[]) };
};

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

export const childElements = (element: XmlElement, ...names: string[]): XmlElement[] =>
  element.children.filter((child): child is XmlElement => isElement(child) && (names.length === 0 || names.includes(child.name)));

/** The first descendant with this name, depth first. */
export const findElement = (element: XmlElement, name: string): XmlElement | null => {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.name === name) return child;
    const found = findElement(child, name);
    if (found) return found;
  }
  return null;
};
