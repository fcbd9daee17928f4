/** Controls that print nothing (C0 and C1 but tab and line feed, and DEL): a PDF/A font has no glyph for them. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const MISSING_GLYPH = /PDF\/A-2b error: the text `\\?"(.*?)\\?"` could not be displayed/g;

/** A text as a PDF prints it: controls dropped, each character without a glyph as "?". */
export function printableText(text: string, unprintable: ReadonlySet<string>): string {
  return [...text.replace(CONTROLS, '')].map((char) => (unprintable.has(char) ? '?' : char)).join('');
}

/** The characters Typst's diagnostics say no shipped font has (its text in Rust's debug form, perhaps twice: `\u{7}`, `\\"`). */
export function withoutGlyph(diagnostics: string): string[] {
  return [...diagnostics.matchAll(MISSING_GLYPH)].flatMap((match) => [
    ...match[1].replace(/\\+u\{([0-9a-f]+)\}/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/\\+(.)/g, '$1'),
  ]);
}

/** A title as a file name's part: letters, digits, "-" and "_" (accents dropped), spaces as "-", at most 60 characters. */
export function fileNamePart(text: string, fallback: string): string {
  return text.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || fallback;
}
