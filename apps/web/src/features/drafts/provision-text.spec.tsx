import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render-with-providers';
import { ReaderLinks } from './provision-links';
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

  const DEFINITION = 'In this Act “worker” means a person who must be paid under section 2 or the Labour Relations Act.';
  const at = (words: string) => ({ start: DEFINITION.indexOf(words), end: DEFINITION.indexOf(words) + words.length });
  const MARKS = [
    { kind: 'DEFINITION', ...at('“worker”') },
    { kind: 'STRONG', ...at('must') },
    { kind: 'REFERENCE', ...at('section 2'), target: 'sec_2' },
    { kind: 'REFERENCE', ...at('Labour Relations Act'), target: null },
  ];

  it('draws a definition as <dfn> and emphasis as <strong>, the text unchanged', () => {
    const { container } = renderWithProviders(
      <span data-quote-root>
        <ProvisionText text={DEFINITION} marks={MARKS} />
      </span>,
    );
    expect(container.querySelector('dfn')?.textContent).toBe('“worker”');
    expect(container.querySelector('strong')?.textContent).toBe('must');
    expect(container.querySelector('[data-quote-root]')?.textContent).toBe(DEFINITION);
  });

  it('makes a reference to a provision of the draft a link that follows it in the reader, and no other reference a link', () => {
    const follow = jest.fn();
    renderWithProviders(
      <ReaderLinks provisions={[{ id: 'p-2', key: 'sec_2' }]} follow={follow}>
        <ProvisionText text={DEFINITION} marks={MARKS} />
      </ReaderLinks>,
    );
    const link = screen.getByRole('link', { name: 'section 2' });
    expect(link.getAttribute('href')).toContain('provision=p-2');
    fireEvent.click(link);
    expect(follow).toHaveBeenCalledWith('p-2');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('shows a reference as text where there is no reader to follow it (the live room)', () => {
    renderWithProviders(<ProvisionText text={DEFINITION} marks={MARKS} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('draws marks inside quoted text and nested marks as nested elements', () => {
    const text = 'Substitute—\n> (a) the wages are paid';
    const { container } = renderWithProviders(
      <ProvisionText
        text={text}
        marks={[
          { kind: 'EMPHASIS', start: 18, end: 37 },
          { kind: 'STRONG', start: 22, end: 27 },
        ]}
      />,
    );
    expect(container.querySelector('[data-quoted] em')?.textContent).toBe('the wages are paid');
    expect(container.querySelector('[data-quoted] em strong')?.textContent).toBe('wages');
  });
});
