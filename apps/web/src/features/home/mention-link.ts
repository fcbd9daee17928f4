/** What a mention says about where it is. */
export interface MentionPlace {
  dossierId: string;
  provisionId: string;
  provisionNumber: string | null;
  provisionHeading: string | null;
}

/**
 * The reader at the provision: `/dossiers/:id/draft?draft=…&provision=…`.
 * Without the draft's id the reader opens the newest version, where a
 * comment usually is (comments follow new versions while their words remain).
 */
export function mentionHref(place: MentionPlace, draftId?: string | null): string {
  const params = new URLSearchParams();
  if (draftId) params.set('draft', draftId);
  params.set('provision', place.provisionId);
  return `/dossiers/${place.dossierId}/draft?${params.toString()}`;
}

/** "Article 3 — Right to organize", as the reader titles a provision. */
export function mentionPlaceLabel(place: MentionPlace, fallback: string): string {
  const parts = [place.provisionNumber, place.provisionHeading].filter((part): part is string => !!part);
  return parts.length > 0 ? parts.join(' — ') : fallback;
}
