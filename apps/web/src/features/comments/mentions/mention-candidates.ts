import type { Constituency } from '@tripart/contracts';

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
 * The people the API says a comment may name (those who will read it, me
 * apart), as the picker lists them — each once. The rule is the API's
 * (Dossier.mentionCandidates); nothing is decided here.
 */
export function toMentionCandidates(people: readonly DossierPerson[]): MentionCandidate[] {
  const seen = new Set<string>();
  const readers: MentionCandidate[] = [];
  for (const person of people) {
    if (seen.has(person.user.id)) continue;
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
