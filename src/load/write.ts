/**
 * Writing an output file atomically: the text goes to a temporary file in the same folder, which is
 * then renamed over the target, so a reader never sees half a file and a failure leaves nothing behind.
 */
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { LoadError } from './errors.js';

function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
  } catch {
    // a file that does not exist yet is not the input
  }
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

export function writeFileAtomic(target: string, text: string, options: { notOver?: readonly string[] } = {}): void {
  for (const input of options.notOver ?? []) {
    if (input !== '-' && sameFile(target, input)) throw new LoadError(target, 'is the input file; refusing to overwrite it');
  }
  try {
    if (statSync(target).isDirectory()) throw new LoadError(target, 'is a directory');
  } catch (error) {
    if (error instanceof LoadError) throw error;
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, target);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((error as Error).message ?? String(error)).split('\n')[0];
    throw new LoadError(target, `cannot be written: ${problem}`);
  }
}
