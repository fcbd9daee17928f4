import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider, type MockedResponse } from '@apollo/client/testing';
import { ConventionsDocument, SetDossierConventionsDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { DossierConventionsModal } from './dossier-conventions.modal';

const convention = (code: string, title: string) => ({ __typename: 'Convention', code, title, category: 'FUNDAMENTAL', year: 1948 });
const conventions = (locale: string): MockedResponse => ({
  request: { query: ConventionsDocument, variables: { locale } },
  result: {
    data: {
      conventions: [
        convention('C087', 'Freedom of Association and Protection of the Right to Organise Convention, 1948'),
        convention('C098', 'Right to Organise and Collective Bargaining Convention, 1949'),
        convention('C144', 'Tripartite Consultation (International Labour Standards) Convention, 1976'),
      ],
    },
  },
});
const COVERAGE = [
  { convention: { code: 'C087' }, links: [{}, {}] },
  { convention: { code: 'C098' }, links: [] },
];

function renderModal(mocks: MockedResponse[], { onClose = jest.fn(), locale = 'en' } = {}) {
  renderWithProviders(
    <MockedProvider mocks={[conventions(locale), ...mocks]}>
      <DossierConventionsModal opened dossierId="d1" saved={['C087', 'C098']} coverage={COVERAGE} onClose={onClose} />
    </MockedProvider>,
    { locale },
  );
  return onClose;
}

/** Picking an option that is already picked takes it off, as a click or Enter in the list does. */
async function toggle(name: RegExp) {
  fireEvent.click(screen.getByRole('textbox', { name: /Conventions|Convenios/ }));
  fireEvent.click(await screen.findByRole('option', { name }));
}

describe("editing the dossier's conventions", () => {
  it('says that the links of a convention taken off stay, and where, before anything is saved', async () => {
    renderModal([]);
    expect(screen.queryByRole('status')).toBeNull();
    await toggle(/^C087 ·/);
    expect(screen.getByRole('status').textContent).toBe(
      'C087 still has 2 links in the current draft. Taking it off the dossier keeps them: C087 stays on the Coverage tab, marked “Not a convention of this dossier”, until they are removed on the Draft tab.',
    );
    await toggle(/^C087 ·/);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing of links for a convention that has none', async () => {
    renderModal([]);
    await toggle(/^C098 ·/);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('saves the conventions picked, then closes', async () => {
    const save: MockedResponse = {
      request: { query: SetDossierConventionsDocument, variables: { id: 'd1', conventionCodes: ['C087', 'C098', 'C144'], locale: 'en' } },
      result: {
        data: {
          updateDossier: {
            __typename: 'Dossier',
            id: 'd1',
            conventions: ['C087', 'C098', 'C144'].map((code) => ({ __typename: 'Convention', code, title: code })),
          },
        },
      },
    };
    const onClose = renderModal([save]);
    await toggle(/^C144 ·/);
    fireEvent.click(screen.getByRole('button', { name: 'Save the conventions' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('closes without a call when nothing changed', async () => {
    const onClose = renderModal([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save the conventions' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('shows a refusal in the reader’s language and stays open', async () => {
    const refused: MockedResponse = {
      request: { query: SetDossierConventionsDocument, variables: { id: 'd1', conventionCodes: ['C087'], locale: 'fr' } },
      result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] as never },
    };
    const onClose = renderModal([refused], { locale: 'fr' });
    await toggle(/^C098 ·/);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les conventions' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/autorisation/)).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
