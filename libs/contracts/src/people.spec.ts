import { constituencyOf } from './people';

describe('constituencyOf', () => {
  it('maps the three sides to themselves', () => {
    expect(constituencyOf('WORKERS')).toBe('WORKERS');
  });

  it('gives no side to the ILO or partners', () => {
    expect(constituencyOf('ILO')).toBeNull();
    expect(constituencyOf('PARTNER')).toBeNull();
  });
});
