/** The Yjs server lives on the app's own origin, at /collab (the Vite dev server proxies it). */
export function collabUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

/** Names of co-drafted documents: they say whose a document is (the server checks). */
export const documentNames = {
  position: (delegationId: string, draftId: string) => `position:${delegationId}:${draftId}`,
  joint: (sessionId: string, agendaItemId: string) => `joint:${sessionId}:${agendaItemId}`,
};
