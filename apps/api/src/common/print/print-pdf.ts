import { readFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { Printout } from './print-blocks';
import { PRINT_PDF_TEMPLATE } from './print-pdf.template';
import { printableText, withoutGlyph } from './print-text';

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

/** One compilation: the PDF, or the compiler's diagnostics as text. */
function compile(json: string, createdAt: Date): Buffer | string {
  try {
    const compiled = typst().compile({ mainFileContent: PRINT_PDF_TEMPLATE, inputs: { data: json } });
    if (compiled.result) return typst().pdf(compiled.result, { pdfStandard: 'a-2b', creationTimestamp: Math.floor(createdAt.getTime() / 1000) });
    const diagnostics = compiled.takeDiagnostics();
    return JSON.stringify(diagnostics ? typst().fetchDiagnostics(diagnostics) : []);
  } catch (failure) {
    return failure instanceof Error ? failure.message : String(failure); // the compiler throws its diagnostics
  }
}

/**
 * A printout as PDF/A-2b, typeset by Typst. PDF/A embeds a glyph for every
 * character: one no shipped font has (a script other than Latin, Greek,
 * Cyrillic and Arabic, an emoji) is printed as "?" rather than failing the
 * whole document. `what` names the document in an error ("The minutes PDF").
 */
export function printPdf(printout: Printout, what = 'The PDF'): Buffer {
  const { createdAt, description: _description, ...data } = printout;
  const unprintable = new Set<string>();
  for (let attempt = 0; attempt < 8; attempt++) {
    const json = JSON.stringify(data, (_key, value: unknown) => (typeof value === 'string' ? printableText(value, unprintable) : value));
    const compiled = compile(json, createdAt);
    if (Buffer.isBuffer(compiled)) return compiled;
    const missing = withoutGlyph(compiled).filter((char) => !unprintable.has(char));
    if (!missing.length) throw new Error(`${what} could not be typeset: ${compiled}`);
    missing.forEach((char) => unprintable.add(char));
  }
  throw new Error(`${what} could not be typeset: too many characters without a glyph.`);
}
