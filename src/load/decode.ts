/**
 * Bytes → text, refusing what is not text. UTF-8 (with or without a byte order mark) and UTF-16 with a
 * byte order mark are read; the mark is dropped and CRLF / CR line ends become LF, so the parser sees the
 * same text either way. Invalid UTF-8 and NUL bytes are refused, not decoded with replacement
 * characters: a quote tool must not quietly quote text it could not read.
 */
import { LoadError } from './errors.js';

/** Files larger than this are refused (the parser holds a file in memory several times over). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** A size for people, rounded up (so a file just over a limit never reads as the limit itself). */
export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** `FILE: is 32.1 MB, over the 32 MB limit`; with `atLeast` (a stream cut off at the limit) the size is not known. */
export function tooBig(file: string, bytes: number, atLeast = false): LoadError {
  const limit = `${MAX_FILE_BYTES / 1024 / 1024} MB`;
  return new LoadError(file, atLeast ? `is over the ${limit} limit` : `is ${describeSize(bytes)}, over the ${limit} limit`);
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', file: string, offset = 0): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding === 'utf-8') throw new LoadError(file, `is not valid UTF-8 text (first invalid byte at offset ${offset + firstInvalidUtf8(bytes)}; refused, not decoded with replacement characters)`);
    throw new LoadError(file, `is not valid ${encoding.toUpperCase()} text (refused)`);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!length || i + length > bytes.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

/** Share of C0 control characters (other than tab, line ends, form feed) that says "binary". */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.05;
}

export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new LoadError(file, 'is empty');
  if (bytes.length > MAX_FILE_BYTES) throw tooBig(file, bytes.length);
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decodeStrict(bytes.subarray(3), 'utf-8', file, 3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict(bytes.subarray(2), 'utf-16le', file);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict(bytes.subarray(2), 'utf-16be', file);
  else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new LoadError(file, `contains NUL bytes (at byte ${nul}): a binary file, or UTF-16 without a byte order mark; refused`);
    text = decodeStrict(bytes, 'utf-8', file);
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw new LoadError(file, `contains NUL characters (at character ${nul}); refused`);
  if (looksBinary(text)) throw new LoadError(file, 'looks like a binary file (many control characters); refused');
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new LoadError(file, 'is empty (only white space)');
  return text;
}
