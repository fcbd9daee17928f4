import mammoth from 'mammoth';
import { DraftImportError } from './draft-import-error';
import { htmlToBlocks } from './html-blocks';
import { surveyBlocks } from './draft-survey';
import { guessLanguage } from './language';
import type { ParsedDraft } from './parsed-draft';
import { recognizeStructure } from './structure-recognizer';
import { unpackZip, ZipRefusal, type UnpackedZip } from '../../../common/files/zip-archive';

/** Word drafts: mammoth's HTML keeps paragraphs, headings and lists apart, then the text rules apply. */

/**
 * A draft of a few hundred pages is a few megabytes of XML; far beyond that is a
 * zip bomb, not a law. Only the XML parts are unpacked (pictures carry no provision
 * text), and mammoth gets those parts, never the archive: it would inflate it again,
 * without a limit.
 */
export const MAX_UNPACKED_XML_BYTES = 50 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 5_000;
const isXmlPart = (name: string) => /\.(xml|rels)$/iu.test(name);

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export const parseDocxDraft = async (buffer: Buffer): Promise<ParsedDraft> => {
  const html = await convert(await unpack(buffer));
  const blocks = htmlToBlocks(html);
  const structure = recognizeStructure(blocks);
  return {
    format: 'DOCX',
    title: structure.title,
    language: guessLanguage(blocks.map((block) => block.text).join('\n')),
    nodes: structure.nodes,
    articleCount: structure.articleCount,
    warnings: structure.warnings,
    ...(structure.articleCount === 0 ? { survey: surveyBlocks(blocks) } : {}),
  };
};

const unpack = async (buffer: Buffer): Promise<UnpackedZip> => {
  let zip: UnpackedZip;
  try {
    zip = await unpackZip(buffer, isXmlPart, { maxUnpackedBytes: MAX_UNPACKED_XML_BYTES, maxEntries: MAX_ZIP_ENTRIES });
  } catch (error) {
    if (error instanceof ZipRefusal && error.reason === 'too-large') {
      throw new DraftImportError('TOO_LARGE', 'This Word document is too large once unpacked (over 50 MB of text). Split it into several drafts.', { cause: error });
    }
    throw new DraftImportError('CORRUPT_FILE', 'This Word file is damaged or incomplete. Save it again and re-upload it.', { cause: error });
  }
  if (!zip.names.has('word/document.xml')) {
    throw new DraftImportError(
      'UNSUPPORTED_FORMAT',
      'This file is a zip archive but not a Word document. Upload a .docx, a text file or Akoma Ntoso XML.',
    );
  }
  return zip;
};

/**
 * The unpacked parts in the shape mammoth reads a .docx through (its `file`
 * input: `exists` and `read`); a part not unpacked (a picture) reads as empty.
 */
const asMammothFile = ({ names, parts }: UnpackedZip) => ({
  exists: (name: string) => names.has(name),
  read: async (name: string, encoding?: string) => {
    const bytes = parts.get(name) ?? Buffer.alloc(0);
    return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
  },
});

const convert = async (zip: UnpackedZip): Promise<string> => {
  try {
    // mammoth's typings list only `path` and `buffer`; its reader takes an opened file too (lib/unzip.js).
    const input = { file: asMammothFile(zip) } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      // Images carry no provision text; skipping them spares base64-encoding every picture.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    return result.value;
  } catch (error) {
    throw new DraftImportError(
      'CORRUPT_FILE',
      'This Word file could not be read; it may be damaged. Open it in Word, save it again and re-upload it.',
      { cause: error },
    );
  }
};
