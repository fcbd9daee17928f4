import type { ProvisionItem } from './provision-tree';

type Searchable = Pick<ProvisionItem, 'id' | 'kind' | 'number' | 'heading' | 'text' | 'parentId'>;

/** Lower case, no accents, one space: "Artículo  5" → "articulo 5". */
export function folded(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** What people type before a number: "Section", "s.", "Art.", "Artículo", "Règle"… */
const UNIT_WORD = /^(article|articulo|art|section|sec|s|rule|regle|regla|regulation|reg|clause|clausula|paragraph|para|parrafo|paragraphe|alinea|§)\.?\s*/;

/** A provision number as people type it: "Section 41(2)", "s. 41 (2)", "41.2" → "41(2)" / "41.2". */
export function numberKey(value: string): string {
  return folded(value).replace(UNIT_WORD, '').replace(/\s+/g, '').replace(/\.$/, '');
}

/** The numbers a provision answers to: its own, and a paragraph's with its unit's ("41(2)", "41.2"). */
function numberKeys(provision: Searchable, byId: ReadonlyMap<string, Searchable>): string[] {
  if (!provision.number) return [];
  const own = numberKey(provision.number);
  const parent = provision.kind === 'PARAGRAPH' && provision.parentId ? byId.get(provision.parentId) : undefined;
  if (!parent?.number) return [own];
  const unit = numberKey(parent.number);
  const bare = own.replace(/[().]/g, '');
  return [own, `${unit}(${bare})`, `${unit}.${bare}`];
}

export interface DraftSearch {
  /** The provision whose number is the query, if one is ("41", "Section 41", "41(2)"). */
  numbered: string | null;
  /** Every provision the query finds, by number, heading or words: the numbered one first, then in the draft's order. */
  matches: string[];
}

/**
 * Finds provisions by number, heading or text. A unit whose text is its paragraphs' is found
 * through its paragraphs (each found once), so a match is where the words are.
 */
export function searchDraft(provisions: readonly Searchable[], query: string): DraftSearch {
  const words = folded(query);
  if (!words) return { numbered: null, matches: [] };
  const key = numberKey(query);
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const withParagraphs = new Set(provisions.filter((p) => p.kind === 'PARAGRAPH' && p.parentId).map((p) => p.parentId));
  let numbered: string | null = null;
  const found: string[] = [];
  for (const provision of provisions) {
    if (key && numbered === null && numberKeys(provision, byId).includes(key)) numbered = provision.id;
    const inNumber = provision.number ? folded(provision.number).includes(words) : false;
    const inHeading = provision.heading ? folded(provision.heading).includes(words) : false;
    const inText = !withParagraphs.has(provision.id) && folded(provision.text).includes(words);
    if (inNumber || inHeading || inText) found.push(provision.id);
  }
  return { numbered, matches: numbered ? [numbered, ...found.filter((id) => id !== numbered)] : found };
}

/** Outline rows (number and heading) that a filter keeps. */
export function outlineMatches(provision: Pick<ProvisionItem, 'number' | 'heading'>, filter: string): boolean {
  const words = folded(filter);
  if (!words) return true;
  const key = numberKey(filter);
  if (provision.number && (numberKey(provision.number) === key || folded(provision.number).includes(words))) return true;
  return provision.heading ? folded(provision.heading).includes(words) : false;
}
