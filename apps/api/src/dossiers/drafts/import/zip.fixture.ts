import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Test zips, made in memory: nothing large is committed. */

export interface FixtureEntry {
  name: string;
  /** What the entry holds as stored in the archive (already deflated when `deflated`). */
  content: Buffer;
  deflated?: boolean;
  /** The unpacked size the headers declare; a zip bomb lies here. */
  declaredSize?: number;
  crc?: number;
}

/** A zip archive with stored (uncompressed) entries, for tests; `declaredSize` may lie like a zip bomb does. */
export const storedZip = (entries: ReadonlyArray<{ name: string; content: Buffer; declaredSize?: number }>): Buffer =>
  zipOf(entries.map((entry) => ({ ...entry, crc: crc32(entry.content) })));

/** A zip of deflated entries, each declared at its true size. */
export const deflatedZip = (entries: ReadonlyArray<{ name: string; content: Buffer }>): Buffer =>
  zipOf(entries.map(({ name, content }) => ({ name, content: deflateRawSync(content), deflated: true, declaredSize: content.length, crc: crc32(content) })));

/**
 * An entry that inflates to `inflatedBytes` of spaces while its headers declare
 * `declaredSize` bytes. The deflate stream is one compressed MiB repeated (each
 * piece ends on a full flush, so pieces can be chained), so building it costs
 * ~1 KB per inflated MiB, not the MiB itself.
 */
export const bombEntry = (name: string, inflatedBytes: number, declaredSize = 1_000): FixtureEntry => {
  const mib = 1024 * 1024;
  const piece = deflateRawSync(Buffer.alloc(mib, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const pieces = Math.ceil(inflatedBytes / mib);
  const stream = Buffer.concat([...Array.from({ length: pieces }, () => piece), deflateRawSync(Buffer.alloc(0))]);
  return { name, content: stream, deflated: true, declaredSize, crc: 0 };
};

/** A Word-looking zip bomb: `word/document.xml` is a bombEntry. */
export const zipBomb = (inflatedBytes: number, declaredSize = 1_000): Buffer =>
  zipOf([
    { name: '[Content_Types].xml', content: Buffer.from('<Types/>'), crc: crc32(Buffer.from('<Types/>')) },
    bombEntry('word/document.xml', inflatedBytes, declaredSize),
  ]);

/** Writes local headers, contents, the central directory and its end record. */
export const zipOf = (entries: readonly FixtureEntry[]): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content, deflated, declaredSize, crc } of entries) {
    const nameBytes = Buffer.from(name);
    const method = deflated ? 8 : 0;
    const size = declaredSize ?? content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc ?? 0, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc ?? 0, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, content);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
};
