import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { buildDossierWithCast } from '../../../test/dossier-factories';
import { readDraft, uploadDraft } from '../../../test/draft-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const FIXTURES = resolve(__dirname, '../../../test/fixtures');
/** Every real act in the corpus (test/fixtures/drafts/README.md), as a file a ministry would upload. */
const CORPUS = [
  'ch-sr-172.010.1.akn.xml',
  'drafts/eu-com-2025-162-proposal.akn.xml',
  'drafts/eu-gdpr-2016-679-art1-2.txt',
  'drafts/ke-statute-law-misc-amendments-bill-2016.akn.xml',
  'drafts/uk-working-time-regulations-1998-reg1.txt',
  'drafts/za-constitution-1996-ch1.akn2.xml',
  'drafts/za-constitution-1996-collection.akn.xml',
  'drafts/za-constitution-1996-s1-12.akn.xml',
  'drafts/za-constitution-1996-s1-6.txt',
];
const REVISED = 'Revisedword';

type Row = { id: string; kind: string; number: string | null; heading: string | null; text: string; diff: Array<{ op: string; text: string }> | null };

const wordPattern = (word: string, flags = 'u') => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, flags);

/** A word of a provision's text that the file holds once: changing it revises the provisions that hold it (a unit and its paragraph). */
const wordToRevise = (file: string, provisions: Row[]): string => {
  const counts = new Map<string, number>();
  for (const word of file.match(/\p{L}+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const candidates = [...new Set(provisions.flatMap((provision) => provision.text.match(/\p{L}{7,}/gu) ?? []))].filter((word) => counts.get(word) === 1);
  if (candidates.length === 0) throw new Error('no word to revise');
  return candidates[Math.floor(candidates.length / 2)];
};

/** Issue 12, Tests and measure: each act of the corpus versioned as a dossier would version it. */
describe('versions of the real acts in the corpus', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it.each(CORPUS)('%s: a word revised changes the provisions holding it, every other one follows its predecessor unchanged', async (name) => {
    const cast = await buildDossierWithCast(t);
    const file = readFileSync(resolve(FIXTURES, name), 'utf8');
    expect((await uploadDraft(t, cast.facilitator.token, cast.dossierId, file, basename(name))).status).toBe(200);
    const v1 = (await readDraft(t, cast.facilitator.token, cast.dossierId)).provisions as Row[];
    const word = wordToRevise(file, v1);
    const holding = v1.filter((row) => wordPattern(word).test(row.text)).map((row) => [row.kind, row.number]);

    const revised = file.replace(wordPattern(word), REVISED);
    const preview = await uploadDraft(t, cast.facilitator.token, cast.dossierId, revised, basename(name), true);
    expect(preview.body.previousVersion).toMatchObject({ version: 1, unrelated: false });
    expect((await uploadDraft(t, cast.facilitator.token, cast.dossierId, revised, basename(name))).status).toBe(200);

    const v2 = await readDraft(t, cast.facilitator.token, cast.dossierId);
    expect(v2.version).toBe(2);
    expect(v2.changeSummary).toMatchObject({ added: 0, removed: 0 });
    const rows = v2.provisions as Row[];
    expect(rows.map((row) => [row.kind, row.number])).toEqual(v1.map((row) => [row.kind, row.number]));
    const changed = rows.filter((row) => row.diff?.some((part) => part.op !== 'equal'));
    expect(holding.length).toBeGreaterThan(0);
    expect(changed.map((row) => [row.kind, row.number])).toEqual(holding);
    for (const row of changed) expect(row.diff).toEqual(expect.arrayContaining([{ op: 'delete', text: word }, { op: 'insert', text: REVISED }]));
    expect(rows.filter((row) => row.diff === null)).toEqual([]);
  });

  it('warns before another act of the corpus is imported as the next version of one', async () => {
    const cast = await buildDossierWithCast(t);
    const read = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
    await uploadDraft(t, cast.facilitator.token, cast.dossierId, read('drafts/za-constitution-1996-s1-12.akn.xml'), 'constitution.xml');
    const preview = await uploadDraft(t, cast.facilitator.token, cast.dossierId, read('drafts/uk-working-time-regulations-1998-reg1.txt'), 'regulations.txt', true);
    expect(preview.body.previousVersion).toMatchObject({ version: 1, unrelated: true });
  });
});
