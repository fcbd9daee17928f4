/** Collab strings, English: the reference the other languages must match. */
export const collabEn = {
  collab: {
    label: 'Co-drafting',
    here: 'Also here: {{names}}',
    status: {
      connecting: 'Connecting…',
      saved: 'Saved',
      saving: 'Saving…',
      unstored: 'Not saved yet — the server keeps trying',
      reconnecting: 'Reconnecting…',
      offline: 'Offline — your changes will sync',
      refused: "Couldn't open this document",
    },
  },
};
