import type { ImportWarning } from '@tripart/contracts';
import { DOCUMENTS } from './akn-elements';
import { AknReader } from './akn-reader';
import { documentLanguage, documentTitle, renderBlocks, toLines } from './akn-text';
import { DraftImportError } from './draft-import-error';
import { type DraftSurvey, surveyBlocks } from './draft-survey';
import { unknownNamespace } from './import-warnings';
import type { ParsedDraft } from './parsed-draft';
import { type XmlElement, childElements, parseXml } from './xml-tree';

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
const namespaceWarnings = (xml: string): ImportWarning[] => {
  const prolog = xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/gu, '');
  const match = /<(?:([\w.-]+):)?akomaNtoso\b([^>]*)>/u.exec(prolog);
  const prefix = match?.[1];
  const attributes = match?.[2] ?? '';
  const declaration = prefix ? new RegExp(`\\bxmlns:${prefix.replace(/\./gu, '\\.')}\\s*=\\s*"([^"]*)"`, 'u') : /\bxmlns\s*=\s*"([^"]*)"/u;
  const namespace = declaration.exec(attributes)?.[1];
  if (namespace === AKN_3_NAMESPACE || namespace === AKN_2_NAMESPACE) return [];
  return [unknownNamespace(namespace ?? '')];
};

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

