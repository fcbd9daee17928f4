import { XMLBuilder } from 'fast-xml-parser';

/** A node as fast-xml-parser's builder takes it in ordered mode: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
export type XmlNode = Record<string, unknown>;
type Child = XmlNode | string | null | undefined | false;

/** Characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/FFFF): dropped, so no text makes the document ill-formed. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const xmlText = (text: string): XmlNode => ({ '#text': text.replace(NOT_XML, '') });

/** An element; string children become text, empty ones are left out; undefined attributes are not written. */
export function el(name: string, attributes: Record<string, string | number | undefined> = {}, children: Child[] = []): XmlNode {
  const attrs = Object.fromEntries(Object.entries(attributes).flatMap(([key, value]) => (value === undefined ? [] : [[`@_${key}`, String(value).replace(NOT_XML, '')]])));
  const nodes = children.flatMap((child) => (!child ? [] : typeof child === 'string' ? [xmlText(child)] : [child]));
  return Object.keys(attrs).length ? { [name]: nodes, ':@': attrs } : { [name]: nodes };
}

// Not formatted: indentation would add white space inside mixed content (a paragraph with an inline element).
const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', format: false, suppressEmptyNode: true, processEntities: true });

/** The document, escaped by the builder (text and attribute values), with its XML declaration. */
export function buildXml(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([root])}\n`;
}
