import { screen } from '@testing-library/react';
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { PendingInvitationsDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { PendingInvitationsList } from './pending-invitations.list';

const invitation = (id: string, organization: { name: string; acronym: string | null } | null) => ({
  __typename: 'Invitation' as const,
  id,
  email: `${id}@example.org`,
  displayName: id,
  role: organization ? 'MEMBER' : 'ADMIN',
  expiresAt: '2026-12-08T10:00:00.000Z',
  acceptedAt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  organization: organization && { __typename: 'Organization' as const, id: `o-${id}`, ...organization },
});

const PENDING: MockedResponse = {
  request: { query: PendingInvitationsDocument },
  result: { data: { invitations: [invitation('member', { name: 'Confédération générale du travail', acronym: 'CGT' }), invitation('admin', null)] } },
};

describe('PendingInvitationsList', () => {
  it('shows an administrator’s invitation, which names no organization, as such', async () => {
    renderWithProviders(
      <MockedProvider mocks={[PENDING]}>
        <PendingInvitationsList />
      </MockedProvider>,
      { locale: 'fr' },
    );
    expect(await screen.findByText('Aucune (administration)')).toBeTruthy();
    expect(screen.getByText('CGT')).toBeTruthy();
  });
});
