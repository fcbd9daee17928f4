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

/** Plain text of a rich-text fragment: blocks become lines. */
export function textOf(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment, line: string[]): void => {
    if (node instanceof Y.XmlText) {
      line.push(node.toString().replace(/<[^>]+>/g, ''));
      return;
    }
    const children = node.toArray() as Array<Y.XmlElement | Y.XmlText>;
    if (node instanceof Y.XmlElement && children.every((child) => child instanceof Y.XmlText)) {
      const own: string[] = [];
      children.forEach((child) => walk(child, own));
      lines.push(own.join(''));
      return;
    }
    children.forEach((child) => walk(child, line));
  };
  walk(fragment, []);
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
