import * as Y from 'yjs';
import type { SubmissionContent } from './submission.entity';

export const POSITION_STANCES = ['SUPPORT', 'SUPPORT_WITH_AMENDMENTS', 'OPPOSE', 'RESERVE', 'NO_POSITION'] as const;

/**
 * How a position paper is laid out in its Yjs document (the web editor
 * writes the same keys): `general` is the general statement; `stances` maps
 * provision ids to a stance; `rationale:<id>` and `wording:<id>` hold rich text.
 */
export const positionKeys = {
  general: 'general',
  stances: 'stances',
  rationale: (provisionId: string) => `rationale:${provisionId}`,
  wording: (provisionId: string) => `wording:${provisionId}`,
};

/** Plain text of a rich-text fragment: blocks become lines. */
function textOf(fragment: Y.XmlFragment): string {
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

/** Renders the live document into the structured content of a submission, for the provisions of the draft. */
export function renderPosition(doc: Y.Doc, provisionIds: string[]): SubmissionContent {
  const stances = doc.getMap<string>(positionKeys.stances);
  return {
    general: textOf(doc.getXmlFragment(positionKeys.general)),
    provisions: provisionIds
      .map((provisionId) => ({
        provisionId,
        stance: (POSITION_STANCES as readonly string[]).includes(stances.get(provisionId) ?? '') ? stances.get(provisionId)! : 'NO_POSITION',
        rationale: textOf(doc.getXmlFragment(positionKeys.rationale(provisionId))),
        proposedWording: textOf(doc.getXmlFragment(positionKeys.wording(provisionId))),
      }))
      .filter((p) => p.stance !== 'NO_POSITION' || p.rationale || p.proposedWording),
  };
}
