// Types of large-draft.mjs, for the e2e suite that imports it (TypeScript reads no JSDoc from .mjs there).
export declare const LARGE_DRAFT: { chapters: number; articlesPerChapter: number; articles: number; paragraphs: number; provisions: number };
export declare function largeDraftText(): string;
