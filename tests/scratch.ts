/**
 * Temporary folders that go away after the test file that made them: `scratchDir('parley-cache-')` is
 * mkdtemp in the system's temporary folder, removed (with everything in it) in afterAll. Importing this
 * module registers that afterAll in the importing file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The folders made so far and not yet removed (for the test that checks the cleaning). */
export const scratchDirs = (): readonly string[] => made;

afterAll(() => {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // A folder a test made unreadable stays; it is in the system's temporary folder.
    }
  }
});
