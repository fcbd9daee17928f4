// A Word-looking zip bomb for the hostile-input benchmark (the tests build the same one in
// apps/api/src/dossiers/drafts/import/zip.fixture.ts): word/document.xml inflates to `inflatedBytes`
// of spaces while its headers declare `declaredSize`; one compressed MiB, ending on a full flush, repeated.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export function zipBomb(inflatedBytes, declaredSize = 1_000) {
  const mib = 1024 * 1024;
  const piece = deflateRawSync(Buffer.alloc(mib, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const stream = Buffer.concat([...Array.from({ length: Math.ceil(inflatedBytes / mib) }, () => piece), deflateRawSync(Buffer.alloc(0))]);
  const types = Buffer.from('<Types/>');
  const entries = [
    { name: '[Content_Types].xml', content: types, method: 0, size: types.length, crc: crc32(types) },
    { name: 'word/document.xml', content: stream, method: 8, size: declaredSize, crc: 0 },
  ];
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, content, method, size, crc } of entries) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, content);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
