/**
 * Writing output without losing data: `parse -o OUT`, stdout, and the temporary files of both.
 *
 * - Every write(2) is checked: a short write is continued, an error (ENOSPC, EDQUOT, EIO, EPIPE, …) ends the
 *   write and is reported. Output is written in chunks of 64 KB, each only after the one before it is taken
 *   (back-pressure), so a generator of chunks is never turned into one huge string.
 * - A regular OUT is replaced atomically: a temporary file beside it (named `.OUT.parley-HOST-PID-RANDOM.tmp`)
 *   is written, fsynced and renamed over OUT, keeping OUT's permission bits and, where allowed, its owner.
 *   On any failure, and on SIGINT, SIGTERM or SIGHUP during the write, the temporary file is removed and OUT
 *   is as it was. A read-only OUT is refused unless `force` is given.
 * - What is not a regular file is never replaced: a symlink is followed (the file it points at is replaced, the
 *   link stays), a FIFO or character device (/dev/null, /dev/tty) is written through, /dev/stdout, /dev/stderr
 *   and /dev/fd/N write to that descriptor, and a block device, socket or folder is refused.
 * - Temporary files left by a parley that was killed (kill -9, power loss) are recognised by their name and
 *   removed by the next write into the same folder: those whose process is gone (same host) and any older
 *   than STALE_AFTER_MS.
 *
 * Why not the registry's write-file-atomic (npm's own): its synchronous writer makes one write(2) and does not
 * look at how much was written (the short write this module exists to catch), it resolves a symlink to a FIFO
 * or device and renames a regular file over it, and its temporary names (a hash) cannot tell whether their
 * writer is still alive, so leftovers of a kill -9 cannot be cleaned. We keep its good ideas (follow the link,
 * keep mode and owner, fsync before the rename).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LoadError } from './errors.js';

/** Output: one string, or chunks produced one at a time (never joined). */
export type Output = string | Iterable<string>;

/**
 * The system calls output goes through: the seam a test replaces to make a write fail (ENOSPC after N bytes,
 * short writes, EAGAIN) without filling a real disk.
 */
export interface WriteIo {
  /** write(2): the number of bytes written, possibly fewer than `length`; throws an errno error (with `code` and `syscall`, as Node's are). */
  write(fd: number, buffer: Uint8Array, offset: number, length: number): Promise<number>;
  fsync(fd: number): Promise<void>;
}

export const nodeIo: WriteIo = {
  write: (fd, buffer, offset, length) => new Promise((resolve, reject) => fs.write(fd, buffer, offset, length, null, (error, n) => (error ? reject(error) : resolve(n)))),
  fsync: (fd) => new Promise((resolve, reject) => fs.fsync(fd, (error) => (error ? reject(error) : resolve()))),
};

export const CHUNK_BYTES = 64 * 1024;
/** A parley temporary file this old is abandoned, whoever made it: nothing writes to one for minutes. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function errnoError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code, syscall: 'write' });
}

/**
 * The system's error (it has a `syscall`), or null for anything else, such as a bug in the code making the
 * chunks, which must not be reported as "cannot be written".
 */
function systemError(error: unknown): NodeJS.ErrnoException | null {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string' ? (error as NodeJS.ErrnoException) : null;
}

/** Writes all of `buffer`, continuing after short writes and waiting while a non-blocking descriptor is full. */
async function writeAll(fd: number, buffer: Uint8Array, io: WriteIo): Promise<void> {
  let offset = 0;
  let wait = 1;
  let noProgress = 0;
  while (offset < buffer.length) {
    let n: number;
    try {
      n = await io.write(fd, buffer, offset, Math.min(buffer.length - offset, CHUNK_BYTES));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EINTR') continue;
      // A pipe that Node (or a parent) made non-blocking is full: wait for the reader, as a blocking write would.
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        await sleep(wait);
        wait = Math.min(wait * 2, 50);
        continue;
      }
      throw error;
    }
    wait = 1;
    if (n <= 0) {
      if (++noProgress >= 3) throw errnoError('EIO', 'the write made no progress');
      continue;
    }
    noProgress = 0;
    offset += n;
  }
}

/** Writes `output` to an open descriptor in chunks of about CHUNK_BYTES, one chunk in flight at a time. */
export async function writeChunks(fd: number, output: Output, io: WriteIo = nodeIo): Promise<void> {
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = async () => {
    const text = pending.length === 1 ? pending[0] : pending.join('');
    pending = [];
    pendingLength = 0;
    await writeAll(fd, Buffer.from(text, 'utf8'), io);
  };
  for (const piece of typeof output === 'string' ? [output] : output) {
    if (!piece) continue;
    pending.push(piece);
    pendingLength += piece.length;
    if (pendingLength >= CHUNK_BYTES) await flush();
  }
  if (pendingLength) await flush();
}

const PROBLEMS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EISDIR: 'it is a directory',
  ELOOP: 'too many symbolic links',
  EBADF: 'it is not open',
  EPIPE: 'broken pipe',
  ENXIO: 'no such device or reader',
  ETXTBSY: 'it is a running program',
};

/** `cannot be written (no space left on device)`: what a failed write says after `parley: OUT: `. */
export function cannotBeWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const problem = (code && PROBLEMS[code]) ?? (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return `cannot be written (${problem})`;
}

/** The reader of stdout went away (`parley quotes | head`): not an error, the run just stops writing. */
export class OutputClosed extends Error {
  constructor() {
    super('stdout was closed by its reader');
    this.name = 'OutputClosed';
  }
}

/**
 * Writes `output` to a descriptor the process was given (1 for stdout). EPIPE becomes OutputClosed; any other
 * failure a LoadError named `name` (stdout), reported in one line.
 */
export async function writeToDescriptor(fd: number, output: Output, name = fd === 1 ? 'stdout' : fd === 2 ? 'stderr' : `/dev/fd/${fd}`, io: WriteIo = nodeIo): Promise<void> {
  try {
    await writeChunks(fd, output, io);
  } catch (error) {
    const failed = systemError(error);
    if (!failed) throw error;
    if (failed.code === 'EPIPE') throw new OutputClosed();
    throw new LoadError(name, cannotBeWritten(failed));
  }
}

export async function writeStdout(output: Output, io: WriteIo = nodeIo): Promise<void> {
  return writeToDescriptor(1, output, 'stdout', io);
}

// ---- temporary files -------------------------------------------------------------------------------------

/** A short tag of this host, so a process id in a temporary name is only checked on the host that made it. */
const HOST_TAG = (() => {
  let hash = 0x811c9dc5;
  for (const c of os.hostname()) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(36);
})();

const TEMPORARY = /^\.(.+)\.parley-([0-9a-z]+)-(\d+)-[0-9a-z]+\.tmp$/;
/** Names of earlier versions: `.OUT.PID.MILLISECONDS.tmp` beside -o targets, `HASH.json.PID.RANDOM.tmp` in the cache. */
const OLD_TEMPORARY = [/^\..+\.\d+\.\d{13}\.tmp$/, /^[0-9a-f]{40}\.(?:json|words)\.\d+\.[0-9a-z]+\.tmp$/];

/** Temporary files this process is writing now: never removed as stale. */
const active = new Set<string>();

/** A fresh temporary name beside `target`, recognisable as parley's and as this process's. */
export function temporaryPath(target: string): string {
  const random = Math.random().toString(36).slice(2, 10) || '0';
  return path.join(path.dirname(target), `.${path.basename(target)}.parley-${HOST_TAG}-${process.pid}-${random}.tmp`);
}

function processIsGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Whether `name` (in some folder) is a temporary file of parley's that nobody will finish. */
export function isStaleTemporary(name: string, mtimeMs: number, now = Date.now()): boolean {
  const m = TEMPORARY.exec(name);
  if (!m && !OLD_TEMPORARY.some((r) => r.test(name))) return false;
  if (now - mtimeMs > STALE_AFTER_MS) return true;
  return !!m && m[2] === HOST_TAG && processIsGone(Number(m[3]));
}

/** Removes the stale temporary files of parley in `dir`; never throws. Returns how many it removed. */
export function removeStaleTemporaries(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  const now = Date.now();
  for (const name of names) {
    if (!name.endsWith('.tmp')) continue;
    const full = path.join(dir, name);
    if (active.has(full)) continue;
    try {
      const stats = fs.lstatSync(full);
      if (!stats.isFile() || !isStaleTemporary(name, stats.mtimeMs, now)) continue;
      fs.rmSync(full, { force: true });
      removed++;
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

/**
 * Writes a file atomically through a temporary file beside it (for the cache: no fsync, failures return
 * false). Never throws.
 */
export function writeFileAtomicQuietly(target: string, data: string | Uint8Array): boolean {
  const temporary = temporaryPath(target);
  active.add(temporary);
  try {
    // writeFileSync continues after short writes and throws on ENOSPC, EIO, …
    fs.writeFileSync(temporary, data, { flag: 'wx' });
    fs.renameSync(temporary, target);
    return true;
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // nothing was written there
    }
    return false;
  } finally {
    active.delete(temporary);
  }
}

// ---- -o OUT ----------------------------------------------------------------------------------------------

type Target = { kind: 'file'; path: string; stats: fs.Stats | null } | { kind: 'stream'; path: string } | { kind: 'descriptor'; fd: number };

/** /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: one of this process's open descriptors. */
function descriptorOf(p: string): number | null {
  if (p === '/dev/stdout') return 1;
  if (p === '/dev/stderr') return 2;
  const m = /^(?:\/dev\/fd|\/proc\/(?:self|thread-self|(\d+))\/fd)\/(\d+)$/.exec(p);
  if (!m || (m[1] !== undefined && Number(m[1]) !== process.pid)) return null;
  return Number(m[2]);
}

/** What writing to `target` means, following symlinks one link at a time (so a dangling link is followed too). */
function resolveTarget(target: string): Target {
  let p = path.resolve(target);
  for (let hops = 0; hops <= 40; hops++) {
    const fd = descriptorOf(p);
    if (fd !== null) return { kind: 'descriptor', fd };
    let stats: fs.Stats;
    try {
      stats = fs.lstatSync(p);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'file', path: p, stats: null };
      throw new LoadError(target, cannotBeWritten(error));
    }
    if (stats.isSymbolicLink()) {
      p = path.resolve(path.dirname(p), fs.readlinkSync(p));
      continue;
    }
    if (stats.isFile()) return { kind: 'file', path: p, stats };
    if (stats.isFIFO() || stats.isCharacterDevice()) return { kind: 'stream', path: p };
    if (stats.isDirectory()) throw new LoadError(target, 'is a directory');
    const what = stats.isBlockDevice() ? 'a block device' : stats.isSocket() ? 'a socket' : 'not a regular file';
    throw new LoadError(target, `is ${what}; parley writes only to files, FIFOs and character devices`);
  }
  throw new LoadError(target, cannotBeWritten(errnoError('ELOOP', 'too many symbolic links')));
}

function sameFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** No write permission for us, or none for anybody (root may write anything, but 0444 says "keep this"). */
function isReadOnly(file: string, stats: fs.Stats): boolean {
  if ((stats.mode & 0o222) === 0) return true;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

export interface WriteOutputOptions {
  /** Inputs the output must not replace (`parse FILE -o FILE`); `-` is ignored. */
  notOver?: readonly string[];
  /** Replace a read-only target (its mode is kept). */
  force?: boolean;
  io?: WriteIo;
}

const ENDING_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Removes `file` if the process is told to end (Ctrl-C, kill, a closed terminal) while it exists, then lets the
 * signal end the process as it would have. Returns the function that stops watching. (kill -9 cannot be
 * caught: removeStaleTemporaries is for that.)
 */
function removeOnSignal(file: string): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    fs.rmSync(file, { force: true });
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const stop = () => {
    for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
  };
  for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
  return stop;
}

/** Atomically replaces (or creates) the regular file `file`; `target` is the name the user gave. */
async function replaceFile(target: string, file: string, stats: fs.Stats | null, output: Output, io: WriteIo): Promise<void> {
  const dir = path.dirname(file);
  removeStaleTemporaries(dir);
  const temporary = temporaryPath(file);
  active.add(temporary);
  const stopWatching = removeOnSignal(temporary);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temporary, 'wx', stats ? stats.mode & 0o777 : 0o666);
    if (stats) {
      // Owner first: chown clears the set-id bits, and a failure (not root, not the owner) keeps ours.
      try {
        fs.fchownSync(fd, stats.uid, stats.gid);
      } catch {
        // owner where possible
      }
      fs.fchmodSync(fd, stats.mode & 0o777);
    }
    await writeChunks(fd, output, io);
    await io.fsync(fd);
    const closing = fd;
    fd = null;
    fs.closeSync(closing);
    fs.renameSync(temporary, file);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // the write failed already; that is the error to report
      }
    }
    fs.rmSync(temporary, { force: true });
    if (!systemError(error)) throw error;
    throw new LoadError(target, cannotBeWritten(error));
  } finally {
    stopWatching();
    active.delete(temporary);
  }
  // The rename is durable once the folder is synced; a folder that cannot be (some file systems) is no error.
  try {
    const dirFd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // best effort
  }
}

/** Writes through to a FIFO or character device: opened for writing (a FIFO waits for its reader), never created or replaced. */
async function writeThrough(target: string, file: string, output: Output, io: WriteIo): Promise<void> {
  let fd: number | null = null;
  try {
    fd = await new Promise<number>((resolve, reject) => fs.open(file, fs.constants.O_WRONLY | fs.constants.O_NOCTTY, (error, n) => (error ? reject(error) : resolve(n))));
    await writeChunks(fd, output, io);
    const closing = fd;
    fd = null;
    fs.closeSync(closing);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // reporting the first error
      }
    }
    if (!systemError(error)) throw error;
    throw new LoadError(target, cannotBeWritten(error));
  }
}

/**
 * `parse -o OUT`: writes `output` to `target` so that nothing is lost: a regular file is replaced atomically
 * (or left untouched on failure), anything else is written through or refused (see the top of this file).
 */
export async function writeOutputFile(target: string, output: Output, options: WriteOutputOptions = {}): Promise<void> {
  const io = options.io ?? nodeIo;
  const resolved = resolveTarget(target);
  if (resolved.kind === 'descriptor') return writeToDescriptor(resolved.fd, output, target, io);
  for (const input of options.notOver ?? []) {
    if (input !== '-' && sameFile(resolved.path, input)) throw new LoadError(target, 'is the input file; refusing to overwrite it');
  }
  if (resolved.kind === 'stream') return writeThrough(target, resolved.path, output, io);
  if (resolved.stats && !options.force && isReadOnly(resolved.path, resolved.stats)) throw new LoadError(target, 'is read-only; use --force to replace it');
  return replaceFile(target, resolved.path, resolved.stats, output, io);
}
