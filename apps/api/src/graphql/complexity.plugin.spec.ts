import { variablesShape } from './complexity.plugin';

describe('the variables shape a kept cost is found by', () => {
  it('is the same for lists of other ids of the same length', () => {
    expect(variablesShape({ ids: ['3f1d7c1e-0000-4000-8000-000000000001'] })).toBe(variablesShape({ ids: ['3f1d7c1e-0000-4000-8000-000000000002'] }));
  });

  it('differs for a list of another length', () => {
    expect(variablesShape({ ids: ['a-long-identifier-of-forty-characters-xx'] })).not.toBe(variablesShape({ ids: ['a-long-identifier-of-forty-characters-xx', 'a-long-identifier-of-forty-characters-yy'] }));
  });

  it('differs for another number, boolean or enum value', () => {
    const shapes = [{ first: 10 }, { first: 20 }, { withMentions: true }, { withMentions: false }, { side: 'WORKERS' }, { side: 'EMPLOYERS' }].map(variablesShape);
    expect(new Set(shapes).size).toBe(6);
  });

  it('is not kept for variables too large to key by', () => {
    expect(variablesShape({ ids: Array.from({ length: 5000 }, (_, i) => i) })).toBeNull();
  });
});
