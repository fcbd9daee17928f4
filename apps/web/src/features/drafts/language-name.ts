/**
 * A draft's language named in the reader's ("French", "francés"), from its BCP 47 tag; the tag itself where the
 * browser has no name for it, or where it is no tag.
 */
export function languageName(tag: string, readerLanguage: string): string {
  try {
    return new Intl.DisplayNames([readerLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
