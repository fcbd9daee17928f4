/** A convention about to leave the dossier while provisions of the current draft are linked to it. */
export interface KeptLinks {
  code: string;
  links: number;
}

/**
 * What taking conventions off the dossier leaves behind: the API keeps their
 * links (and the coverage keeps listing a convention while it has some).
 */
export function keptLinks(
  saved: readonly string[],
  picked: readonly string[],
  coverage: ReadonlyArray<{ convention: { code: string }; links: readonly unknown[] }>,
): KeptLinks[] {
  const staying = new Set(picked);
  return saved
    .filter((code) => !staying.has(code))
    .map((code) => ({ code, links: coverage.find((entry) => entry.convention.code === code)?.links.length ?? 0 }))
    .filter((entry) => entry.links > 0)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The same set, whatever the order: nothing to save. */
export function sameConventions(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((code) => set.has(code));
}
