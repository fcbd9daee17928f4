import { presenceByGroup } from './presence';

const participants = [
  { role: 'FACILITATOR', constituency: null, user: { id: 'f', displayName: 'Jonas Berger' } },
  { role: 'DELEGATE', constituency: 'GOVERNMENT' as const, user: { id: 'g', displayName: 'Marta Quispe' } },
  { role: 'DELEGATE', constituency: 'WORKERS' as const, user: { id: 'w1', displayName: 'Nadia Haddad' } },
  { role: 'DELEGATE', constituency: 'WORKERS' as const, user: { id: 'w2', displayName: 'Samuel Okoro' } },
  { role: 'OBSERVER', constituency: null, user: { id: 'o', displayName: 'Ingrid Larsen' } },
];

describe('presenceByGroup', () => {
  it('puts each present person under their side, facilitation or observers, in the order they came', () => {
    const groups = presenceByGroup(
      [
        { userId: 'w2', inRoom: false, leftAt: null },
        { userId: 'f', inRoom: false, leftAt: null },
        { userId: 'w1', inRoom: true, leftAt: null },
        { userId: 'o', inRoom: false, leftAt: null },
      ],
      participants,
    );
    expect(groups.FACILITATION.map((p) => p.displayName)).toEqual(['Jonas Berger']);
    expect(groups.WORKERS.map((p) => [p.displayName, p.inRoom])).toEqual([
      ['Samuel Okoro', false],
      ['Nadia Haddad', true],
    ]);
    expect(groups.OBSERVERS.map((p) => p.displayName)).toEqual(['Ingrid Larsen']);
    expect(groups.GOVERNMENT).toEqual([]);
    expect(groups.EMPLOYERS).toEqual([]);
  });

  it('leaves out who has left, lists a person once and ignores strangers', () => {
    const groups = presenceByGroup(
      [
        { userId: 'g', inRoom: false, leftAt: '2026-11-28T10:00:00Z' },
        { userId: 'w1', inRoom: false, leftAt: null },
        { userId: 'w1', inRoom: true, leftAt: null },
        { userId: 'admin', inRoom: false, leftAt: null },
      ],
      participants,
    );
    expect(groups.GOVERNMENT).toEqual([]);
    expect(groups.WORKERS).toEqual([{ userId: 'w1', displayName: 'Nadia Haddad', inRoom: true }]);
    expect(Object.values(groups).flat()).toHaveLength(1);
  });
});
