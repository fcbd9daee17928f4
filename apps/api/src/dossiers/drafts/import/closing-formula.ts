/**
 * Where a draft's closing block begins, after its last unit: "Done at Brussels, 12 March 2026", "Fait à Genève, le…",
 * "Hecho en Madrid…", "Dado en…", "Given under my hand…" — the place and date, then the signatures.
 */
const CLOSING_FORMULA = /^(?:Done (?:at|in)|Fait (?:à|au|en)|Hecho en|Dado en|Given under my hand)\s/iu;

export const isClosingFormula = (text: string): boolean => CLOSING_FORMULA.test(text.trim());
