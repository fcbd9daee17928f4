import { extractText, getDocumentProxy } from 'unpdf';
import { unpackZip } from '../files/zip-archive';
import { printCell, printTable, type Printout } from './print-blocks';
import { printDocx } from './print-docx';
import { printPdf } from './print-pdf';

const printout = (): Printout => ({
  title: 'Tones',
  lang: 'en',
  authors: ['Tripart'],
  keywords: [],
  footer: 'Tones',
  createdAt: new Date('2026-12-03T12:00:00Z'),
  blocks: [printTable(['Provision', 'Outcome'], [['Article 1', printCell('Agreement — Consensus', 'agree')], ['Article 2', printCell('Disagreement — No consensus', 'divided')], ['Article 3', 'Not yet settled']])],
});

/** A toned cell is filled lightly in Word and in the PDF; its words stay as they are. */
describe('toned table cells', () => {
  it('are shaded in Word with the light fills, the others not', async () => {
    const { parts } = await unpackZip(await printDocx(printout()), (name) => name === 'word/document.xml', { maxUnpackedBytes: 1_000_000, maxEntries: 50 });
    const xml = parts.get('word/document.xml')!.toString('utf8');
    expect([xml.match(/w:fill="E6F4EA"/g)?.length, xml.match(/w:fill="FDECEA"/g)?.length]).toEqual([1, 1]);
  });

  it('print as a PDF without losing a word', async () => {
    const pdf = printPdf(printout());
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, ' ');
    for (const words of ['Agreement — Consensus', 'Disagreement — No consensus', 'Not yet settled']) expect(text).toContain(words);
  });
});
