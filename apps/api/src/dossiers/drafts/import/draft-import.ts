import { parseAknDraft } from './akn.parser';
import { parseDocxDraft } from './docx.parser';
import { DraftImportError } from './draft-import-error';
import { describeSurvey } from './draft-survey';
import { detectFormat, extensionOf } from './format-detection';
import { legacyEncoding } from './import-warnings';
import { type ParsedDraft, countNodes, withStorableText } from './parsed-draft';
import { decodeText } from '../../../common/files/text-decoding';
import { parseTextDraft } from './text.parser';

export interface DraftUpload {
  buffer: Buffer;
  filename: string;
  mimeType?: string;
}

export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;
export const MAX_PROVISIONS = 3_000;

/**
 * Reads an uploaded draft (Word, plain text, Markdown or Akoma Ntoso) into a tree of provisions.
 * Throws DraftImportError, with a message fit for the person who uploaded the file, when it cannot.
 */
export const parseDraft = async (upload: DraftUpload): Promise<ParsedDraft> => {
  const { buffer, filename, mimeType } = upload;
  if (buffer.length > MAX_DRAFT_BYTES) {
    throw new DraftImportError('TOO_LARGE', 'This file is larger than 10 MB. Split the draft or remove images from it.');
  }
  if (buffer.length === 0) throw new DraftImportError('NO_PROVISIONS', 'This file is empty.');
  const draft = await parseByFormat(buffer, detectFormat(buffer, filename, mimeType), filename);
  return checkContents(withStorableText(draft));
};

const parseByFormat = async (buffer: Buffer, format: ParsedDraft['format'], filename: string): Promise<ParsedDraft> => {
  if (format === 'DOCX') return parseDocxDraft(buffer);
  const decoded = decodeText(buffer);
  if (!decoded) throw notText(filename);
  const draft = format === 'AKN' ? parseAknDraft(decoded.text) : parseTextDraft(decoded.text, format);
  if (decoded.encoding === 'windows-1252') {
    draft.warnings.push(legacyEncoding());
  }
  return draft;
};

const notText = (filename: string): DraftImportError => {
  const extension = extensionOf(filename);
  return extension === '' || ['txt', 'text', 'md', 'markdown', 'xml', 'akn'].includes(extension)
    ? new DraftImportError('CORRUPT_FILE', 'This file does not contain readable text; it may be damaged or not a text file.')
    : new DraftImportError(
        'UNSUPPORTED_FORMAT',
        'This kind of file cannot be imported. Upload a Word document (.docx), a text or Markdown file, or Akoma Ntoso XML.',
      );
};

const checkContents = (draft: ParsedDraft): ParsedDraft => {
  const { all, articles } = countNodes(draft.nodes);
  if (articles === 0) {
    const survey = draft.survey ?? { headings: 0, numberedLines: 0, firstLines: [], style: 'NONE' as const };
    throw new DraftImportError('NO_PROVISIONS', describeSurvey(survey), {
      details: {
        reason: survey.style,
        params: { headings: survey.headings, numbered: survey.numberedLines, firstLines: survey.firstLines.join(' / ') },
      },
    });
  }
  if (all > MAX_PROVISIONS) {
    throw new DraftImportError(
      'TOO_MANY_PROVISIONS',
      `This draft has ${all} provisions; at most ${MAX_PROVISIONS} can be imported at once. Split it into several drafts.`,
    );
  }
  return draft;
};
