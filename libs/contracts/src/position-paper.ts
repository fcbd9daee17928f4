import * as Y from 'yjs';

/**
 * A delegation's position paper as a Yjs document, and its rendering into
 * the content of a submission: one definition, used by the server when a
 * lead submits and by the web app for the preview of what the plenary will see.
 */
export const POSITION_STANCES = ['SUPPORT', 'SUPPORT_WITH_AMENDMENTS', 'OPPOSE', 'RESERVE', 'NO_POSITION'] as const;
export type PositionStance = (typeof POSITION_STANCES)[number];

/** `general` is the general statement; `stances` maps provision ids to a stance; the rest is rich text per provision. */
export const positionKeys = {
  general: 'general',
  stances: 'stances',
  rationale: (provisionId: string) => `rationale:${provisionId}`,
  wording: (provisionId: string) => `wording:${provisionId}`,
};

export interface ProvisionContent {
  provisionId: string;
  stance: string;
  rationale: string;
  proposedWording: string;
}

export interface PositionContent {
  general: string;
  provisions: ProvisionContent[];
}

export const isStance = (value: unknown): value is PositionStance => (POSITION_STANCES as readonly unknown[]).includes(value);

/** Inline nodes that break a line inside a block (TipTap's hard break, Shift+Enter). */
const LINE_BREAKS = new Set(['hardBreak', 'hard_break', 'br']);

type XmlNode = Y.XmlElement | Y.XmlText;

/**
 * The characters of inline content, read from the Yjs structure: an XmlText's
 * delta (its `toString()` is XML, with typed `<` and `>` unescaped and marks
 * as tags, so no string filter can tell them apart); a hard break is a line break.
 */
function inlineText(node: XmlNode): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as Array<{ insert?: unknown }>).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  }
  if (LINE_BREAKS.has(node.nodeName)) return '\n';
  return (node.toArray() as XmlNode[]).map(inlineText).join('');
}

/** A block holding text (a paragraph, a heading) rather than other blocks (a list, a quote). */
const holdsInline = (children: XmlNode[]) =>
  children.some((child) => child instanceof Y.XmlText || LINE_BREAKS.has(child.nodeName));

/** Plain text of a rich-text fragment: blocks become lines, formatting is dropped, the characters stay as typed. */
export function textOf(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment): void => {
    const children = node.toArray() as XmlNode[];
    if (holdsInline(children)) lines.push(children.map(inlineText).join(''));
    else if (children.length === 0) {
      if (node instanceof Y.XmlElement) lines.push(''); // an empty paragraph is an empty line
    } else children.forEach((child) => walk(child as Y.XmlElement)); // blocks only: no text among them
  };
  walk(fragment);
  return lines.join('\n').trim();
}

/** One provision of the live paper, whether or not it says anything yet. */
export function provisionContent(doc: Y.Doc, provisionId: string): ProvisionContent {
  const stance = doc.getMap<string>(positionKeys.stances).get(provisionId);
  return {
    provisionId,
    stance: isStance(stance) ? stance : 'NO_POSITION',
    rationale: textOf(doc.getXmlFragment(positionKeys.rationale(provisionId))),
    proposedWording: textOf(doc.getXmlFragment(positionKeys.wording(provisionId))),
  };
}

export const saysSomething = (p: ProvisionContent) => p.stance !== 'NO_POSITION' || !!p.rationale || !!p.proposedWording;

/** The content of a submission made now: the general statement and every provision that says something. */
export function renderPosition(doc: Y.Doc, provisionIds: string[]): PositionContent {
  return {
    general: textOf(doc.getXmlFragment(positionKeys.general)),
    provisions: provisionIds.map((id) => provisionContent(doc, id)).filter(saysSomething),
  };
}
