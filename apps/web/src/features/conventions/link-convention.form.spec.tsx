import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { ConventionsDocument, LinkConventionDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { LinkConventionForm } from './link-convention.form';

const CONVENTIONS: MockedResponse = {
  request: { query: ConventionsDocument, variables: { locale: 'en' } },
  result: {
    data: {
      conventions: [{ __typename: 'Convention', code: 'C087', title: 'Freedom of Association and Protection of the Right to Organise Convention, 1948', category: 'FUNDAMENTAL', year: 1948 }],
    },
  },
};

function renderForm(mocks: MockedResponse[], onDone = jest.fn()) {
  renderWithProviders(
    <MockedProvider mocks={[CONVENTIONS, ...mocks]}>
      <LinkConventionForm dossierId="d1" dossierConventionCodes={['C087']} provisionId="p1" links={[]} editing={null} onDone={onDone} onCancel={jest.fn()} />
    </MockedProvider>,
  );
  return onDone;
}

describe('LinkConventionForm', () => {
  it('flags an article that is not a number next to it, calls nothing, and clears the message on typing', () => {
    const onDone = renderForm([]);
    fireEvent.change(screen.getByRole('textbox', { name: /Article of the convention/ }), { target: { value: '3; 4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect(screen.getByText('Use the article number only, such as 3, 4(1) or 2 bis')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Article of the convention/ }), { target: { value: '3' } });
    expect(screen.queryByText('Use the article number only, such as 3, 4(1) or 2 bis')).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("links the provision to the dossier's only convention, with the article and gap note trimmed", async () => {
    const link: MockedResponse = {
      request: { query: LinkConventionDocument, variables: { input: { provisionId: 'p1', conventionCode: 'C087', article: '3', gapNote: 'Federations are missing.' } } },
      result: { data: { linkConvention: { __typename: 'ConventionLink', id: 'l1', provisionId: 'p1', conventionCode: 'C087', article: '3', gapNote: 'Federations are missing.', needsReview: false } } },
    };
    const onDone = renderForm([link]);
    fireEvent.change(screen.getByRole('textbox', { name: /Article of the convention/ }), { target: { value: ' 3 ' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Gap note/ }), { target: { value: ' Federations are missing. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('shows a refusal from the server in plain words', async () => {
    const refused: MockedResponse = {
      request: { query: LinkConventionDocument, variables: { input: { provisionId: 'p1', conventionCode: 'C087', article: '3', gapNote: '' } } },
      result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] as never },
    };
    const onDone = renderForm([refused]);
    fireEvent.change(screen.getByRole('textbox', { name: /Article of the convention/ }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    expect((await screen.findByRole('alert')).textContent).toContain("You don't have permission to do this.");
    expect(onDone).not.toHaveBeenCalled();
  });
});
