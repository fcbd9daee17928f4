import { crc32 } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { buildDossierWithCast } from '../../../test/dossier-factories';
import { SAMPLE_DRAFT, uploadDraft } from '../../../test/draft-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { DraftImportQueue, MAX_WAITING_IMPORTS } from './import/draft-import-queue';
import { unpackZip } from '../../common/files/zip-archive';
import { bombEntry, zipBomb, zipOf } from './import/zip.fixture';

const GIB = 1024 ** 3;

/** The highest resident memory of this process (the API runs in it) while `work` runs. */
async function peakRssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const result = await work();
    return { result, growthMb: (Math.max(peak, process.memoryUsage.rss()) - before) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

describe('uploads that would cost the server too much', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('refuses a Word zip bomb whose directory lies as too large, without inflating it', async () => {
    const cast = await buildDossierWithCast(t);
    const bomb = zipBomb(1.1 * GIB);
    const { result, growthMb } = await peakRssGrowth(() => uploadDraft(t, cast.facilitator.token, cast.dossierId, bomb, 'draft.docx', true));
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({
      message: expect.stringContaining('too large') as unknown as string,
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'file', constraint: 'TOO_LARGE' })] },
    });
    // Today's figure without the cap: +1,031 MB (docs/benchmarks.md, "Hostile input").
    expect(growthMb).toBeLessThan(250);
  });

  it('reads a Word draft whose picture would inflate to a gigabyte: pictures are not unpacked', async () => {
    const cast = await buildDossierWithCast(t);
    const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Article 1'), new Paragraph('Texte.')] }] }));
    const { parts } = await unpackZip(word, () => true, { maxUnpackedBytes: 10 * 1024 * 1024, maxEntries: 100 });
    const withPicture = zipOf([...[...parts].map(([name, content]) => ({ name, content, crc: crc32(content) })), bombEntry('word/media/image1.png', GIB)]);
    const { status, body } = await uploadDraft(t, cast.facilitator.token, cast.dossierId, withPicture, 'draft.docx', true);
    expect([status, body.articleCount]).toEqual([200, 1]);
  });

  it('asks an upload to retry when the importer already has its fill waiting, and serves it afterwards', async () => {
    const cast = await buildDossierWithCast(t);
    const queue = t.app.get(DraftImportQueue);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const occupying = Array.from({ length: MAX_WAITING_IMPORTS + 1 }, () => queue.run(() => held));
    const refused = await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT, 'draft.txt', true);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0]).toMatchObject({ message: expect.stringMatching(/try again/i) as unknown as string, extensions: { code: 'RATE_LIMITED' } });
    release();
    await Promise.all(occupying);
    const served = await uploadDraft(t, cast.facilitator.token, cast.dossierId, SAMPLE_DRAFT, 'draft.txt', true);
    expect([served.status, served.body.articleCount]).toEqual([200, 3]);
  });
});

