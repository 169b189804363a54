// The benchmark library (scripts/gen-library.mjs), generated once into the temp folder and reused.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
export const ms = (v) => `${v.toFixed(0)} ms`;

export function benchLibrary(files, turns) {
  const dir = path.join(tmpdir(), `parley-bench-library-${files}x${turns}`);
  if (!existsSync(path.join(dir, 'done'))) {
    rmSync(dir, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/gen-library.mjs'), dir, String(files), String(turns)], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('gen-library failed');
    writeFileSync(path.join(dir, 'done'), '');
  }
  return dir;
}
