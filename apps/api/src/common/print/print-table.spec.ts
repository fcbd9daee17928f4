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

/** Printed tables: toned cells filled lightly in Word and in the PDF, their words as they are; long tokens whole in the text layer. */
describe('printed tables', () => {
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

  it('give a hash back whole from a narrow PDF cell, every 9 included', async () => {
    const hash = '38b2c678abd3ea7e2ef33a5c445c5cb94f15bfb794edc18db542159b689863dc';
    const narrow = { ...printout(), blocks: [printTable(['Date', 'Session', 'Revision', 'SHA-256', 'Event'], [['December 3, 2026 at 1:31 PM UTC', 'First session — Minutes', '1', hash, '#24']])] };
    const text = (await extractText(await getDocumentProxy(new Uint8Array(printPdf(narrow))), { mergePages: true })).text;
    expect(text.split('\n').some((line) => line.trim() === hash)).toBe(false); // it did wrap
    expect(text.replace(/\s+/g, '')).toContain(hash);
  });
});
