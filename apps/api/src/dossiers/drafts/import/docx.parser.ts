import mammoth from 'mammoth';
import { DraftImportError } from './draft-import-error';
import { htmlToBlocks } from './html-blocks';
import { guessLanguage } from './language';
import type { ParsedDraft } from './parsed-draft';
import { recognizeStructure } from './structure-recognizer';
import { readZipDirectory } from './zip-directory';

/** Word drafts: mammoth's HTML keeps paragraphs, headings and lists apart, then the text rules apply. */

// A draft of a few hundred pages unpacks to a few megabytes; far beyond that is a zip bomb, not a law.
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export const parseDocxDraft = async (buffer: Buffer): Promise<ParsedDraft> => {
  checkArchive(buffer);
  const html = await convert(buffer);
  const blocks = htmlToBlocks(html);
  const structure = recognizeStructure(blocks);
  return {
    format: 'DOCX',
    title: structure.title,
    language: guessLanguage(blocks.map((block) => block.text).join('\n')),
    nodes: structure.nodes,
    articleCount: structure.articleCount,
    warnings: structure.warnings,
  };
};

const checkArchive = (buffer: Buffer): void => {
  const entries = readZipDirectory(buffer);
  if (!entries) {
    throw new DraftImportError('CORRUPT_FILE', 'This Word file is damaged or incomplete. Save it again and re-upload it.');
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new DraftImportError(
      'UNSUPPORTED_FORMAT',
      'This file is a zip archive but not a Word document. Upload a .docx, a text file or Akoma Ntoso XML.',
    );
  }
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new DraftImportError('TOO_LARGE', 'This Word document is too large once unpacked. Split it or remove images.');
  }
};

const convert = async (buffer: Buffer): Promise<string> => {
  try {
    const result = await mammoth.convertToHtml({ buffer }, {
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
