/** Turns the bytes of a plain-text upload into a string, or tells that they are not text at all. */

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/gu;
// Real text has the odd stray control character (a form feed, a pasted escape); binary has them everywhere.
const MAX_CONTROL_RATIO = 0.01;

export const decodeText = (buffer: Buffer): DecodedText | null => {
  const decoded = decodeBytes(buffer);
  if (decoded === null) return null;
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  if (controls > decoded.text.length * MAX_CONTROL_RATIO) return null;
  return { ...decoded, text: decoded.text.replace(CONTROL, '').replace(/\r\n?/gu, '\n') };
};

const decodeBytes = (buffer: Buffer): DecodedText | null => {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return decodeWith('utf-16le', buffer.subarray(2));
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return decodeWith('utf-16be', buffer.subarray(2));
  const utf8 = decodeWith('utf-8', buffer);
  if (utf8) return utf8;
  // Word's "Save as text" on Windows still writes the legacy code page; a NUL byte means binary, not that.
  if (buffer.includes(0)) return null;
  return decodeWith('windows-1252', buffer);
};

const decodeWith = (encoding: DecodedText['encoding'], bytes: Uint8Array): DecodedText | null => {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding };
  } catch {
    return null;
  }
};
