/** Home strings, English: the reference the other languages must match. */
export const homeEn = {
  home: {
    title: 'Welcome, {{name}}',
    whatNeedsMe: 'What needs me',
    whatNeedsMeEmpty: 'Nothing needs you right now.',
    whatNeedsMeHint: 'Sessions scheduled for you, minutes awaiting your approval and deadlines will appear here.',
    upcomingSessions: 'Sessions coming up',
    myOrganizations: 'My organizations',
    noOrganizations: 'You are not a member of any organization yet. An administrator can add you to one.',
    dossiers: 'Dossiers',
    dossiersEmpty: 'No dossiers yet — a facilitator will invite you to a consultation.',
    dossiersHint: 'A dossier is one matter put to tripartite consultation, such as a labour code amendment.',
    mentions: {
      title: 'Mentions',
      loadFailed: "Couldn't load the comments that mention you.",
      empty: 'No one has mentioned you yet.',
      emptyHint: 'When someone names you with @ in a comment, it appears here with a link to the provision.',
      mentionedYou: '<strong>{{name}}</strong> mentioned you',
      announce: '{{name}} mentioned you in {{place}}.',
      provision: 'A provision',
      new: 'New',
      earlierVersion: 'on version {{version}}',
      showAll: 'Show all {{total}}',
      showFewer: 'Show fewer',
    },
  },
};
