/**
 * Akoma Ntoso eIds from the keys the import stored. An Akoma Ntoso draft
 * keeps its own eIds as keys ("chp_2__art_5", "art_1__para_2"); a Word or
 * text draft's keys are made by the same naming convention with "/" for the
 * convention's "__" ("chp_2/sec_1", "art_12/para_2"): the separator is
 * turned back and anything that is not a name character becomes "_".
 */
export function eIdOfKey(key: string): string {
  const eId = key
    .split('/')
    .map((part) => part.replace(/[^\p{L}\p{N}_.-]/gu, '_'))
    .join('__');
  return eId || 'unit';
}

/** Hands out each eId once (keys are unique per draft; what is made of them must stay so). */
export class EIds {
  private readonly used = new Set<string>();

  of(key: string): string {
    const wanted = eIdOfKey(key);
    let eId = wanted;
    for (let n = 2; this.used.has(eId); n += 1) eId = `${wanted}_${n}`;
    this.used.add(eId);
    return eId;
  }
}

/** The last part of an eId's path, without its number: "art_1__para_2" → "para". */
export const eIdPrefix = (eId: string): string => (eId.split('__').at(-1) ?? '').replace(/_[^_]*$/u, '');
