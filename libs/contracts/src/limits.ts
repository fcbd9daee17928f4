/** Field limits shared by the API's validation and the web app's forms. */
export const LIMITS = {
  emailMax: 254,
  displayNameMax: 120,
  organizationNameMax: 200,
  passwordMin: 12,
  passwordMax: 256,
  acronymMax: 20,
  /** People one comment may name with @. */
  mentionsMax: 20,
  dossierTitleMin: 3,
  dossierTitleMax: 300,
  dossierSummaryMax: 10_000,
  /** Conventions one dossier may name. */
  dossierConventionsMax: 50,
  commentBodyMax: 10_000,
  /** A quoted passage (TextQuoteSelector `exact`), and the context kept on each side of it. */
  quoteExactMax: 2_000,
  quoteContextMax: 200,
} as const;

/** ISO 3166-1 alpha-2, as the API stores countries. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;
/** An ILO instrument's code: C087 (convention), P029 (protocol), R205 (recommendation). */
export const CONVENTION_CODE_PATTERN = /^[CPR]\d{3}$/;
