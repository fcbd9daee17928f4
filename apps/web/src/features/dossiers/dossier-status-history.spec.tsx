import { ApolloClient, ApolloLink, ApolloProvider, InMemoryCache, Observable } from '@apollo/client';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render-with-providers';
import { DossierStatusHistory } from './dossier-status-history';

const move = (from: string, to: string, at: string, by: string | null) => ({
  __typename: 'DossierStatusChange',
  at,
  from,
  to,
  by: by ? { __typename: 'User', id: by, displayName: by } : null,
});

/** An API whose status history is `changes`. */
function renderHistory(changes: unknown[], locale = 'en') {
  const link = new ApolloLink(() => Observable.of({ data: { dossierStatusHistory: changes } }));
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return renderWithProviders(
    <ApolloProvider client={client}>
      <DossierStatusHistory dossierId="d1" />
    </ApolloProvider>,
    { locale },
  );
}

describe('DossierStatusHistory', () => {
  it('unfolds who moved the status and from what to what, newest first, in the reader’s language', async () => {
    renderHistory(
      [move('PREPARATION', 'CONSULTATION', '2026-11-28T09:00:00Z', 'Amina Diallo'), move('CONSULTATION', 'CONCLUDED', '2026-12-01T15:30:00Z', 'Jean Martin')],
      'fr',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Historique du statut (2)' }));
    const items = within(screen.getByRole('list', { name: 'Qui a changé le statut du dossier, et quand' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.split(', ')[0])).toEqual(['En consultation → Conclu — Jean Martin', 'En préparation → En consultation — Amina Diallo']);
  });

  it('says when each move was made', async () => {
    renderHistory([move('PREPARATION', 'CONSULTATION', '2026-11-28T09:00:00Z', 'Amina Diallo')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Status history (1)' }));
    expect(screen.getByRole('listitem').textContent).toContain(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-28T09:00:00Z')));
  });

  it('is folded until asked, the button saying so', async () => {
    renderHistory([move('PREPARATION', 'CONSULTATION', '2026-11-28T09:00:00Z', 'Amina Diallo')]);
    expect((await screen.findByRole('button', { name: 'Status history (1)' })).getAttribute('aria-expanded')).toBe('false');
  });

  it('shows nothing while the status never moved', async () => {
    const { container } = renderHistory([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.querySelector('button')).toBeNull();
  });
});
