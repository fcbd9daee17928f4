/** What a draft calls its numbered units, as the preview says it ("243 sections", "92 articles"). */
export type UnitName = 'ARTICLE' | 'SECTION' | 'RULE' | 'REGULATION' | 'CLAUSE' | 'UNIT';

const NAMES: Array<[RegExp, UnitName]> = [
  [/^(art\b|art\.|article|artículo|articulo|artigo|artikel)/i, 'ARTICLE'],
  [/^(section|sec\.|s\.\s*\d|§)/i, 'SECTION'],
  [/^rule\b/i, 'RULE'],
  [/^reg(ulation|\.)/i, 'REGULATION'],
  [/^clause\b/i, 'CLAUSE'],
  // "1. Short title", "1.—(1)": numbered sections of the common-law style.
  [/^\d/, 'SECTION'],
];

/** The name most of the units' numbers use; UNIT when there are none or none is recognised. */
export function unitNameOf(numbers: ReadonlyArray<string | null>): UnitName {
  const votes = new Map<UnitName, number>();
  for (const number of numbers) {
    const name = NAMES.find(([pattern]) => pattern.test((number ?? '').trim()))?.[1] ?? 'UNIT';
    votes.set(name, (votes.get(name) ?? 0) + 1);
  }
  let best: UnitName = 'UNIT';
  let most = 0;
  for (const [name, count] of votes) if (count > most) [best, most] = [name, count];
  return best;
}
