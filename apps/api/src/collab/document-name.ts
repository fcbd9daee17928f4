/**
 * A document's name says whose it is: a delegation's position paper on a
 * draft, or the joint text of an agenda item in a session.
 */
export type DocumentName =
  | { kind: 'position'; delegationId: string; draftId: string }
  | { kind: 'joint'; sessionId: string; agendaItemId: string };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const POSITION = new RegExp(`^position:(${UUID}):(${UUID})$`, 'i');
const JOINT = new RegExp(`^joint:(${UUID}):(${UUID})$`, 'i');

export function parseDocumentName(name: string): DocumentName | null {
  const position = POSITION.exec(name);
  if (position) return { kind: 'position', delegationId: position[1], draftId: position[2] };
  const joint = JOINT.exec(name);
  if (joint) return { kind: 'joint', sessionId: joint[1], agendaItemId: joint[2] };
  return null;
}

export const positionDocument = (delegationId: string, draftId: string) => `position:${delegationId}:${draftId}`;
export const jointDocument = (sessionId: string, agendaItemId: string) => `joint:${sessionId}:${agendaItemId}`;
