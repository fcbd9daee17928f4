import { type ImportWarning, type ProvisionKind, type TextMark, withoutUnstorableText } from '@tripart/contracts';
import type { DraftSurvey } from './draft-survey';

/** What an imported draft looks like before it is stored: a tree of provisions, format-independent. */

/**
 * ARTICLE is the numbered unit people comment on, whatever the draft calls it (article, section, rule,
 * regulation, clause, an amendment of a schedule): its `number` says it as written. SECTION is the civil-law
 * container of articles; DIVISION and SCHEDULE group units too. A PREAMBLE (its formulas and citations as its
 * text) holds the RECITALs ("Whereas: (1) …"), commented on as provisions but never counted as units; CONCLUSIONS
 * ("Done at Brussels, …", the signatures) closes the body, a provision of its own that is no unit either.
 */
export type { ProvisionKind };

export type ContainerKind = Exclude<ProvisionKind, 'ARTICLE' | 'PARAGRAPH' | 'RECITAL'>;

export interface ParsedNode {
  kind: ProvisionKind;
  /** Stable within the draft: the AKN eId when present, else derived ("chp_2", "art_3bis", "art_12/para_2"). */
  key: string;
  /** As written: "Art. 1", "Article premier", "Chapitre II". */
  number: string | null;
  heading: string | null;
  /** The provision's own body; an article's is its paragraphs' text joined with a blank line, a container's its introduction (usually none). */
  text: string;
  /** Authorial notes and footnotes, kept out of `text` so that diffs and quotes see only the law. */
  notes: string[];
  /** Emphasis, references and definitions in `text`, as ranges of it (Akoma Ntoso only). */
  marks?: TextMark[];
  children: ParsedNode[];
}

export type DraftFormat = 'DOCX' | 'TEXT' | 'MARKDOWN' | 'AKN';

export interface ParsedDraft {
  format: DraftFormat;
  title: string | null;
  language: string | null;
  nodes: ParsedNode[];
  articleCount: number;
  /** What the preview warns of (a namespace, an encoding, a number used twice), as reasons the client words. */
  warnings: ImportWarning[];
  /** Annexes the file names but does not hold (separate files, a collection's memoranda), by their names ('' when unnamed). */
  annexesLeftOut?: string[];
  /** What the file holds, kept when no unit was found in it, for the refusal's message. */
  survey?: DraftSurvey;
}

/** Every node of the tree, parents before children. */
export function* walkNodes(nodes: readonly ParsedNode[]): Generator<ParsedNode> {
  for (const node of nodes) {
    yield node;
    yield* walkNodes(node.children);
  }
}

export const countNodes = (nodes: readonly ParsedNode[]): { all: number; articles: number } => {
  let all = 0;
  let articles = 0;
  for (const node of walkNodes(nodes)) {
    all += 1;
    if (node.kind === 'ARTICLE') articles += 1;
  }
  return { all, articles };
};

/**
 * The draft without unstorable text (NUL, unpaired surrogates) in any of its
 * strings: a Word or XML file may carry a stray one (text files lose theirs in
 * decoding); it is noise, and PostgreSQL would refuse the whole import for it.
 */
export const withStorableText = (draft: ParsedDraft): ParsedDraft => {
  const clean = (value: string | null) => (value === null ? null : withoutUnstorableText(value));
  for (const node of walkNodes(draft.nodes)) {
    node.key = withoutUnstorableText(node.key);
    node.number = clean(node.number);
    node.heading = clean(node.heading);
    const text = withoutUnstorableText(node.text);
    // Offsets would be off by what was taken out: such a provision loses its marks (a stray NUL is rare).
    if (text !== node.text) delete node.marks;
    node.text = text;
    node.notes = node.notes.map(withoutUnstorableText);
  }
  return { ...draft, title: clean(draft.title) };
};
