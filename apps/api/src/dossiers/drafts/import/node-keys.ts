/** Hands out keys unique within one draft: a second "art_5" becomes "art_5_2". */
export class KeyRegistry {
  private readonly used = new Set<string>();

  claim(wanted: string): string {
    let key = wanted;
    for (let n = 2; this.used.has(key); n += 1) key = `${wanted}_${n}`;
    this.used.add(key);
    return key;
  }
}
