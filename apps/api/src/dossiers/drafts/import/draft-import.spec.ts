import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { MAX_DRAFT_BYTES, parseDraft } from './draft-import';
import { DraftImportError } from './draft-import-error';
import { storedZip, zipBomb } from './zip.fixture';

const SAMPLE = resolve(__dirname, '../../../../test/fixtures/ch-sr-172.010.1.akn.xml');

const text = (content: string, filename = 'draft.txt', mimeType?: string) =>
  parseDraft({ buffer: Buffer.from(content, 'utf8'), filename, mimeType });

const wordDraft = () =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Article 1'), new Paragraph('Texte.')] }] }));

/** The same "random" bytes on every run. */
const noise = (length: number, seed = 42): Buffer => {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
};

describe('parseDraft', () => {
  it('imports the Akoma Ntoso sample with its 92 articles, 3 transitional provisions and 3 annex lists', async () => {
    const draft = await parseDraft({ buffer: readFileSync(SAMPLE), filename: 'ch-sr-172.010.1.akn.xml' });
    expect([draft.format, draft.articleCount]).toEqual(['AKN', 98]);
  });

  it('recognises a Word document by its content whatever its name', async () => {
    const draft = await parseDraft({ buffer: await wordDraft(), filename: 'upload.bin' });
    expect([draft.format, draft.articleCount]).toEqual(['DOCX', 1]);
  });

  it('reads a .txt file as plain text', async () => {
    expect((await text('Article 1\nText.')).format).toBe('TEXT');
  });

  it('reads a .md file as Markdown', async () => {
    expect((await text('# Article 1\nText.', 'draft.md')).format).toBe('MARKDOWN');
  });

  it('reads a text/markdown upload as Markdown whatever its name', async () => {
    expect((await text('# Article 1\nText.', 'draft', 'text/markdown; charset=utf-8')).format).toBe('MARKDOWN');
  });

  it('recognises Akoma Ntoso by its content', async () => {
    const xml = '<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body><article eId="art_1"><num>Art. 1</num></article></body></act></akomaNtoso>';
    expect((await text(xml, 'draft.txt')).format).toBe('AKN');
  });

  it('reads a UTF-8 byte order mark as such', async () => {
    const draft = await parseDraft({ buffer: Buffer.from('\uFEFFArticle 1\nTexte é.', 'utf8'), filename: 'draft.txt' });
    expect(draft.nodes[0].text).toBe('Texte é.');
  });

  it('reads a legacy Windows text file and warns about it', async () => {
    const draft = await parseDraft({ buffer: Buffer.from('Article 1\nLe salari\xe9 a droit au repos.', 'latin1'), filename: 'draft.txt' });
    expect(draft.nodes[0].text).toBe('Le salarié a droit au repos.');
    expect(draft.warnings).toEqual([{ reason: 'LEGACY_ENCODING', params: {} }]);
  });

  it('reads a UTF-16 text file', async () => {
    const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Artículo 1\nTexto.', 'utf16le')]);
    expect((await parseDraft({ buffer, filename: 'draft.txt' })).nodes[0].key).toBe('art_1');
  });
});

describe('parseDraft refusals', () => {
  it('throws DraftImportError with a message for a person', async () => {
    const error = await text('Nothing here.').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftImportError);
    expect((error as DraftImportError).message).toMatch(/^No article was found/u);
  });

  it('refuses an empty file', async () => {
    await expect(text('')).rejects.toMatchObject({ code: 'NO_PROVISIONS' });
  });

  it('refuses a text without any article', async () => {
    await expect(text('Chapter 1\nGeneral provisions\nSome words.')).rejects.toMatchObject({ code: 'NO_PROVISIONS' });
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const buffer = Buffer.alloc(MAX_DRAFT_BYTES + 1, 'Article 1\n');
    await expect(parseDraft({ buffer, filename: 'draft.txt' })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses a draft with more than 3,000 provisions', async () => {
    const articles = Array.from({ length: 1501 }, (_, i) => `Article ${i + 1}\n1. Text.`).join('\n');
    await expect(text(articles)).rejects.toMatchObject({ code: 'TOO_MANY_PROVISIONS' });
  });

  it('accepts a draft of exactly 3,000 provisions', async () => {
    const articles = Array.from({ length: 1500 }, (_, i) => `Article ${i + 1}\n1. Text.`).join('\n');
    expect((await text(articles)).articleCount).toBe(1500);
  });

  it('refuses random bytes of unknown type as unsupported', async () => {
    await expect(parseDraft({ buffer: noise(64 * 1024), filename: 'draft.bin' })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });

  it('refuses random bytes named .txt as corrupt', async () => {
    await expect(parseDraft({ buffer: noise(64 * 1024), filename: 'draft.txt' })).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('refuses random bytes named .docx as corrupt', async () => {
    await expect(parseDraft({ buffer: noise(4096), filename: 'draft.docx' })).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('refuses a truncated Word document as corrupt', async () => {
    const buffer = await wordDraft();
    await expect(parseDraft({ buffer: buffer.subarray(0, 1000), filename: 'draft.docx' })).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('refuses a zip archive that is not a Word document', async () => {
    const buffer = storedZip([{ name: 'notes.txt', content: Buffer.from('Article 1') }]);
    await expect(parseDraft({ buffer, filename: 'draft.zip' })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });

  it('refuses a Word document that would unpack to hundreds of megabytes', async () => {
    const buffer = zipBomb(1024 * 1024, 500 * 1024 * 1024);
    await expect(parseDraft({ buffer, filename: 'draft.docx' })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses a Word zip bomb whose directory declares 1,000 bytes as too large', async () => {
    await expect(parseDraft({ buffer: zipBomb(1.1 * 1024 ** 3), filename: 'draft.docx' })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses a zip of too many entries as too large', async () => {
    const entries = Array.from({ length: 5_001 }, (_, i) => ({ name: `word/part${i}.xml`, content: Buffer.alloc(0) }));
    const buffer = storedZip([{ name: 'word/document.xml', content: Buffer.from('<w:document/>') }, ...entries]);
    await expect(parseDraft({ buffer, filename: 'draft.docx' })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses a zip that lists one name 5,001 times as too large', async () => {
    const buffer = storedZip(Array.from({ length: 5_001 }, () => ({ name: 'word/document.xml', content: Buffer.from('<w:document/>') })));
    await expect(parseDraft({ buffer, filename: 'draft.docx' })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses a PDF with a hint to upload the Word file', async () => {
    await expect(parseDraft({ buffer: Buffer.from('%PDF-1.7\n...'), filename: 'draft.pdf' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: expect.stringContaining('.docx'),
    });
  });

  it('refuses an old binary .doc file', async () => {
    const buffer = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(512)]);
    await expect(parseDraft({ buffer, filename: 'draft.doc' })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });

  it('refuses malformed XML as corrupt', async () => {
    await expect(text('<?xml version="1.0"?><akomaNtoso><act><body>', 'draft.xml')).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('refuses an XML entity-expansion bomb without expanding it', async () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY lol "lol">${entities}]><akomaNtoso><act><body><article><num>&lol9;</num></article></body></act></akomaNtoso>`;
    await expect(text(bomb, 'draft.xml')).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });

  it('refuses XML that is not Akoma Ntoso', async () => {
    await expect(text('<?xml version="1.0"?><w:document xmlns:w="x"/>', 'draft.xml')).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
  });

  it('gets through a long single line of text without articles', async () => {
    await expect(text('word '.repeat(1_000_000))).rejects.toMatchObject({ code: 'NO_PROVISIONS' });
  });
});

describe('parseDraft on a draft without numbered units', () => {
  const refusal = (body: string, filename = 'draft.txt'): Promise<DraftImportError> =>
    text(body, filename).then(
      () => Promise.reject(new Error('imported')),
      (e: unknown) => e as DraftImportError,
    );

  it('says what it found and how the first lines read', async () => {
    const error = await refusal('Labour Code\n\n1) Scope\nThis code applies to workers.\n\n2) Wages\nWages are paid monthly.');
    expect(error.message).toBe(
      'No article was found in this file: 0 headings, 2 numbered lines, 0 numbered units; the first lines read “Labour Code / 1) Scope / This code applies to workers.”. Its lines are numbered “1)”: start each provision with “1.”, “Section 1” or “Article 1” instead.',
    );
  });

  it('hands the web the figures and the closest numbering style to say it in the reader’s language', async () => {
    const error = await refusal('§ 1 Geltungsbereich\nDieses Gesetz gilt für alle.\n§ 2 Begriffe\nIm Sinne dieses Gesetzes…');
    expect(error.details).toEqual({
      reason: 'PARAGRAPH_SIGN',
      params: { headings: 0, numbered: 2, firstLines: '§ 1 Geltungsbereich / Dieses Gesetz gilt für alle. / § 2 Begriffe' },
    });
  });

  it('counts the headings of a Markdown draft whose headings carry no number', async () => {
    const error = await refusal('# Code\n\n## Scope\n\nText.\n\n## Wages\n\nText.', 'draft.md');
    expect(error.details).toMatchObject({ reason: 'UNNUMBERED_HEADINGS', params: { headings: 3 } });
  });

  it('reads an Akoma Ntoso document without units the same way', async () => {
    const xml = '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body><hcontainer><heading>Scope</heading><p>Text.</p></hcontainer></body></act></akomaNtoso>';
    const error = await refusal(xml, 'draft.xml');
    expect(error.details).toMatchObject({ reason: 'UNNUMBERED_HEADINGS', params: { headings: 1, numbered: 0 } });
  });
});
