import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { exportDocument } from './minutes-export.fixture';
import { minutesExportLabels } from './minutes-export.labels';
import { toMinutesDocx } from './minutes-docx';
import { toMinutesPdf } from './minutes-pdf';

const pdfText = async (pdf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.normalize('NFKC');
const docxText = async (docx: Buffer) => (await mammoth.extractRawText({ buffer: docx })).value;

/** Minutes printed: PDF/A-2b typeset by Typst, and Word; read back as a person's tools read them. */
describe('minutes as PDF/A', () => {
  it('declare PDF/A-2b in their metadata, with the title and language', () => {
    const pdf = toMinutesPdf(exportDocument({ labels: minutesExportLabels('fr') })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pdf).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(pdf).toContain('<rdf:li>fr</rdf:li>');
  });

  it('print names in Latin, extended Latin and Arabic', async () => {
    const text = await pdfText(toMinutesPdf(exportDocument()));
    expect(text).toContain('Aminata Ndiaye');
    expect(text).toContain('Łukasz Żółć-Nguyễn');
    // Arabic letters drawn as a base and a dot glyph (ف, ز, ة) come back from any extractor at the dot's own height, out of
    // reading order, even on another line: the name's letters are all there (pdftoppm shows them joined, right to left).
    const arabic = await pdfText(toMinutesPdf(exportDocument({}, { attendance: [], items: [], opening: 'فاطمة الزهراء' })));
    expect([...new Set('فاطمة الزهراء'.replace(/\s/g, ''))].filter((letter) => !arabic.includes(letter))).toEqual([]);
  });

  it('print markup in user text as text', async () => {
    const text = await pdfText(toMinutesPdf(exportDocument()));
    expect(text).toContain('<b>bold</b> & #set text(red) *star* $x$ ]]>');
    expect(text).toContain('First <session> & "more"');
  });

  it('print a character no shipped font has as “?”, the rest of the text intact', async () => {
    const text = await pdfText(toMinutesPdf(exportDocument({}, { opening: 'Chaired with 李雷 🙂 present.' })));
    expect(text).toContain('Chaired with ?? ? present.');
  });

  it('write headings in the requester’s language', async () => {
    const text = await pdfText(toMinutesPdf(exportDocument({ labels: minutesExportLabels('es') })));
    expect(text).toContain('Acta — First');
    expect(text).toContain('Orden del día');
    expect(text).toContain('Reserva de los Trabajadores: Two years');
  });
});

describe('minutes as Word', () => {
  it('hold the facts, the narrative and the approvals, in the requester’s language', async () => {
    const text = await docxText(await toMinutesDocx(exportDocument({ labels: minutesExportLabels('fr') })));
    expect(text).toContain('Procès-verbal — First <session> & "more"');
    expect(text).toContain('Délégation des travailleurs');
    expect(text).toContain('فاطمة الزهراء');
    expect(text).toContain('Motion d’ordre — Łukasz Żółć-Nguyễn');
    expect(text).toContain('Approbations de la révision 2');
    expect(text).toContain('Modifications demandées — par فاطمة الزهراء');
  });

  it('state the seal and its hash when the revision is the sealed one', async () => {
    const seal = { hash: 'c'.repeat(64), at: new Date('2026-12-02T11:00:00Z'), eventSeq: '7' };
    const text = await docxText(await toMinutesDocx(exportDocument({ state: 'SEALED', seal })));
    expect(text).toContain(`SHA-256 of the sealed text: ${'c'.repeat(64)}`);
    expect(text).toContain('Audit event 7');
  });
});
