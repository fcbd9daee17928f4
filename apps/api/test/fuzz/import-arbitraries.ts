import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { bombEntry, zipOf, type FixtureEntry } from '../../src/dossiers/drafts/import/zip.fixture';
import { hostileString } from './fuzz-support';

/** Arbitrary files for the importer: bytes, text, XML that looks like Akoma Ntoso, zips that look like Word. */

export interface FuzzFile {
  content: Buffer;
  filename: string;
}

const words = fc.constantFrom('Article 1', 'Art. 2', 'Artículo 3', 'Article premier', 'Chapter I', 'Chapitre II', 'Section 1', '1.', '(a)', 'Title', 'The employer', 'shall pay', '§ 4', '—', '');
const line = fc.oneof({ weight: 3, arbitrary: fc.array(words, { maxLength: 6 }).map((parts) => parts.join(' ')) }, { weight: 1, arbitrary: hostileString() });
const textDraft = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\n\n')).map(([lines, end]) => lines.join(end));

const aknTag = fc.constantFrom('akomaNtoso', 'act', 'bill', 'body', 'chapter', 'section', 'part', 'article', 'paragraph', 'num', 'heading', 'content', 'p', 'authorialNote', 'intro', 'list', 'point', 'meta', 'preface', 'docTitle', 'x:y');
const xmlText = fc.oneof(
  { weight: 4, arbitrary: line },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&lt;', '&#0;', '&#x1F;', '&#xD800;', '&#1114112;', '&undefined;', '<![CDATA[Article 9]]>', '<!-- note -->', '<?pi x?>', ']]>', '&') },
);
const xmlNode: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? xmlText
    : fc.oneof(
        { weight: 2, arbitrary: xmlText },
        {
          weight: 3,
          arbitrary: fc
            .tuple(aknTag, fc.array(fc.tuple(fc.constantFrom('eId', 'name', 'xml:lang', 'refersTo', 'x'), hostileString()), { maxLength: 2 }), fc.array(xmlNode(depth - 1), { maxLength: 4 }))
            .map(([tag, attributes, children]) => `<${tag}${attributes.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')}>${children.join('')}</${tag}>`),
        },
      ),
);
const akomaNtoso = fc
  .tuple(fc.constantFrom('<?xml version="1.0" encoding="UTF-8"?>', '', '<?xml version="1.1"?>', '<!DOCTYPE akomaNtoso>'), xmlNode(5), fc.boolean())
  .map(([prolog, body, wrap]) => (wrap ? `${prolog}<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>${body}</body></act></akomaNtoso>` : `${prolog}${body}`));

const wordParagraph = fc
  .tuple(fc.option(fc.constantFrom('Title', 'Heading1', 'Heading2', 'ListParagraph', '"'), { nil: undefined }), line, fc.boolean())
  .map(([style, text, numbered]) => `<w:p>${style || numbered ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbered ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text.replace(/[<&]/g, ' ')}</w:t></w:r></w:p>`);
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const documentXml = fc.oneof(
  { weight: 4, arbitrary: fc.array(wordParagraph, { maxLength: 30 }).map((ps) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${ps.join('')}</w:body></w:document>`) },
  { weight: 1, arbitrary: xmlNode(4) },
);
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const partName = fc.constantFrom('word/document.xml', '[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/media/image1.png', 'docProps/core.xml', '../evil.xml', 'word/', '');
const zipPart = fc
  .tuple(partName, fc.oneof(documentXml, xmlNode(3), fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b).toString('latin1'))), fc.boolean(), fc.option(fc.nat(), { nil: undefined }))
  .map(([name, content, deflated, lie]): FixtureEntry => {
    const bytes = Buffer.from(content);
    return deflated
      ? { name, content: deflateRawSync(bytes), deflated: true, declaredSize: lie ?? bytes.length, crc: crc32(bytes) }
      : { name, content: bytes, declaredSize: lie, crc: crc32(bytes) };
  });
const wordZip = fc
  .tuple(documentXml, fc.array(zipPart, { maxLength: 5 }), fc.boolean(), fc.integer({ min: 1, max: 64 }))
  .map(([document, parts, bomb, bombMib]) => {
    const doc = Buffer.from(document);
    const entries: FixtureEntry[] = [
      { name: '_rels/.rels', content: Buffer.from(RELS), crc: crc32(Buffer.from(RELS)) },
      { name: 'word/document.xml', content: deflateRawSync(doc), deflated: true, declaredSize: doc.length, crc: crc32(doc) },
      ...parts,
      ...(bomb ? [bombEntry('word/styles.xml', bombMib * 1024 * 1024, 100)] : []),
    ];
    return zipOf(entries);
  });
/** A valid-looking file with some of its bytes changed or cut: the parsers' error paths. */
const damaged = (file: fc.Arbitrary<Buffer>) =>
  fc.tuple(file, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 8 }), fc.option(fc.nat(), { nil: undefined })).map(([bytes, flips, cut]) => {
    const copy = Buffer.from(bytes);
    for (const [at, value] of flips) if (copy.length) copy[at % copy.length] = value;
    return cut === undefined || copy.length === 0 ? copy : copy.subarray(0, cut % copy.length);
  });

const named = (content: fc.Arbitrary<Buffer>, names: string[]) => fc.tuple(content, fc.constantFrom(...names)).map(([c, filename]): FuzzFile => ({ content: c, filename }));

export const fuzzFile: fc.Arbitrary<FuzzFile> = fc.oneof(
  { weight: 2, arbitrary: named(fc.uint8Array({ maxLength: 4_096 }).map((b) => Buffer.from(b)), ['draft.bin', 'draft.txt', 'draft.docx', 'draft.xml', 'draft']) },
  { weight: 2, arbitrary: named(textDraft.map((s) => Buffer.from(s)), ['draft.txt', 'draft.md', 'draft']) },
  { weight: 3, arbitrary: named(akomaNtoso.map((s) => Buffer.from(s)), ['act.akn.xml', 'draft.xml']) },
  { weight: 3, arbitrary: named(wordZip, ['draft.docx', 'draft.zip']) },
  { weight: 2, arbitrary: named(damaged(fc.oneof(wordZip, akomaNtoso.map((s) => Buffer.from(s)))), ['draft.docx', 'act.xml']) },
);
