/** The list's filters: by country, status and my part; empty means any. */
export interface DossierFilterValues {
  country: string | null;
  status: string | null;
  role: string | null;
}

interface Filterable {
  status: string;
  country: { code: string };
  me: { role?: string | null };
}

export const NO_FILTERS: DossierFilterValues = { country: null, status: null, role: null };

export function filterDossiers<T extends Filterable>(dossiers: readonly T[], filters: DossierFilterValues): T[] {
  return dossiers.filter(
    (dossier) =>
      (!filters.country || dossier.country.code === filters.country) &&
      (!filters.status || dossier.status === filters.status) &&
      (!filters.role || (dossier.me.role ?? 'NONE') === filters.role),
  );
}
