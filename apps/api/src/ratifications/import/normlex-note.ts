import { DATE_IN_TEXT, parseNormlexDate } from './normlex-date';

/** What a NORMLEX note says, in fields: a denunciation (when, and by which later convention), an abrogation, declarations. */
export interface NoteFacts {
  denounced: { on: string | null; byConvention: string | null; automatic: boolean } | null;
  /** "By decision of the ILC at its 106th Session (2017)" when the note says the instrument was abrogated. */
  abrogation: string | null;
  /** What else the note states, line by line ("Minimum age specified: 16 years"). */
  declarations: string[];
  /** A date the note names that is not a date (e.g. "Denounced on 31 Feb 1961"). */
  badDate: string | null;
}

const AUTOMATIC = new RegExp(String.raw`^(?:automatic denunciation|dénonciation automatique|denuncia automática)\s+(?:on|le|el)\s+(${DATE_IN_TEXT})(?:\s+(?:by|par|por)\s+(?:(?:the\s+|la\s+|el\s+)?(?:convention|convenio)\s+)?([CP])\s*(\d{1,3}))?`, 'iu');
const DENOUNCED = new RegExp(String.raw`^(?:denounced|dénoncée?|denunciad[oa])\s+(?:on|le|el)\s+(${DATE_IN_TEXT})`, 'iu');
const ABROGATED = /^(?:abrogated|abrogée?|derogad[oa])(?:\s+(?:convention|convenio))?\s*(?:[-–—:]\s*(.*))?$/iu;

export function parseNormlexNote(note: string): NoteFacts {
  const facts: NoteFacts = { denounced: null, abrogation: null, declarations: [], badDate: null };
  for (const line of note.split(/\n|\s*;\s+(?=\p{Lu})/u).map((part) => part.trim().replace(/\s+/gu, ' ')).filter(Boolean)) {
    const automatic = AUTOMATIC.exec(line);
    const denounced = automatic ?? DENOUNCED.exec(line);
    if (denounced) {
      const on = parseNormlexDate(denounced[1]);
      if (!on) facts.badDate = denounced[1];
      const byConvention = automatic?.[2] ? `${automatic[2].toUpperCase()}${automatic[3].padStart(3, '0')}` : null;
      facts.denounced = { on, byConvention, automatic: Boolean(automatic) };
      continue;
    }
    const abrogated = ABROGATED.exec(line);
    if (abrogated) {
      facts.abrogation = abrogated[1]?.trim() || line;
      continue;
    }
    facts.declarations.push(line);
  }
  return facts;
}
