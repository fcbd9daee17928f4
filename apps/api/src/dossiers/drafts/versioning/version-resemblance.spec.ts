import { resemblance } from './version-resemblance';

const unit = (number: number, text: string) => ({ id: `id-${number}-${text.length}`, key: `art_${number}`, number: `Article ${number}`, text });

const LABOUR = [
  'Every worker has the right to fair remuneration and to equal pay for work of equal value.',
  'Normal hours of work shall not exceed forty hours in a week and eight hours in a day.',
  'Every worker is entitled to a paid annual leave of at least three working weeks.',
  'Workers and employers have the right to establish and join organisations of their choosing.',
];
const FISHERIES = [
  'A licence is required for every vessel engaged in commercial fishing within the zone.',
  'The minister shall publish the total allowable catch for each species every year.',
  'Nets with a mesh smaller than the prescribed size shall not be carried on board.',
  'An inspector may board any fishing vessel and examine its catch and its gear.',
];

describe('how much a new version resembles the previous one', () => {
  it('finds a revised version of the same text related, though every provision changed a little', () => {
    const next = LABOUR.map((text, i) => unit(i + 1, text.replace('shall', 'must').replace('every', 'each')));
    const found = resemblance(LABOUR.map((text, i) => unit(i + 1, text)), next);
    expect(found).toMatchObject({ matching: 4, previousCount: 4, nextCount: 4, unrelated: false });
  });

  it('finds another law unrelated, though its articles carry the same numbers', () => {
    const found = resemblance(LABOUR.map((text, i) => unit(i + 1, text)), FISHERIES.map((text, i) => unit(i + 1, text)));
    expect(found).toMatchObject({ matching: 0, unrelated: true });
  });

  it('counts a version that keeps one provision of four and adds twelve as unrelated', () => {
    const next = [unit(1, LABOUR[0]), ...Array.from({ length: 12 }, (_, i) => unit(i + 2, `${FISHERIES[i % 4]} Rule ${i}.`))];
    expect(resemblance(LABOUR.map((text, i) => unit(i + 1, text)), next)).toMatchObject({ matching: 1, nextCount: 13, unrelated: true });
  });
});
