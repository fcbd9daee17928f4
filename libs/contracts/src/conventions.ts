/**
 * A convention article as the gap analysis names it: "3", "4(1)", "2 bis".
 * The API validates links with it and the web app checks its form with it.
 */
export const CONVENTION_ARTICLE_PATTERN = /^[0-9A-Za-z() .-]{1,20}$/;

/** Longest gap note on a convention link. */
export const GAP_NOTE_MAX = 5_000;
