import { screen } from '@testing-library/react';
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { InvitationPreviewDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { SessionContext, type SessionContextValue } from './session.context';
import { InvitationPage } from './invitation.page';

const refused = (reason?: string): MockedResponse => ({
  request: { query: InvitationPreviewDocument, variables: { token: 'tok' } },
  result: { errors: [new GraphQLError('refused', { extensions: { code: 'BAD_USER_INPUT', ...(reason ? { reason } : {}) } })] },
});

function renderPage(mock: MockedResponse, locale = 'en') {
  renderWithProviders(
    <SessionContext.Provider value={{ status: 'signedOut', me: null, meError: false, signIn: jest.fn(), signOut: jest.fn() } as unknown as SessionContextValue}>
      <MockedProvider mocks={[mock]}>
        <MemoryRouter initialEntries={['/invitation#tok']}>
          <InvitationPage />
        </MemoryRouter>
      </MockedProvider>
    </SessionContext.Provider>,
    { locale },
  );
}

describe('InvitationPage', () => {
  it('says the link has expired when the server says so, in the person’s language', async () => {
    renderPage(refused('INVITATION_EXPIRED'), 'fr');
    expect(await screen.findByText(/Cette invitation a expiré \(un lien vaut 7 jours\)/)).toBeTruthy();
  });

  it('says the link was already used when the server says so', async () => {
    renderPage(refused('INVITATION_USED'));
    expect(await screen.findByText(/already been used\. Sign in with the password you chose/)).toBeTruthy();
  });

  it('lists every possibility when the server names no reason', async () => {
    renderPage(refused());
    expect(await screen.findByText(/expired, was already used, or is incomplete/)).toBeTruthy();
  });
});
