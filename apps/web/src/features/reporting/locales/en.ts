/** Reporting strings, English: the reference the other languages must match. */
export const reportingEn = {
  reporting: {
    heading: 'Reports due in {{year}}',
    previousYear: 'Previous year ({{year}})',
    nextYear: 'Next year ({{year}})',
    none: 'No report is due this year on the conventions in the register.',
    loadFailed: "Couldn't work out the reporting calendar.",
    window: 'Between {{opens}} and {{due}}',
    kinds: { FIRST: 'First report (detailed)', REGULAR: 'Regular report (simplified)' },
    cycle: 'Fundamental and governance conventions every {{short}} years, the others every {{long}}; countries report in groups by name ({{shortGroups}}; {{longGroups}}) from {{start}}.',
    report: 'Report',
    when: 'When',
    edit: 'Change the cycle',
    form: {
      title: 'The reporting cycle',
      shortCycleYears: 'Fundamental and governance conventions: every … years',
      longCycleYears: 'Other conventions: every … years',
      shortCycleGroups: 'Groups for the shorter cycle (comma-separated letter ranges, in the order they report)',
      longCycleGroups: 'Groups for the longer cycle',
      startYear: 'The year the first group reports in',
      windowOpens: 'Reports may be sent from (MM-DD)',
      dueOn: 'Reports are due on (MM-DD)',
      save: 'Save the cycle',
      saved: 'The reporting cycle is saved.',
      failed: "Couldn't save the cycle.",
    },
  },
};
