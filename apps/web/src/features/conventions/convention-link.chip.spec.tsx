import { screen } from '@testing-library/react';
import type { ConventionLinkFieldsFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render-with-providers';
import { ConventionLinkChip } from './convention-link.chip';

const link = (needsReview: boolean, gapNote = 'Federations are missing.'): ConventionLinkFieldsFragment => ({
  __typename: 'ConventionLink',
  id: 'l1',
  provisionId: 'p1',
  conventionCode: 'C087',
  article: '3',
  gapNote,
  needsReview,
});

const renderChip = (value: ConventionLinkFieldsFragment, locale = 'en') =>
  renderWithProviders(<ConventionLinkChip link={value} expanded={false} controls="detail" onToggle={jest.fn()} />, { locale });

describe('ConventionLinkChip', () => {
  it('names the article and its status, with no review marker on a link as assessed', () => {
    renderChip(link(false));
    expect(screen.getByRole('button', { name: 'C087 Art. 3: Gap noted' })).toBeTruthy();
    expect(screen.queryByText('Review')).toBeNull();
  });

  it('marks a link carried to a changed provision by word and icon, and says so in its name', () => {
    renderChip(link(true, ''));
    const chip = screen.getByRole('button', { name: 'C087 Art. 3: Complies, needs review' });
    expect(chip.textContent).toContain('Review');
    expect(chip.querySelector('.convention-link-chip__review svg')).toBeTruthy();
  });

  it('says it in the reader’s language', () => {
    renderChip(link(true), 'fr');
    expect(screen.getByRole('button', { name: 'C087 art. 3 : Lacune relevée, à revoir' }).textContent).toContain('À revoir');
  });
});
