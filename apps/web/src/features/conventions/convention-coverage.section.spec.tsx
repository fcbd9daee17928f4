import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render-with-providers';
import { ConventionCoverageSection } from './convention-coverage.section';
import type { CoverageLink, CoverageProvision } from './coverage-rows';

// React Router needs more of the browser than jsdom has; a plain anchor shows where the link goes.
jest.mock('react-router', () => ({
  Link: ({ to, ...props }: { to: string } & Record<string, unknown>) => <a href={to} {...props} />,
}));

const provisions = new Map<string, CoverageProvision>(
  [
    { __typename: 'Provision', id: 'a3', kind: 'ARTICLE', number: 'Article 3', heading: 'Right to organise', parentId: null, position: 3 },
    { __typename: 'Provision', id: 'a4', kind: 'ARTICLE', number: 'Article 4', heading: 'Registration', parentId: null, position: 4 },
  ].map((p) => [p.id, p as CoverageProvision]),
);
const link = (id: string, provisionId: string, article: string, gapNote = '', needsReview = false): CoverageLink => ({ __typename: 'ConventionLink', id, provisionId, conventionCode: 'C087', article, gapNote, needsReview });
const CONVENTION = { code: 'C087', title: 'Freedom of Association and Protection of the Right to Organise Convention, 1948', category: 'FUNDAMENTAL' as const };

function renderSection(links: CoverageLink[], { onlyGaps = false, locale = 'en', outsideDossier = false } = {}) {
  return renderWithProviders(
    <ConventionCoverageSection
      dossierId="d1"
      convention={CONVENTION}
      links={links}
      provisions={provisions}
      labelOf={(p) => `${p.number} — ${p.heading}`}
      onlyGaps={onlyGaps}
      outsideDossier={outsideDossier}
    />,
    { locale },
  );
}

describe('the coverage of one convention', () => {
  it('lists its articles in order, the provisions that address them (to the reader) and the gaps', () => {
    renderSection([link('l1', 'a4', '10'), link('l2', 'a3', '3', 'No word on federations'), link('l3', 'a4', '3')]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`C087 — ${CONVENTION.title}`);
    expect(screen.getByText('2 articles addressed by 2 provisions · 1 gap noted')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'C087: articles and the provisions that address them' });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Art. 3', 'Art. 10']);
    const article3 = within(table).getByRole('link', { name: 'Article 3 — Right to organise' });
    expect(article3.getAttribute('href')).toBe('/dossiers/d1/draft?provision=a3');
    expect(within(table).getByText('No word on federations')).toBeTruthy();
    expect(within(table).getAllByText('Complies')).toHaveLength(2);
  });

  it('keeps only the articles with a gap when asked', () => {
    renderSection([link('l1', 'a4', '10'), link('l2', 'a3', '3', 'No word on federations')], { onlyGaps: true });
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Art. 3']);
  });

  it('says when no provision addresses the convention, in the reader’s language', () => {
    renderSection([], { locale: 'fr' });
    expect(screen.getByText('Aucune disposition du projet ne traite encore cette convention.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('marks a convention taken off the dossier that provisions are still linked to, by word and icon', () => {
    renderSection([link('l1', 'a3', '3')], { outsideDossier: true });
    const section = screen.getByRole('region', { name: `C087 — ${CONVENTION.title}` });
    expect(within(section).getByText('Not a convention of this dossier')).toBeTruthy();
    expect(within(section).getByText('Provisions of the draft are still linked to it. It leaves the coverage once those links are removed.')).toBeTruthy();
  });

  it('marks the links carried to a changed provision as needing review, by word and icon, and counts them', () => {
    renderSection([link('l1', 'a3', '3', 'No word on federations', true), link('l2', 'a4', '3')]);
    expect(screen.getByText('1 article addressed by 2 provisions · 1 gap noted · 1 link to review')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('Needs review')).toBeTruthy();
    expect(within(rows[1]).queryByText('Needs review')).toBeNull();
  });

  it('counts no link to review when none is', () => {
    renderSection([link('l1', 'a3', '3', 'No word on federations')]);
    expect(screen.getByText('1 article addressed by 1 provision · 1 gap noted')).toBeTruthy();
    expect(screen.queryByText('Needs review')).toBeNull();
  });

  it('does not mark the dossier’s own conventions', () => {
    renderSection([link('l1', 'a3', '3')]);
    expect(screen.queryByText('Not a convention of this dossier')).toBeNull();
  });
});
