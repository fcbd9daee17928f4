import { readFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { CONSTITUENCIES } from '@tripart/contracts';
import { exportMoment } from './minutes-export.labels';
import type { MinutesExportDocument } from './minutes-export.document';
import { MINUTES_PDF_TEMPLATE } from './minutes-pdf.template';
import { minutesPrintout } from './minutes-printout';

/** The fonts shipped from npm: Noto Sans (Latin, extended Latin, Greek, Cyrillic) and Noto Naskh Arabic. */
const FONT_FILES = [
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
  '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
];

let compiler: NodeCompiler | null = null;

/** One compiler per process: loading the fonts takes ~200 ms, a compilation a few ms. */
function typst(): NodeCompiler {
  compiler ??= NodeCompiler.create({ fontArgs: [{ fontBlobs: FONT_FILES.map((file) => readFileSync(require.resolve(file))) }] });
  return compiler;
}

/** The PDF's metadata and blocks, as the template reads them from sys.inputs. */
function templateData(document: MinutesExportDocument) {
  const { labels, content } = document;
  const title = `${labels.kinds[document.kind]} — ${content.session.title}`;
  return {
    title,
    lang: labels.locale,
    authors: content.session.chairs.length ? content.session.chairs : ['Tripart'],
    keywords: [labels.kinds[document.kind], labels.revision(document.revision), ...CONSTITUENCIES.map((side) => labels.delegations[side])],
    footer: `${title} · ${labels.revision(document.revision)} · ${exportMoment(labels, document.exportedAt)}`,
    blocks: minutesPrintout(document),
  };
}

/** Controls that print nothing (C0 and C1 but tab and line feed, and DEL): a PDF/A font has no glyph for them. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const MISSING_GLYPH = /PDF\/A-2b error: the text `\\?"(.*?)\\?"` could not be displayed/g;

/** The characters Typst's diagnostics say no shipped font has (its text in Rust's debug form, perhaps twice: `\u{7}`, `\\"`). */
function missingGlyphs(diagnostics: string): string[] {
  return [...diagnostics.matchAll(MISSING_GLYPH)].flatMap((match) => [
    ...match[1].replace(/\\+u\{([0-9a-f]+)\}/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/\\+(.)/g, '$1'),
  ]);
}

/**
 * Minutes as PDF/A-2b, typeset by Typst. PDF/A embeds a glyph for every
 * character: one no shipped font has (a script other than Latin, Greek,
 * Cyrillic and Arabic, an emoji) is printed as "?" rather than failing the
 * whole document.
 */
export function toMinutesPdf(document: MinutesExportDocument): Buffer {
  const data = templateData(document);
  const unprintable = new Set<string>();
  for (let attempt = 0; attempt < 8; attempt++) {
    const clean = (text: string) => [...text.replace(CONTROLS, '')].map((char) => (unprintable.has(char) ? '?' : char)).join('');
    const json = JSON.stringify(data, (_key, value: unknown) => (typeof value === 'string' ? clean(value) : value));
    let described: string;
    try {
      const compiled = typst().compile({ mainFileContent: MINUTES_PDF_TEMPLATE, inputs: { data: json } });
      if (compiled.result) return typst().pdf(compiled.result, { pdfStandard: 'a-2b', creationTimestamp: Math.floor(document.exportedAt.getTime() / 1000) });
      const diagnostics = compiled.takeDiagnostics();
      described = JSON.stringify(diagnostics ? typst().fetchDiagnostics(diagnostics) : []);
    } catch (failure) {
      described = failure instanceof Error ? failure.message : String(failure); // the compiler throws its diagnostics
    }
    const missing = missingGlyphs(described).filter((char) => !unprintable.has(char));
    if (!missing.length) throw new Error(`The minutes PDF could not be typeset: ${described}`);
    missing.forEach((char) => unprintable.add(char));
  }
  throw new Error('The minutes PDF could not be typeset: too many characters without a glyph.');
}
