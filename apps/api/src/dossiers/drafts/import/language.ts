/**
 * A rough guess at the language of a text draft (English, French or Spanish), from the commonest short words.
 * Good enough to preselect the draft's language; a person can always correct it.
 */

const STOPWORDS: Readonly<Record<'en' | 'fr' | 'es', ReadonlySet<string>>> = {
  en: new Set(['the', 'of', 'and', 'to', 'shall', 'be', 'any', 'which', 'by', 'this', 'or', 'is', 'with', 'an']),
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'un', 'une', 'au', 'aux', 'par', 'sont', 'dans', 'ou']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'que', 'por', 'con', 'una', 'para', 'sus', 'al', 'se', 'será']),
};

const SAMPLE_CHARS = 50_000;
const MIN_HITS = 5;

export const guessLanguage = (text: string): string | null => {
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | null = null;
  let bestHits = MIN_HITS - 1;
  for (const [language, stopwords] of Object.entries(STOPWORDS)) {
    const hits = words.reduce((sum, word) => sum + (stopwords.has(word) ? 1 : 0), 0);
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  }
  return best;
};
