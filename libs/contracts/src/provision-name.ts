/** What names a provision: its kind, number and heading. */
export interface NamedProvision {
  kind: string;
  number: string | null;
  heading: string | null;
}

/** A paragraph's own number without its punctuation: "(2)" → "2", "1." → "1", "(a)" → "a". */
const bare = (number: string) => number.replace(/[.()]/g, '').trim();

/**
 * The number a provision is known by on its own: a unit's ("Section 41"), a paragraph's with its
 * unit's ("Section 41(2)"), a recital's with its kind ("Recital 1"), the kind's name when it has none
 * ("Article"); an unnumbered paragraph (an introduction, a preamble's formulas) is known by its unit.
 */
export function provisionNumberOf(provision: NamedProvision, unit: NamedProvision | null | undefined, kindName: (kind: string) => string): string {
  if (provision.kind === 'PARAGRAPH' && unit) {
    const head = unit.number ?? kindName(unit.kind);
    const own = provision.number ? bare(provision.number) : '';
    return own ? `${head}(${own})` : head;
  }
  // "(1)" alone says nothing of what it numbers: a recital is "Recital 1".
  if (provision.kind === 'RECITAL' && provision.number) {
    const name = kindName(provision.kind);
    return name ? `${name} ${bare(provision.number)}` : provision.number;
  }
  return provision.number ?? kindName(provision.kind);
}

/**
 * How a provision is named wherever it stands alone (thread titles, mentions, buttons, exports):
 * "Section 41(2) — Labour relations", a paragraph under its unit's heading; never "(2)" alone.
 */
export function provisionName(provision: NamedProvision, unit: NamedProvision | null | undefined, kindName: (kind: string) => string): string {
  const number = provisionNumberOf(provision, unit, kindName);
  const heading = provision.heading ?? (provision.kind === 'PARAGRAPH' ? unit?.heading : null);
  return heading ? `${number} — ${heading}` : number;
}
