/** Test files clean up after themselves: nothing of theirs is left in the temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(tmpdir(), 'parley-scratch-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('the cache tests, and the CLI helpers\u2019 caches and folders, leave no parley-* folder behind', () => {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/load/cache.test.ts', 'tests/load/cache-integrity.test.ts', 'tests/cli/cache-tamper.test.ts'], {
    cwd: root,
    env: { ...process.env, TMPDIR: tmp },
    encoding: 'utf8',
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(readdirSync(tmp).filter((f) => f.startsWith('parley-'))).toEqual([]);
});
