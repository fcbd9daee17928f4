import { DraftImportError } from './draft-import-error';
import type { DraftFormat } from './parsed-draft';

/** Which parser a file needs, from its first bytes first: names and MIME types are often wrong. */

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const PDF = Buffer.from('%PDF');
const RTF = Buffer.from('{\\rtf');

const TEXT_EXTENSIONS = new Set(['txt', 'text']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);
const XML_EXTENSIONS = new Set(['xml', 'akn']);

export const extensionOf = (filename: string): string => /\.([^./\\]+)$/u.exec(filename)?.[1]?.toLowerCase() ?? '';

export const detectFormat = (buffer: Buffer, filename: string, mimeType?: string): DraftFormat => {
  const extension = extensionOf(filename);
  const mime = (mimeType ?? '').toLowerCase().split(';')[0].trim();
  if (startsWith(buffer, ZIP)) return zipFormat(extension);
  refuseKnownBinaries(buffer);
  if (extension === 'docx' || extension === 'doc') {
    throw new DraftImportError('CORRUPT_FILE', 'This file is named like a Word document but is not one; it may be damaged.');
  }
  if (looksLikeXml(buffer) || XML_EXTENSIONS.has(extension) || mime.endsWith('/xml') || mime.endsWith('+xml')) {
    return 'AKN';
  }
  if (MARKDOWN_EXTENSIONS.has(extension) || mime === 'text/markdown' || mime === 'text/x-markdown') return 'MARKDOWN';
  if (TEXT_EXTENSIONS.has(extension) || mime.startsWith('text/') || extension === '') return 'TEXT';
  throw unsupported();
};

const zipFormat = (extension: string): DraftFormat => {
  if (extension === 'odt' || extension === 'pages' || extension === 'xlsx' || extension === 'pptx') throw unsupported();
  return 'DOCX';
};

const refuseKnownBinaries = (buffer: Buffer): void => {
  if (startsWith(buffer, OLE)) {
    throw new DraftImportError(
      'UNSUPPORTED_FORMAT',
      'Old Word documents (.doc) cannot be read. Open the file in Word and save it as .docx, then upload it again.',
    );
  }
  if (startsWith(buffer, PDF)) {
    throw new DraftImportError(
      'UNSUPPORTED_FORMAT',
      'PDF files cannot be imported because they do not keep the structure of the text. Upload the .docx or a text file.',
    );
  }
  if (startsWith(buffer, RTF)) throw unsupported();
};

const looksLikeXml = (buffer: Buffer): boolean => {
  const head = buffer.subarray(0, 512).toString('utf8').replace(/^\uFEFF/u, '').trimStart();
  return head.startsWith('<?xml') || /^<(?:[\w-]+:)?akomaNtoso\b/u.test(head);
};

const startsWith = (buffer: Buffer, magic: Buffer): boolean =>
  buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic);

const unsupported = (): DraftImportError =>
  new DraftImportError(
    'UNSUPPORTED_FORMAT',
    'This kind of file cannot be imported. Upload a Word document (.docx), a text or Markdown file, or Akoma Ntoso XML.',
  );
