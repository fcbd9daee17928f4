import { createRef, type ReactElement } from 'react';
import { ApolloClient, ApolloLink, ApolloProvider, InMemoryCache, Observable } from '@apollo/client';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { RealtimeContext, type TripartSocket } from '../../realtime/realtime.context';
import type { ThreadPanelDossier } from '../../comments/thread.panel';
import { ROOM_COMMENTS_KEY, RoomComments } from './room-comments.panel';

/** Just enough of a Socket.IO client: listeners by event, and a way to play a server event. */
function fakeSocket() {
  const listeners = new Map<string, Set<(payload?: unknown) => void>>();
  const socket = {
    connected: true,
    on: (event: string, listener: (payload?: unknown) => void) => listeners.set(event, (listeners.get(event) ?? new Set()).add(listener)),
    off: (event: string, listener: (payload?: unknown) => void) => listeners.get(event)?.delete(listener),
  };
  const play = (event: string, payload?: unknown) => act(() => listeners.get(event)?.forEach((listener) => listener(payload)));
  return { socket: socket as unknown as TripartSocket, play };
}

const comment = (id: string, body: string, visibility: 'PLENARY' | 'DELEGATION' = 'PLENARY') => ({
  __typename: 'Comment', id, provisionId: 'p1', parentId: null, visibility, body, suggestedText: null,
  createdAt: '2026-11-28T09:00:00Z', editedAt: null, deletedAt: null, resolvedAt: null, onPreviousVersion: false,
  canEdit: false, canDelete: false, canResolve: false, quote: null,
  author: { __typename: 'CommentAuthor', id: 'samuel', displayName: 'Samuel Okoro', organizationName: null, constituency: 'WORKERS' },
  mentions: [], replies: [],
});

/** An API holding one provision's threads, counting what it is asked. */
function fakeApi() {
  const server = { comments: [comment('c1', 'Prior authorisation must go.')], asked: [] as string[][] };
  const link = new ApolloLink((operation) => {
    // Whom one may name: nobody here (the API's own test covers the rule).
    if (operation.operationName === 'MentionCandidates') {
      return Observable.of({ data: { dossier: { __typename: 'Dossier', id: 'd1', plenaryMentionCandidates: [], caucusMentionCandidates: [] } } });
    }
    // Threads left on earlier versions: none in this dossier.
    if (operation.operationName === 'EarlierThreads') {
      return Observable.of({ data: { dossier: { __typename: 'Dossier', id: 'd1', commentsOnPreviousVersions: [] } } });
    }
    const ids = operation.variables.ids as string[];
    server.asked.push(ids);
    const provisions = ids.map((id) => ({
      __typename: 'Provision', id, commentCount: id === 'p1' ? server.comments.length : 0, comments: id === 'p1' ? [...server.comments] : [],
    }));
    return Observable.of({ data: { provisions } });
  });
  const cache = new InMemoryCache({ typePolicies: { Provision: { fields: { comments: { merge: false } } }, Comment: { fields: { replies: { merge: false }, mentions: { merge: false } } } } });
  return { server, client: new ApolloClient({ link, cache }) };
}

const WORKER: ThreadPanelDossier = { id: 'd1', me: { constituency: 'WORKERS', canComment: true, canCommentPrivately: true } };
const OBSERVER: ThreadPanelDossier = { id: 'd1', me: { constituency: null, canComment: false, canCommentPrivately: false } };

function renderRoom(dossier = WORKER) {
  const api = fakeApi();
  const live = fakeSocket();
  const ui: ReactElement = (
    <ApolloProvider client={api.client}>
      <RealtimeContext.Provider value={live.socket}>
        <RoomComments dossierId="d1" dossier={dossier} myId="nadia" provisionId="p1" provisionTitle="Article 3 — Right to organise" provisionText={null} textRef={createRef()} />
      </RealtimeContext.Provider>
    </ApolloProvider>
  );
  return { ...api, ...live, view: renderWithProviders(ui) };
}

const toggle = (name: string) => screen.findByRole('button', { name });
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('comments in the live room', () => {
  beforeEach(() => window.localStorage.clear());

  it('is folded to its count at first, opens to the threads, and remembers it', async () => {
    renderRoom();
    const button = await toggle('Comments (1)');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('article')).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('article').textContent).toContain('Prior authorisation must go.');
    expect(screen.getByRole('region', { name: 'Comments on Article 3 — Right to organise' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send to my delegation' })).toBeTruthy();
    expect(window.localStorage.getItem(ROOM_COMMENTS_KEY)).toBe('"open"');
  });

  it('follows changes on its provision live, leaves other provisions alone, and says how many came while folded', async () => {
    const { server, play } = renderRoom();
    await toggle('Comments (1)');
    const before = server.asked.length;

    play('comment:changed', { dossierId: 'd1', provisionId: 'p2', commentId: 'x', change: 'created' });
    play('comment:changed', { dossierId: 'd9', provisionId: 'p1', commentId: 'y', change: 'created' });
    await wait(400);
    expect(server.asked.length).toBe(before);

    server.comments.push(comment('c2', 'Our fallback: fifteen days.', 'DELEGATION'));
    play('comment:changed', { dossierId: 'd1', provisionId: 'p1', commentId: 'c2', change: 'created' });
    const button = await toggle('Comments (2)');
    expect(server.asked.slice(before)).toEqual([['p1']]);
    expect(screen.getByTestId('room-comments-new').textContent).toBe('1 new comment');

    fireEvent.click(button);
    expect(screen.queryByTestId('room-comments-new')).toBeNull();
    const cards = screen.getAllByRole('article');
    expect(cards.map((card) => card.getAttribute('data-visibility'))).toEqual(['PLENARY', 'DELEGATION']);
    expect(cards[1].textContent).toContain("Workers' delegation only");

    // Deleted meanwhile: it goes, live, and nothing counts as new once folded again.
    server.comments = [server.comments[1]];
    play('comment:changed', { dossierId: 'd1', provisionId: 'p1', commentId: 'c1', change: 'deleted' });
    await toggle('Comments (1)');
    fireEvent.click(screen.getByRole('button', { name: 'Comments (1)' }));
    expect(screen.queryByTestId('room-comments-new')).toBeNull();
  });

  it('catches up after a reconnection', async () => {
    const { server, play } = renderRoom();
    await toggle('Comments (1)');
    server.comments.push(comment('c3', 'Written while we were offline.'));
    play('connect');
    await toggle('Comments (2)');
  });

  it('lets an observer read without writing', async () => {
    renderRoom(OBSERVER);
    fireEvent.click(await toggle('Comments (1)'));
    expect(screen.getByText('You can read the comments here but not write.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
