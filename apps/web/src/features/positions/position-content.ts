import * as Y from 'yjs';
import type { Constituency } from '@tripart/contracts';
import type { SubmissionFieldsFragment } from '../../gql/graphql';

/** The stances a delegation may take on a provision, in the order they are offered. */
export const POSITION_STANCES = ['SUPPORT', 'SUPPORT_WITH_AMENDMENTS', 'OPPOSE', 'RESERVE', 'NO_POSITION'] as const;
export type PositionStance = (typeof POSITION_STANCES)[number];

export const SIDES: readonly Constituency[] = ['GOVERNMENT', 'EMPLOYERS', 'WORKERS'];

/** Keys of the position paper's Yjs document (the server renders the same ones on submit). */
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

/** Plain text of a rich-text fragment: blocks become lines (as the server does it). */
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

const saysSomething = (p: ProvisionContent) => p.stance !== 'NO_POSITION' || !!p.rationale || !!p.proposedWording;

/** What a submission made now would contain: exactly what the server renders (apps/api positions/position-document.ts). */
export function renderPosition(doc: Y.Doc, provisionIds: string[]): PositionContent {
  return {
    general: textOf(doc.getXmlFragment(positionKeys.general)),
    provisions: provisionIds.map((id) => provisionContent(doc, id)).filter(saysSomething),
  };
}

/** Has this provision changed since the submission? A provision absent from it counted as "no position". */
export function changedSince(live: ProvisionContent, submitted: Pick<SubmissionFieldsFragment, 'content'> | null | undefined): boolean {
  if (!submitted) return saysSomething(live);
  const before = submitted.content.provisions.find((p) => p.provisionId === live.provisionId);
  const was = before ?? { stance: 'NO_POSITION', rationale: '', proposedWording: '' };
  return was.stance !== live.stance || was.rationale !== live.rationale || was.proposedWording !== live.proposedWording;
}

export type PaperFilter = 'all' | 'noPosition' | 'changed';

export function matchesFilter(filter: PaperFilter, live: ProvisionContent, latestMine: Pick<SubmissionFieldsFragment, 'content'> | null | undefined): boolean {
  if (filter === 'noPosition') return live.stance === 'NO_POSITION';
  if (filter === 'changed') return changedSince(live, latestMine);
  return true;
}

/** Submissions on one draft, per side, oldest first (as the API lists them). */
export function submissionsBySide(submissions: readonly SubmissionFieldsFragment[], draftId: string): Record<Constituency, SubmissionFieldsFragment[]> {
  const bySide: Record<Constituency, SubmissionFieldsFragment[]> = { GOVERNMENT: [], EMPLOYERS: [], WORKERS: [] };
  for (const submission of submissions) if (submission.draftId === draftId) bySide[submission.constituency].push(submission);
  for (const side of SIDES) bySide[side].sort((a, b) => a.number - b.number);
  return bySide;
}

export const emptyProvision = (provisionId: string): ProvisionContent => ({ provisionId, stance: 'NO_POSITION', rationale: '', proposedWording: '' });

export function submittedProvision(submission: Pick<SubmissionFieldsFragment, 'content'> | null | undefined, provisionId: string): ProvisionContent | null {
  if (!submission) return null;
  return submission.content.provisions.find((p) => p.provisionId === provisionId) ?? emptyProvision(provisionId);
}
