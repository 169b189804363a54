import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, MAX_FILE_BYTES } from '../../src/load/decode.js';
import { LoadError } from '../../src/load/errors.js';
import { SAMPLE, utf16be, utf16le } from './helpers.js';

function problem(bytes: Uint8Array): string {
  try {
    decodeText(bytes, 'f.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).file).toBe('f.txt');
    return (error as LoadError).problem;
  }
  throw new Error('expected a LoadError');
}

describe('decodeText', () => {
  const plain = decodeText(Buffer.from(SAMPLE), 'f.txt');

  it('reads UTF-8 as is', () => {
    expect(plain).toBe(SAMPLE);
  });

  it.each([
    ['a UTF-8 byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)])],
    ['CRLF line ends', Buffer.from(SAMPLE.replace(/\n/g, '\r\n'))],
    ['old Mac CR line ends', Buffer.from(SAMPLE.replace(/\n/g, '\r'))],
    ['UTF-16 LE with a byte order mark', utf16le(SAMPLE)],
    ['UTF-16 BE with a byte order mark', utf16be(SAMPLE)],
    ['UTF-16 LE, a byte order mark and CRLF', utf16le(SAMPLE.replace(/\n/g, '\r\n'))],
  ])('reads %s as if it were plain UTF-8 with LF', (_, bytes) => {
    expect(decodeText(bytes, 'f.txt')).toBe(plain);
  });

  it('refuses an empty file, and one of only white space or a byte order mark', () => {
    expect(problem(Buffer.alloc(0))).toBe('is empty');
    expect(problem(Buffer.from(' \n\r\n\t'))).toMatch(/^is empty/);
    expect(problem(Buffer.from([0xef, 0xbb, 0xbf]))).toMatch(/^is empty/);
  });

  it('refuses NUL bytes and says where', () => {
    expect(problem(Buffer.from('abc\u0000def'))).toMatch(/NUL bytes \(at byte 3\).*refused/);
    expect(problem(utf16le('no byte order mark', false))).toMatch(/NUL bytes/);
  });

  it('refuses invalid UTF-8 (no replacement characters) and says where', () => {
    const bytes = Buffer.concat([Buffer.from('Putin said: '), Buffer.from([0xc3, 0x28]), Buffer.from(' tango')]);
    expect(problem(bytes)).toMatch(/not valid UTF-8.*offset 12.*refused/);
    expect(firstInvalidUtf8(bytes)).toBe(12);
    expect(firstInvalidUtf8(Buffer.from('héllo ✓'))).toBe(Buffer.from('héllo ✓').length);
  });

  it('refuses a binary file', () => {
    const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => (i % 7) + 1));
    expect(problem(binary)).toMatch(/binary/);
    expect(problem(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(/NUL|binary|UTF-8/);
  });

  it('keeps escape sequences for the printers to neutralise (they are text, not binary)', () => {
    expect(decodeText(Buffer.from('Putin said: "\u001b]52;c;aGk=\u0007 tango"'), 'f.txt')).toContain('\u001b]52');
  });

  it('refuses more than the size limit', () => {
    expect(problem(Buffer.alloc(MAX_FILE_BYTES + 1, 0x61))).toBe('is 32.1 MB, over the 32 MB limit');
  });
});
