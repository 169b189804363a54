import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TranscriptCache } from '../../src/load/cache.js';
import { LoadError } from '../../src/load/errors.js';
import { CHUNK_BYTES, nodeIo, OutputClosed, removeStaleTemporaries, STALE_AFTER_MS, temporaryPath, writeChunks, writeOutputFile, writeToDescriptor, type WriteIo } from '../../src/load/write.js';
import { parseTranscript } from '../../src/parse/index.js';
import { folder, SAMPLE } from './helpers.js';

const isRoot = process.getuid?.() === 0;

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code, syscall: 'write' });
}

/** A writer that takes `capacity` bytes in all (in writes of at most `perWrite`), then fails with `code`. */
function fillingIo(capacity: number, code = 'ENOSPC', perWrite = Infinity): WriteIo & { calls: number; written: number } {
  const io = {
    calls: 0,
    written: 0,
    async write(fd: number, buffer: Uint8Array, offset: number, length: number) {
      io.calls++;
      const room = capacity - io.written;
      if (room <= 0) throw errno(code);
      const n = Math.min(length, room, perWrite);
      const written = await nodeIo.write(fd, buffer, offset, n);
      io.written += written;
      return written;
    },
    fsync: nodeIo.fsync,
  };
  return io;
}

async function loadError(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

const BIG = 'x'.repeat(1000) + '\n';
const bigText = (lines: number) => BIG.repeat(lines);

describe('writeOutputFile: a regular file', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const dir = folder();
    const target = path.join(dir, 'out.json');
    await writeOutputFile(target, 'hello\n');
    await writeOutputFile(target, 'again\n');
    expect(readFileSync(target, 'utf8')).toBe('again\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes chunks from a generator, in order', async () => {
    const dir = folder();
    const target = path.join(dir, 'out.txt');
    function* lines() {
      for (let i = 0; i < 5000; i++) yield `line ${i}\n`;
    }
    await writeOutputFile(target, lines());
    expect(readFileSync(target, 'utf8')).toBe([...lines()].join(''));
  });

  it('refuses to overwrite its input, also through another path to it', async () => {
    const dir = folder({ 'in.txt': SAMPLE });
    const input = path.join(dir, 'in.txt');
    expect((await loadError(writeOutputFile(input, 'x', { notOver: [input] }))).problem).toMatch(/is the input file/);
    expect((await loadError(writeOutputFile(path.join(dir, '.', 'sub', '..', 'in.txt'), 'x', { notOver: [input] }))).problem).toMatch(/is the input file/);
    symlinkSync(input, path.join(dir, 'link.txt'));
    expect((await loadError(writeOutputFile(path.join(dir, 'link.txt'), 'x', { notOver: [input] }))).problem).toMatch(/is the input file/);
    expect(readFileSync(input, 'utf8')).toBe(SAMPLE);
  });

  it('reports a missing folder and leaves nothing behind', async () => {
    const dir = folder();
    const error = await loadError(writeOutputFile(path.join(dir, 'nope', 'out.json'), 'x'));
    expect(error.problem).toBe('cannot be written (its folder does not exist)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder', async () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'sub'));
    expect((await loadError(writeOutputFile(path.join(dir, 'sub'), 'x'))).problem).toBe('is a directory');
  });
});

describe('writeOutputFile on a full disk (an injected writer)', () => {
  for (const [code, words] of [
    ['ENOSPC', 'no space left on device'],
    ['EDQUOT', 'disk quota exceeded'],
    ['EIO', 'input/output error'],
  ]) {
    it(`${code} after some bytes leaves the old file untouched, removes the temporary file and says "${words}"`, async () => {
      const dir = folder({ 'out.txt': 'the old, valid output\n' });
      const target = path.join(dir, 'out.txt');
      const io = fillingIo(100_000, code);
      const error = await loadError(writeOutputFile(target, bigText(1000), { io }));
      expect(error.file).toBe(target);
      expect(error.problem).toBe(`cannot be written (${words})`);
      expect(io.written).toBe(100_000);
      expect(readFileSync(target, 'utf8')).toBe('the old, valid output\n');
      expect(readdirSync(dir)).toEqual(['out.txt']);
    });
  }

  it('continues after short writes, so nothing is lost', async () => {
    const dir = folder();
    const target = path.join(dir, 'out.txt');
    const text = bigText(300);
    const io = fillingIo(Infinity, 'ENOSPC', 777);
    await writeOutputFile(target, text, { io });
    expect(readFileSync(target, 'utf8')).toBe(text);
    expect(io.calls).toBe(Math.ceil(Buffer.byteLength(text) / 777));
  });

  it('a failing fsync fails the write (the data may not be on the disk)', async () => {
    const dir = folder({ 'out.txt': 'old\n' });
    const target = path.join(dir, 'out.txt');
    const io: WriteIo = { write: nodeIo.write, fsync: async () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO', syscall: 'fsync' })) };
    expect((await loadError(writeOutputFile(target, 'new\n', { io }))).problem).toBe('cannot be written (input/output error)');
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('an error while making the output is not reported as a write error, and leaves nothing behind', async () => {
    const dir = folder({ 'out.txt': 'old\n' });
    const target = path.join(dir, 'out.txt');
    function* broken() {
      yield 'a'.repeat(CHUNK_BYTES * 2);
      throw new TypeError('text.replace is not a function');
    }
    await expect(writeOutputFile(target, broken())).rejects.toThrow(TypeError);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
});

/** Mounts a tmpfs of `size` on a fresh folder, or returns null where that is not allowed. */
function smallDisk(size: string): string | null {
  if (!isRoot) return null;
  const dir = folder();
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  return r.status === 0 ? dir : null;
}

describe('writeOutputFile on a real full disk (a 64 KB tmpfs)', () => {
  const disk = smallDisk('64k');
  it.skipIf(!disk)('fails with "no space left on device" and keeps the old file', async () => {
    try {
      const target = path.join(disk!, 'out.txt');
      writeFileSync(target, 'the old, valid output\n');
      const error = await loadError(writeOutputFile(target, bigText(200)));
      expect(error.problem).toBe('cannot be written (no space left on device)');
      expect(readFileSync(target, 'utf8')).toBe('the old, valid output\n');
      expect(readdirSync(disk!)).toEqual(['out.txt']);
    } finally {
      spawnSync('umount', [disk!]);
    }
  });
});

describe('writeChunks: chunks and back-pressure', () => {
  it('writes at most CHUNK_BYTES at a time and asks for the next piece only after the last write', async () => {
    const dir = folder();
    const fd = openSync(path.join(dir, 'out.txt'), 'w');
    let made = 0;
    const madeAtWrite: number[] = [];
    const lengths: number[] = [];
    const io: WriteIo = {
      write: async (f, buffer, offset, length) => {
        madeAtWrite.push(made);
        lengths.push(length);
        return nodeIo.write(f, buffer, offset, length);
      },
      fsync: nodeIo.fsync,
    };
    function* pieces() {
      for (let i = 0; i < 10_000; i++) {
        made++;
        yield `${'y'.repeat(99)}\n`;
      }
    }
    await writeChunks(fd, pieces(), io);
    closeSync(fd);
    expect(statSync(path.join(dir, 'out.txt')).size).toBe(1_000_000);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(CHUNK_BYTES);
    // Lazy: by the first write only about one chunk's worth of the 10,000 pieces had been made.
    expect(madeAtWrite[0]).toBeLessThan(CHUNK_BYTES / 100 + 2);
    expect(lengths.length).toBeGreaterThan(10);
  });

  it('waits and retries while a non-blocking descriptor says EAGAIN', async () => {
    const dir = folder();
    const file = path.join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    let refusals = 0;
    const io: WriteIo = {
      write: async (f, buffer, offset, length) => {
        if (refusals < 5) {
          refusals++;
          throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN', syscall: 'write' });
        }
        return nodeIo.write(f, buffer, offset, length);
      },
      fsync: nodeIo.fsync,
    };
    await writeChunks(fd, 'all of it\n', io);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('all of it\n');
    expect(refusals).toBe(5);
  });

  it('writeToDescriptor: EPIPE is OutputClosed, ENOSPC one line naming the output', async () => {
    const pipeIo = fillingIo(0, 'EPIPE');
    await expect(writeToDescriptor(1, 'x', 'stdout', pipeIo)).rejects.toBeInstanceOf(OutputClosed);
    const error = await loadError(writeToDescriptor(1, 'x', 'stdout', fillingIo(0, 'ENOSPC')));
    expect(`${error.file}: ${error.problem}`).toBe('stdout: cannot be written (no space left on device)');
  });
});

describe('writeOutputFile: modes and owners', () => {
  it('keeps a 0600 file 0600 (and 0640 0640)', async () => {
    const dir = folder({ 'secret.txt': 'old', 'group.txt': 'old' });
    chmodSync(path.join(dir, 'secret.txt'), 0o600);
    chmodSync(path.join(dir, 'group.txt'), 0o640);
    await writeOutputFile(path.join(dir, 'secret.txt'), 'new');
    await writeOutputFile(path.join(dir, 'group.txt'), 'new');
    expect(statSync(path.join(dir, 'secret.txt')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, 'group.txt')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(dir, 'secret.txt'), 'utf8')).toBe('new');
  });

  it('creates a new file as the shell would (0666 less the umask)', async () => {
    const dir = folder();
    await writeOutputFile(path.join(dir, 'new.txt'), 'x');
    const umask = process.umask();
    expect(statSync(path.join(dir, 'new.txt')).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('refuses a read-only (0444) file unless forced, and keeps its mode when forced', async () => {
    const dir = folder({ 'ro.txt': 'keep me' });
    const target = path.join(dir, 'ro.txt');
    chmodSync(target, 0o444);
    expect((await loadError(writeOutputFile(target, 'new'))).problem).toBe('is read-only; use --force to replace it');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    await writeOutputFile(target, 'new', { force: true });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['ro.txt']);
  });

  it.skipIf(!isRoot)('keeps the owner and group of a file someone else owns (as root)', async () => {
    const dir = folder({ 'theirs.txt': 'old' });
    const target = path.join(dir, 'theirs.txt');
    chownSync(target, 1234, 5678);
    await writeOutputFile(target, 'new');
    expect(statSync(target)).toMatchObject({ uid: 1234, gid: 5678 });
  });
});

describe('writeOutputFile: what is not a regular file is never replaced', () => {
  it('a symlink: the file it points at is replaced atomically, the link stays a link', async () => {
    const dir = folder({ 'real/out.txt': 'old' });
    symlinkSync('real/out.txt', path.join(dir, 'link.txt'));
    symlinkSync('link.txt', path.join(dir, 'link2.txt'));
    chmodSync(path.join(dir, 'real/out.txt'), 0o600);
    await writeOutputFile(path.join(dir, 'link2.txt'), 'new');
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, 'link2.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.txt'))).toBe('real/out.txt');
    expect(readFileSync(path.join(dir, 'real/out.txt'), 'utf8')).toBe('new');
    expect(statSync(path.join(dir, 'real/out.txt')).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['out.txt']);
  });

  it('a dangling symlink: the file is created where it points', async () => {
    const dir = folder();
    symlinkSync('made.txt', path.join(dir, 'link.txt'));
    await writeOutputFile(path.join(dir, 'link.txt'), 'new');
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'made.txt'), 'utf8')).toBe('new');
  });

  it('a FIFO is written through to its reader and stays a FIFO', async () => {
    const dir = folder();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.setEncoding('utf8').on('data', (c) => (got += c));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const text = bigText(300);
    await writeOutputFile(fifo, text);
    await closed;
    expect(got).toBe(text);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  /** A character device node in a test folder (mknod), so a regression can never replace the real /dev/null. */
  function device(dir: string, name: string, minor: number): string | null {
    const file = path.join(dir, name);
    return spawnSync('mknod', ['-m', '666', file, 'c', '1', String(minor)]).status === 0 ? file : null;
  }

  const devices = folder();
  const nullDevice = device(devices, 'null', 3);
  const fullDevice = device(devices, 'full', 7);

  it.skipIf(!nullDevice)('a character device (a null device) is written through and stays a device', async () => {
    await writeOutputFile(nullDevice!, bigText(300));
    expect(lstatSync(nullDevice!).isCharacterDevice()).toBe(true);
    expect(readdirSync(devices).sort()).toEqual(['full', 'null']);
  });

  it.skipIf(!fullDevice)('a full device (like /dev/full) fails with "no space left on device" and stays a device', async () => {
    const error = await loadError(writeOutputFile(fullDevice!, 'x'));
    expect(error.problem).toBe('cannot be written (no space left on device)');
    expect(lstatSync(fullDevice!).isCharacterDevice()).toBe(true);
  });

  it('/dev/fd/N writes to that open descriptor, as /dev/stdout writes to stdout', async () => {
    const dir = folder();
    const file = path.join(dir, 'via-fd.txt');
    const fd = openSync(file, 'w');
    symlinkSync(`/dev/fd/${fd}`, path.join(dir, 'fd-link'));
    try {
      await writeOutputFile(`/dev/fd/${fd}`, 'one\n');
      await writeOutputFile(path.join(dir, 'fd-link'), 'two\n');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe('one\ntwo\n');
    expect(lstatSync(path.join(dir, 'fd-link')).isSymbolicLink()).toBe(true);
  });

  it('a socket is refused', async () => {
    const dir = folder();
    const socket = path.join(dir, 'sock');
    const server = net.createServer().listen(socket);
    await new Promise((resolve) => server.on('listening', resolve));
    try {
      expect((await loadError(writeOutputFile(socket, 'x'))).problem).toBe('is a socket; parley writes only to files, FIFOs and character devices');
      expect(lstatSync(socket).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it.skipIf(!isRoot)('a block device is refused', async () => {
    const dir = folder();
    const block = path.join(dir, 'disk');
    if (spawnSync('mknod', [block, 'b', '7', '200']).status !== 0) return;
    expect((await loadError(writeOutputFile(block, 'x'))).problem).toMatch(/^is a block device;/);
    expect(lstatSync(block).isBlockDevice()).toBe(true);
  });
});

/** The id of a process that has ended (killed with SIGKILL, as a parley killed mid-write would be). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.kill(process.pid, "SIGKILL")']);
  expect(child.signal).toBe('SIGKILL');
  return child.pid!;
}

/** A temporary file of the kind parley makes beside `target`, as if made by process `pid`. */
function leftover(target: string, pid: number, ageMs = 0): string {
  const name = temporaryPath(target).replace(`-${process.pid}-`, `-${pid}-`);
  writeFileSync(name, 'half a fi');
  if (ageMs) {
    const then = (Date.now() - ageMs) / 1000;
    utimesSync(name, then, then);
  }
  return name;
}

describe('stale temporary files of a killed parley', () => {
  it('are removed when their process is gone or they are old; others are kept', () => {
    const dir = folder({ 'notes.tmp': 'mine', '.editor.swp.tmp': 'mine too' });
    const target = path.join(dir, 'out.json');
    const gone = leftover(target, deadPid());
    const running = leftover(target, process.pid);
    const oldButAlive = leftover(target, 1, STALE_AFTER_MS + 60_000);
    const recentAlive = leftover(target, 1);
    const oldFormat = path.join(dir, `.out.json.${deadPid()}.1700000000000.tmp`);
    writeFileSync(oldFormat, 'x');
    utimesSync(oldFormat, 1_700_000_000, 1_700_000_000);
    expect(removeStaleTemporaries(dir)).toBe(3);
    for (const f of [gone, oldButAlive, oldFormat]) expect(existsSync(f)).toBe(false);
    for (const f of [running, recentAlive, path.join(dir, 'notes.tmp'), path.join(dir, '.editor.swp.tmp')]) expect(existsSync(f)).toBe(true);
  });

  it('beside an -o target: the next write removes them', async () => {
    const dir = folder();
    const target = path.join(dir, 'out.json');
    leftover(target, deadPid());
    leftover(path.join(dir, 'other.json'), deadPid());
    await writeOutputFile(target, 'new');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('in the cache: the next entry written removes them', () => {
    const dir = folder({ 'meeting.txt': SAMPLE });
    const file = path.join(dir, 'meeting.txt');
    const cache = new TranscriptCache(path.join(dir, 'cache'));
    mkdirSync(cache.dir, { recursive: true });
    const gone = leftover(path.join(cache.dir, `${'a'.repeat(40)}.json`), deadPid());
    const s = statSync(file);
    expect(cache.put(file, { size: s.size, mtimeMs: s.mtimeMs }, parseTranscript(SAMPLE))).toBe(true);
    expect(existsSync(gone)).toBe(false);
    expect(readdirSync(cache.dir)).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
