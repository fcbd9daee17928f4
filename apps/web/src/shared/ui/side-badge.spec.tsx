import { screen } from '@testing-library/react';
import { OrganizationKindBadge, SideBadge } from './side-badge';
import { renderWithProviders } from '../../test/render-with-providers';

describe('SideBadge', () => {
  it('names the side in words, not only in colour', () => {
    renderWithProviders(<SideBadge side="WORKERS" />);
    expect(screen.getByText('Workers')).toBeTruthy();
  });

  it('follows the interface language', () => {
    renderWithProviders(<SideBadge side="EMPLOYERS" />, { locale: 'fr' });
    expect(screen.getByText('Employeurs')).toBeTruthy();
  });

  it('shows a neutral chip for the ILO', () => {
    renderWithProviders(<OrganizationKindBadge kind="ILO" />);
    expect(screen.getByText('ILO')).toBeTruthy();
  });
});

