import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { ConventionsDocument, MarkConventionLinkReviewedDocument, type ConventionLinkFieldsFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { ConventionLinkDetail } from './convention-link.detail';

const CONVENTIONS: MockedResponse = {
  request: { query: ConventionsDocument, variables: { locale: 'en' } },
  result: {
    data: {
      conventions: [{ __typename: 'Convention', code: 'C087', title: 'Freedom of Association and Protection of the Right to Organise Convention, 1948', category: 'FUNDAMENTAL', year: 1948 }],
    },
  },
};

const LINK: ConventionLinkFieldsFragment = {
  __typename: 'ConventionLink',
  id: 'l1',
  provisionId: 'p1',
  conventionCode: 'C087',
  article: '3',
  gapNote: 'Federations are missing.',
  needsReview: true,
};

const EXPLANATION = 'The provision changed since this link was assessed: the gap note may no longer hold.';

const reviewed = (delay = 0): MockedResponse => ({
  request: { query: MarkConventionLinkReviewedDocument, variables: { id: 'l1' } },
  result: { data: { markConventionLinkReviewed: { ...LINK, needsReview: false } } },
  delay,
});

function renderDetail({ link = LINK, canManage = true, mocks = [] as MockedResponse[] } = {}) {
  renderWithProviders(
    <MockedProvider mocks={[CONVENTIONS, ...mocks]}>
      <ConventionLinkDetail id="detail" link={link} dossierId="d1" provisionLabel="Article 3" canManage={canManage} onEdit={jest.fn()} onRemoved={jest.fn()} />
    </MockedProvider>,
  );
}

describe('ConventionLinkDetail, for a link carried to a changed provision', () => {
  it('explains why the link needs review and lets the facilitator mark it reviewed, keeping the keyboard on the link', async () => {
    renderDetail({ mocks: [reviewed()] });
    expect(screen.getByText('Needs review')).toBeTruthy();
    expect(screen.getByText(EXPLANATION)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Marked as reviewed: the gap note stands.'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit the gap note' })));
  });

  it('shows the action busy while the mark is on its way', async () => {
    renderDetail({ mocks: [reviewed(200)] });
    fireEvent.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark as reviewed' }).hasAttribute('data-loading')).toBe(true));
    await screen.findByText('Marked as reviewed: the gap note stands.');
  });

  it('shows a refusal in plain words and keeps the link to review', async () => {
    const refused: MockedResponse = {
      request: { query: MarkConventionLinkReviewedDocument, variables: { id: 'l1' } },
      result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] as never },
    };
    renderDetail({ mocks: [refused] });
    fireEvent.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
    expect((await screen.findByRole('alert')).textContent).toContain("You don't have permission to do this.");
    expect(screen.getByRole('button', { name: 'Mark as reviewed' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('tells a delegate why, and offers no action', async () => {
    renderDetail({ canManage: false });
    expect(screen.getByText(EXPLANATION)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });

  it('says nothing of a review on a link as assessed', async () => {
    renderDetail({ link: { ...LINK, needsReview: false } });
    expect(screen.queryByText(EXPLANATION)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark as reviewed' })).toBeNull();
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });
});
