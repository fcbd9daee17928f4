import { mentionHref, mentionPlaceLabel } from './mention-link';
import { relativeTime } from './relative-time';

describe('a mention on the home page', () => {
  const place = { dossierId: 'd1', provisionId: 'p3', provisionNumber: 'Article 3', provisionHeading: 'Right to organize' };

  it('links to the reader at the provision, on its draft when known', () => {
    expect(mentionHref(place, 'v1')).toBe('/dossiers/d1/draft?draft=v1&provision=p3');
    expect(mentionHref(place)).toBe('/dossiers/d1/draft?provision=p3');
  });

  it('names the provision as the reader does', () => {
    expect(mentionPlaceLabel(place, 'A provision')).toBe('Article 3 — Right to organize');
    expect(mentionPlaceLabel({ ...place, provisionHeading: null }, 'A provision')).toBe('Article 3');
    expect(mentionPlaceLabel({ ...place, provisionNumber: null }, 'A provision')).toBe('Right to organize');
    expect(mentionPlaceLabel({ ...place, provisionNumber: null, provisionHeading: null }, 'A provision')).toBe('A provision');
  });
});

describe('relative dates', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it('says now, minutes, hours and days ago in the reader’s language', () => {
    expect(relativeTime(ago(10_000), now, 'en')).toBe('now');
    expect(relativeTime(ago(5 * 60_000), now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 3_600_000), now, 'fr')).toBe('il y a 3 heures');
    expect(relativeTime(ago(26 * 3_600_000), now, 'en')).toBe('yesterday');
    expect(relativeTime(ago(3 * 86_400_000), now, 'es')).toBe('hace 3 días');
  });

  it('gives the date past a week', () => {
    expect(relativeTime('2026-11-01T12:00:00Z', now, 'en')).toBe('Nov 1, 2026');
  });

  it('says nothing for a date it cannot read', () => expect(relativeTime('not a date', now, 'en')).toBe(''));
});
