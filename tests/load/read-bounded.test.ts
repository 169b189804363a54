import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutMiddle, LoadError } from '../../src/load/errors.js';
import { readBounded, readRegularFileOrNull } from '../../src/load/read-bounded.js';
import { folder } from './helpers.js';

describe('readBounded', () => {
  it('reads a regular file within the limit, and refuses a larger one before reading it', () => {
    const dir = folder({ 'small.txt': 'x'.repeat(10), 'big.txt': 'x'.repeat(11) });
    const small = readBounded(path.join(dir, 'small.txt'), { limit: 10 });
    expect(small.kind === 'ok' && small.bytes.toString()).toBe('x'.repeat(10));
    expect(readBounded(path.join(dir, 'big.txt'), { limit: 10 })).toMatchObject({ kind: 'too-big', size: 11 });
  });

  it('reads a character device named by the user as a stream, at most limit + 1 bytes', () => {
    expect(readBounded('/dev/zero', { limit: 1000, stream: true })).toMatchObject({ kind: 'too-big', size: 1001 });
    expect(readBounded('/dev/null', { limit: 1000, stream: true })).toMatchObject({ kind: 'ok', bytes: Buffer.alloc(0) });
  });

  it('refuses a device or a folder where a regular file is expected', () => {
    expect(readBounded('/dev/zero', { limit: 1000 }).kind).toBe('not-regular');
    expect(readBounded(folder(), { limit: 1000 }).kind).toBe('not-regular');
    expect(readRegularFileOrNull('/dev/zero', 1000)).toBeNull();
  });

  it.skipIf(spawnSync('mkfifo', ['--version']).status !== 0)('does not wait for a writer on a FIFO it did not expect', () => {
    const fifo = path.join(folder(), 'entry.json');
    spawnSync('mkfifo', [fifo]);
    expect(readBounded(fifo, { limit: 1000 }).kind).toBe('not-regular');
    expect(readRegularFileOrNull(fifo, 1000)).toBeNull();
  });

  it('throws the system error for a missing file', () => {
    expect(() => readBounded(path.join(folder(), 'none'), { limit: 10 })).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('short error lines', () => {
  it('cuts a long text in the middle, on code points', () => {
    expect(cutMiddle('short', 10)).toBe('short');
    expect(cutMiddle('abcdefghijkl', 7)).toBe('abc…jkl');
    expect(cutMiddle('😀'.repeat(20), 5)).toBe('😀😀…😀😀');
  });

  it('keeps a LoadError message short but its file whole', () => {
    const file = `/${'deep/'.repeat(2000)}talk.txt`;
    const error = new LoadError(file, 'no such file or directory');
    expect(error.file).toBe(file);
    expect(error.message.length).toBeLessThan(120);
    expect(error.message).toMatch(/^\/deep\/.*….*\/deep\/talk\.txt: no such file or directory$/);
  });
});
