import { screen, within } from '@testing-library/react';
import { wordDiff } from '@tripart/contracts';
import { renderWithProviders } from '../../test/render-with-providers';
import { ProvisionDiff } from './provision-diff';

const BEFORE = [
  'Delete and substitute therefor the following new section—',
  '> 9. Retirement Age.',
  '> (1) A judge shall retire at sixty-five years.',
  'This section comes into force on assent.',
].join('\n');

const AFTER = BEFORE.replace('sixty-five', 'seventy');

describe('ProvisionDiff', () => {
  it('shows the changes of quoted lines inside a quotation, without their prefixes', () => {
    renderWithProviders(<ProvisionDiff diff={wordDiff(BEFORE, AFTER)} />);
    const quoted = screen.getByRole('group', { name: 'Quoted text of the amendment' });
    expect([quoted.textContent, within(quoted).getByTitle('Inserted').textContent, within(quoted).getByTitle('Deleted').textContent]).toEqual([
      '9. Retirement Age.\n(1) A judge shall retire at sixty-fiveseventy years.',
      'seventy',
      'sixty-five',
    ]);
  });

  it('shows a quoted line the new version took out as a deleted line of the quotation', () => {
    const after = BEFORE.replace('\n> (1) A judge shall retire at sixty-five years.', '');
    renderWithProviders(<ProvisionDiff diff={wordDiff(BEFORE, after)} />);
    const quoted = screen.getByRole('group', { name: 'Quoted text of the amendment' });
    expect([quoted.textContent, within(quoted).getByTitle('Deleted').textContent]).toEqual([
      '9. Retirement Age.\n(1) A judge shall retire at sixty-five years.',
      '(1) A judge shall retire at sixty-five years.',
    ]);
  });

  it('leaves the lines around the quotation outside it', () => {
    renderWithProviders(
      <span data-testid="diff">
        <ProvisionDiff diff={wordDiff(BEFORE, AFTER)} />
      </span>,
    );
    expect(screen.getByTestId('diff').textContent?.replace(screen.getByRole('group').textContent ?? '', '[quote]')).toBe(
      'Delete and substitute therefor the following new section—\n[quote]\nThis section comes into force on assent.',
    );
  });

  it('shows a text without quotation as the word diff it is, prefixes of no quotation kept', () => {
    renderWithProviders(
      <span data-testid="diff">
        <ProvisionDiff diff={wordDiff('a > b', 'a > c')} />
      </span>,
    );
    expect([screen.getByTestId('diff').textContent, screen.getByTestId('diff').querySelector('[data-quoted]')]).toEqual(['a > bc', null]);
  });
});
