import { labelText } from './akn-text';
import { type XmlElement, childElements } from './xml-tree';

/** What an Akoma Ntoso schedule or annex says of itself: whether the file holds it, what it is called. */

/** References to a document elsewhere: an attachment holding only these is a separate file. */
const REFERENCES = new Set(['documentRef', 'componentRef']);
const LABELS = new Set(['num', 'heading', 'subheading']);

/** Whether an attachment that holds no document holds text of its own (not only a reference to another file). */
export const holdsText = (element: XmlElement): boolean =>
  childElements(element).some((child) => !LABELS.has(child.name) && !REFERENCES.has(child.name) && child.name !== 'meta');

/** What names an annex the file does not hold: its reference's `showAs`, else its heading. */
export const referenceName = (element: XmlElement): string => {
  const reference = childElements(element, 'documentRef', 'componentRef')[0];
  const heading = childElements(element, 'heading')[0];
  return reference?.attributes.showAs ?? (heading ? labelText(heading, [], false) : '');
};

/** An annex that names itself in its own cover (Fedlex: `<preface><container name="headerOfAnnex"><block name="num">Anhang 1`). */
export const annexHeader = (document: XmlElement, notes: string[]): { number: string | null; heading: string | null } => {
  const preface = childElements(document, 'preface')[0];
  const block = (name: string) => {
    const found = preface && findAll(preface, (element) => element.name === 'block' && element.attributes.name === name)[0];
    return found ? labelText(found, notes, name === 'num') || null : null;
  };
  return { number: block('num'), heading: block('heading') };
};

const findAll = (element: XmlElement, test: (element: XmlElement) => boolean): XmlElement[] =>
  childElements(element).flatMap((child) => (test(child) ? [child] : findAll(child, test)));
