/**
 * Reading a file without ever reading forever: `/dev/zero`, a FIFO, a symbolic link to either, or a file
 * that grows while it is read must not exhaust memory or hang.
 *
 * - The file is opened first and the descriptor's own `fstat` decides (no window between a check and the
 *   open for the file to be swapped).
 * - A file parley looks for on its own (a sidecar, a cache entry, a search pack, a file found in a folder)
 *   is opened with O_NONBLOCK, so a FIFO does not block the open waiting for a writer, and anything but a
 *   regular file is refused.
 * - A file the user named (`parley parse FIFO`, `/dev/stdin`) may be a stream; it is read as one, but
 *   never more than `limit + 1` bytes.
 * - A regular file's size is checked before reading, and at most `limit + 1` bytes are read even if it
 *   grows meanwhile.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type ReadOutcome =
  | { kind: 'ok'; bytes: Buffer; stats: Stats }
  /** Not a regular file (a FIFO, a device, a socket, a folder) where one is expected. */
  | { kind: 'not-regular'; stats: Stats }
  /** More than `limit` bytes (size when it is known; `limit + 1` for a stream cut there). */
  | { kind: 'too-big'; size: number; stats: Stats };

export interface ReadBoundedOptions {
  /** Most bytes accepted. */
  limit: number;
  /** The user named this file: a FIFO or a character device is read as a stream (up to the limit). */
  stream?: boolean;
}

const CHUNK = 1 << 16;

/** Reads from `fd` until end of file or `max` bytes. */
function readAtMost(fd: number, max: number, sizeHint: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(max, sizeHint > 0 ? sizeHint : CHUNK)));
  let length = 0;
  while (length < max) {
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(max, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/**
 * Opens `file` and reads it within `limit`. Throws the system error (ENOENT, EACCES, EISDIR…) for the
 * caller to word; every other outcome is returned.
 */
export function readBounded(file: string, options: ReadBoundedOptions): ReadOutcome {
  // A file parley went looking for must not block the open (a FIFO without a writer would, forever).
  const flags = options.stream ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;
  const fd = openSync(file, flags);
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) {
      if (stats.size > options.limit) return { kind: 'too-big', size: stats.size, stats };
      const bytes = readAtMost(fd, options.limit + 1, stats.size + 1);
      if (bytes.length > options.limit) return { kind: 'too-big', size: bytes.length, stats };
      return { kind: 'ok', bytes, stats };
    }
    if (!options.stream || !(stats.isFIFO() || stats.isCharacterDevice())) return { kind: 'not-regular', stats };
    const bytes = readAtMost(fd, options.limit + 1, 0);
    if (bytes.length > options.limit) return { kind: 'too-big', size: bytes.length, stats };
    return { kind: 'ok', bytes, stats };
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a regular file within `limit`, or null for anything else (missing, special, too big, unreadable). */
export function readRegularFileOrNull(file: string, limit: number): Buffer | null {
  try {
    const outcome = readBounded(file, { limit });
    return outcome.kind === 'ok' ? outcome.bytes : null;
  } catch {
    return null;
  }
}
