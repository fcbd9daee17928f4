import type { Readable } from 'node:stream';
import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';

/**
 * Unpacks the parts of a zip archive that a reader needs, with hard limits on
 * what inflating may cost: a zip's headers can lie (a "zip bomb" declares 1,000
 * bytes and inflates to gigabytes), so the bytes are counted as they come out of
 * the inflater and it is stopped at the limit, whatever the headers said. yauzl
 * also stops an entry at its declared size (`validateEntrySizes`).
 */

export interface ZipLimits {
  /** Bytes all unpacked parts may add up to. */
  maxUnpackedBytes: number;
  /** Entries the directory may list (each costs an object even unread). */
  maxEntries: number;
}

export interface UnpackedZip {
  /** Every name the directory lists. */
  names: ReadonlySet<string>;
  /** The contents of the parts asked for. */
  parts: ReadonlyMap<string, Buffer>;
}

/** Why an archive was not unpacked: `damaged` (not a complete zip) or `too-large` (past a limit, declared or real). */
export class ZipRefusal extends Error {
  override readonly name = 'ZipRefusal';
  constructor(
    readonly reason: 'damaged' | 'too-large',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const unpackZip = async (buffer: Buffer, wanted: (name: string) => boolean, limits: ZipLimits): Promise<UnpackedZip> => {
  const zip = await fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true }).catch((error: unknown) => {
    throw new ZipRefusal('damaged', 'not a complete zip archive', { cause: error });
  });
  const names = new Set<string>();
  const parts = new Map<string, Buffer>();
  let unpacked = 0;
  let listed = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      names.add(entry.fileName);
      listed += 1; // not names.size: a name may be listed again and again
      if (listed > limits.maxEntries) throw new ZipRefusal('too-large', `more than ${limits.maxEntries} entries`);
      if (!wanted(entry.fileName) || entry.fileName.endsWith('/')) continue;
      if (unpacked + entry.uncompressedSize > limits.maxUnpackedBytes) throw new ZipRefusal('too-large', 'declared sizes past the limit');
      const content = await readCapped(zip, entry, limits.maxUnpackedBytes - unpacked);
      unpacked += content.length;
      parts.set(entry.fileName, content);
    }
  } catch (error) {
    throw error instanceof ZipRefusal ? error : new ZipRefusal('damaged', 'an entry could not be read', { cause: error });
  } finally {
    zip.close();
  }
  return { names, parts };
};

/** One entry's bytes, the inflater stopped as soon as they pass `cap` or the entry's declared size. */
const readCapped = async (zip: ZipFile, entry: Entry, cap: number): Promise<Buffer> => {
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > cap) throw new ZipRefusal('too-large', 'unpacked bytes past the limit');
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    // yauzl's own stop at the declared size: the headers lied about this entry.
    if (/too many bytes in the stream/.test(String((error as Error)?.message))) throw new ZipRefusal('too-large', 'an entry inflates past its declared size', { cause: error });
    throw error;
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, length);
};
