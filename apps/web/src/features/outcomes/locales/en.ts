/** Outcomes strings, English: the reference the other languages must match. */
export const outcomesEn = {
  outcomes: {
    loadFailed: "Couldn't load the outcomes.",
    empty: 'Nothing to show yet.',
    emptyHint: 'Outcomes appear here per article once the facilitator records them in a session.',
    intro: 'The outcome of each article and the latest stance of each side, as recorded in sessions.',
    onlyDisagreement: 'Only where we disagree',
    noDisagreement: 'No disagreement recorded: every article with an outcome has the sides together.',
    tableLabel: 'Outcomes per article and side',
    provision: 'Article',
    outcome: 'Outcome',
    agreedText: 'Agreed text:',
    note: 'Note',
    none: 'No outcome yet',
    noStance: 'No stance',
    kinds: {
      CONSENSUS: 'Consensus',
      CONSENSUS_WITH_RESERVATIONS: 'Consensus with reservations',
      NO_CONSENSUS: 'No consensus',
      DEFERRED: 'Deferred',
    },
  },
};
