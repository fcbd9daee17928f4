import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render-with-providers';
import { ProvisionText } from './provision-text';

const AMENDMENT = [
  'Delete and substitute therefor the following new section—',
  '> 9. Retirement Age.',
  '> (1) Subject to subsection (2), the age at which a judge shall retire shall be seventy years.',
  'This section comes into force on assent.',
].join('\n');

describe('ProvisionText', () => {
  it('shows what an amendment quotes as a quotation, named in the reader’s language', () => {
    renderWithProviders(<ProvisionText text={AMENDMENT} />, { locale: 'fr' });
    const quoted = screen.getByRole('group', { name: 'Texte cité par la modification' });
    expect(quoted.textContent).toBe('> 9. Retirement Age.\n> (1) Subject to subsection (2), the age at which a judge shall retire shall be seventy years.');
  });

  it('keeps the stored text, prefixes included, so that selected words keep their offsets', () => {
    const { container } = renderWithProviders(
      <span data-quote-root>
        <ProvisionText text={AMENDMENT} />
      </span>,
    );
    expect(container.querySelector('[data-quote-root]')?.textContent).toBe(AMENDMENT);
  });

  it('renders a text without quotation as it is', () => {
    const { container } = renderWithProviders(
      <span data-quote-root>
        <ProvisionText text={'One.\n\nTwo.'} />
      </span>,
    );
    expect([container.querySelector('[data-quote-root]')?.textContent, container.querySelector('[data-quoted]')]).toEqual(['One.\n\nTwo.', null]);
  });
});
