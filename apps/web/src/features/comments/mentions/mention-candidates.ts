import type { CommentVisibility, Constituency } from '@tripart/contracts';

/** A participant of the dossier, as the dossier page knows them. */
export interface DossierPerson {
  role: string;
  constituency?: Constituency | null;
  isLead?: boolean;
  user: { id: string; displayName: string };
}

/** Someone who may be named in a comment: they will read it. */
export interface MentionCandidate {
  id: string;
  displayName: string;
  role: string;
  constituency: Constituency | null;
  isLead: boolean;
}

/** Someone named in a comment being written. */
export interface MentionedPerson {
  id: string;
  displayName: string;
}

/**
 * Whom a comment may name: the people who will read it, except me — for a
 * plenary comment every participant of the dossier, for a caucus note the
 * members of my delegation (the same rule the API enforces).
 */
export function mentionCandidates(
  participants: readonly DossierPerson[],
  visibility: CommentVisibility,
  myId: string,
  mySide: Constituency | null,
): MentionCandidate[] {
  const seen = new Set<string>([myId]);
  const readers: MentionCandidate[] = [];
  for (const person of participants) {
    if (seen.has(person.user.id)) continue;
    if (visibility === 'DELEGATION' && (person.role !== 'DELEGATE' || !mySide || person.constituency !== mySide)) continue;
    seen.add(person.user.id);
    readers.push({
      id: person.user.id,
      displayName: person.user.displayName,
      role: person.role,
      constituency: person.constituency ?? null,
      isLead: person.isLead ?? false,
    });
  }
  return readers;
}

/** Lower case, without accents: "Tomás" is found by "tomas". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

/**
 * The candidates whose name, or a later word of it, starts with the query:
 * "Du" and "claire d" both find "Claire Dubois". Whole-name matches first.
 */
export function matchMentionCandidates<T extends MentionedPerson>(candidates: readonly T[], query: string): T[] {
  const wanted = foldForSearch(query.trim());
  if (!wanted) return [...candidates];
  const fromStart: T[] = [];
  const fromWord: T[] = [];
  for (const candidate of candidates) {
    const name = foldForSearch(candidate.displayName);
    if (name.startsWith(wanted)) fromStart.push(candidate);
    else if (wordStarts(name).some((index) => name.startsWith(wanted, index))) fromWord.push(candidate);
  }
  return [...fromStart, ...fromWord];
}

function wordStarts(name: string): number[] {
  const starts: number[] = [];
  for (let index = 1; index < name.length; index += 1) if (/[\s'’-]/u.test(name[index - 1]) && !/[\s'’-]/u.test(name[index])) starts.push(index);
  return starts;
}
