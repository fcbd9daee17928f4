import { labelText } from './akn-text';
import { KeyRegistry } from './node-keys';
import type { ParsedNode } from './parsed-draft';
import { type XmlElement, childElements } from './xml-tree';

/** The provisions of one Akoma Ntoso draft as they are made: keyed uniquely, labelled by their `num` and `heading`. */
export class AknNodes {
  private readonly keys = new KeyRegistry();
  private readonly derived = new Map<string, number>();

  /** A node with its number and heading read, and the notes attached to them. */
  labelled(element: XmlElement, kind: ParsedNode['kind'], key: string): ParsedNode {
    const notes: string[] = [];
    const num = childElements(element, 'num')[0];
    const headings = childElements(element, 'heading');
    let number = num ? labelText(num, notes, true) : null;
    let heading = headings.length > 0 ? headings.map((h) => labelText(h, notes, false)).join(' ').trim() : null;
    // Fedlex writes "1. Kapitel: Der Bundesrat" in one `num` when there is no `heading`.
    const split = number && !heading ? /^(.+?):\s*(.+)$/u.exec(number) : null;
    if (split) [number, heading] = [split[1], split[2]];
    number = number?.replace(/\s*:$/u, '') || null;
    return { kind, key, number, heading: heading || null, text: '', notes, children: [] };
  }

  /** The element's eId (2.0: `id`), else one derived from its place: "sec_3", "sched_1/item_2". */
  keyFor(element: XmlElement, parent: ParsedNode | null, prefix: string): string {
    const id = element.attributes.eId ?? element.attributes.id ?? element.attributes.wId;
    if (id) return this.keys.claim(id);
    const scope = parent ? `${parent.key}/${prefix}` : prefix;
    const n = (this.derived.get(scope) ?? 0) + 1;
    this.derived.set(scope, n);
    return this.keys.claim(`${scope}_${n}`);
  }

  /** The `n`th unnumbered paragraph of a unit: its own text (an introduction, a wrap-up) beside its paragraphs. */
  ownText(unit: ParsedNode, text: string, n: number): ParsedNode {
    return { kind: 'PARAGRAPH', key: this.keys.claim(`${unit.key}/para_u${n}`), number: null, heading: null, text, notes: [], children: [] };
  }

  /** An oversized provision without paragraphs (a whole annex in one block) is split into one paragraph per block. */
  split(unit: ParsedNode): void {
    const lines = unit.text.split('\n');
    unit.children = lines.map((line, index) => ({
      kind: 'PARAGRAPH',
      key: this.keys.claim(`${unit.key}/para_u${index + 1}`),
      number: null,
      heading: null,
      text: line,
      notes: [],
      children: [],
    }));
    unit.text = unit.children.map((child) => child.text).join('\n\n');
  }
}
