import { randomUUID } from 'node:crypto';
import type { ParsedNode } from './import/parsed-draft';
import type { Provision } from './provision.entity';

export type ProvisionRow = Omit<Provision, 'draft' | 'parent'>;

/** Flattens a parsed tree into rows in document order, ids made up front so parents are known. */
export function provisionRows(draftId: string, nodes: readonly ParsedNode[]): ProvisionRow[] {
  const rows: ProvisionRow[] = [];
  const visit = (node: ParsedNode, parentId: string | null, depth: number) => {
    const id = randomUUID();
    rows.push({
      id,
      draftId,
      parentId,
      kind: node.kind,
      key: node.key.slice(0, 200),
      number: node.number?.slice(0, 100) ?? null,
      heading: node.heading,
      text: node.text,
      notes: node.notes,
      marks: node.marks ?? [],
      position: rows.length,
      depth,
      previousId: null,
      matchedBy: null,
      wordDiff: null,
    });
    for (const child of node.children) visit(child, id, depth + 1);
  };
  for (const node of nodes) visit(node, null, 0);
  return rows;
}
