import type { ReactElement } from 'react';
import { ApolloClient, ApolloLink, ApolloProvider, InMemoryCache, Observable } from '@apollo/client';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../test/render-with-providers';
import { CommentComposer } from './comment.composer';
import type { MentionCandidatesByVisibility } from './mentions/use-mention-candidates';

/** Whom Nadia (workers' lead) may name, as the API says: her delegation in a caucus note, every other participant in the plenary. */
const SAMUEL = { role: 'DELEGATE', constituency: 'WORKERS' as const, isLead: false, user: { id: 'samuel', displayName: 'Samuel Okoro' } };
const CLAIRE = { role: 'DELEGATE', constituency: 'EMPLOYERS' as const, isLead: true, user: { id: 'claire', displayName: 'Claire Dubois' } };
const CANDIDATES: MentionCandidatesByVisibility = { DELEGATION: [SAMUEL], PLENARY: [SAMUEL, CLAIRE] };

/** An API that accepts every comment and remembers what it was sent. */
function fakeApi() {
  const sent: Array<Record<string, unknown>> = [];
  const link = new ApolloLink((operation) => {
    const input = operation.variables.input as Record<string, unknown>;
    sent.push(input);
    const comment = {
      __typename: 'Comment', id: 'c1', provisionId: 'p1', parentId: null, visibility: input.visibility, body: input.body, suggestedText: null,
      createdAt: '2026-11-28T00:00:00Z', editedAt: null, deletedAt: null, resolvedAt: null, onPreviousVersion: false,
      canEdit: true, canDelete: true, canResolve: true, quote: null,
      author: { __typename: 'CommentAuthor', id: 'nadia', displayName: 'Nadia Haddad', organizationName: null, constituency: 'WORKERS' },
      mentions: [], replies: [],
    };
    return Observable.of({ data: { addComment: comment } });
  });
  return { sent, client: new ApolloClient({ link, cache: new InMemoryCache() }) };
}

function renderComposer(client: ApolloClient<unknown>, onPosted = () => undefined) {
  const ui: ReactElement = (
    <ApolloProvider client={client}>
      <CommentComposer
        provisionId="p1"
        candidatesFor={CANDIDATES}
        side="WORKERS"
        canComment
        canCommentPrivately
        quote={null}
        suggest={false}
        onClearQuote={() => undefined}
        onPosted={onPosted}
      />
    </ApolloProvider>
  );
  return renderWithProviders(ui);
}

function typeInto(field: HTMLTextAreaElement, text: string) {
  act(() => {
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: text } });
    field.setSelectionRange(text.length, text.length);
    fireEvent.select(field);
  });
}

describe('the comment composer with mentions', () => {
  it('offers only my delegation in a caucus note, and everyone but me in the plenary', () => {
    renderComposer(fakeApi().client);
    const field = screen.getByRole('combobox', { name: /Comment/ }) as HTMLTextAreaElement;
    typeInto(field, '@');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringContaining('Samuel Okoro')]);

    fireEvent.click(screen.getByRole('radio', { name: 'Plenary — everyone in the dossier' }));
    typeInto(field, '@');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringContaining('Samuel Okoro'),
      expect.stringContaining('Claire Dubois'),
    ]);
  });

  it('sends the ids of the people still named, not of those whose name was deleted', async () => {
    const api = fakeApi();
    const posted = jest.fn();
    renderComposer(api.client, posted);
    fireEvent.click(screen.getByRole('radio', { name: 'Plenary — everyone in the dossier' }));
    const field = screen.getByRole('combobox', { name: /Comment/ }) as HTMLTextAreaElement;
    typeInto(field, '@cl');
    fireEvent.keyDown(field, { key: 'Enter' });
    typeInto(field, `${field.value}and @sa`);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(field.value).toBe('@Claire Dubois and @Samuel Okoro ');

    typeInto(field, 'Only @Claire Dubois, please.');
    fireEvent.click(screen.getByRole('button', { name: 'Send to the plenary' }));
    await waitFor(() => expect(posted).toHaveBeenCalled());
    expect(api.sent).toEqual([expect.objectContaining({ body: 'Only @Claire Dubois, please.', visibility: 'PLENARY', mentionUserIds: ['claire'] })]);
  });

  it('warns when a caucus note names an outsider, and does not send it until that is settled', async () => {
    const api = fakeApi();
    const posted = jest.fn();
    renderComposer(api.client, posted);
    fireEvent.click(screen.getByRole('radio', { name: 'Plenary — everyone in the dossier' }));
    const field = screen.getByRole('combobox', { name: /Comment/ }) as HTMLTextAreaElement;
    typeInto(field, 'Ask @cl');
    fireEvent.keyDown(field, { key: 'Enter' });

    fireEvent.click(screen.getByRole('radio', { name: "Workers' delegation only" }));
    expect(screen.getByRole('alert').textContent).toContain("Claire Dubois will not see a comment for the Workers' delegation only");
    fireEvent.click(screen.getByRole('button', { name: 'Send to my delegation' }));
    await act(async () => undefined);
    expect(api.sent).toEqual([]);
    expect(document.activeElement).toBe(field);

    fireEvent.click(screen.getByRole('button', { name: 'Remove the mention' }));
    expect(field.value).toBe('Ask Claire Dubois ');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Send to my delegation' }));
    await waitFor(() => expect(posted).toHaveBeenCalled());
    expect(api.sent).toEqual([expect.objectContaining({ body: 'Ask Claire Dubois', visibility: 'DELEGATION', mentionUserIds: [] })]);
  });
});
