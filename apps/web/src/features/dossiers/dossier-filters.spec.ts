import { filterDossiers, NO_FILTERS } from './dossier-filters';

const dossiers = [
  { id: 'a', status: 'CONSULTATION', country: { code: 'XV' }, me: { role: 'DELEGATE' } },
  { id: 'b', status: 'PREPARATION', country: { code: 'FR' }, me: { role: 'FACILITATOR' } },
  { id: 'c', status: 'CONSULTATION', country: { code: 'FR' }, me: { role: null } },
];

describe('dossier filters', () => {
  it('keeps everything without filters', () => {
    expect(filterDossiers(dossiers, NO_FILTERS).map((d) => d.id)).toEqual(['a', 'b', 'c']);
  });

  it('combines country, status and my part', () => {
    expect(filterDossiers(dossiers, { country: 'FR', status: 'CONSULTATION', role: null }).map((d) => d.id)).toEqual(['c']);
    expect(filterDossiers(dossiers, { country: null, status: null, role: 'NONE' }).map((d) => d.id)).toEqual(['c']);
  });
});
