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
} as const;
