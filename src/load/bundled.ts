/**
 * The transcript parley opens when given no FILE: data/000_b7a3f8f331ca27dc.json, found relative to the
 * package root, which is looked up from this module's own location so it works from dist/ (bundled)
 * and from src/ (under vitest) alike.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUNDLED_NAME = '000_b7a3f8f331ca27dc';

export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'data', `${BUNDLED_NAME}.txt`))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the parley package root (data/ is missing)');
    dir = parent;
  }
}

export function bundledPaths(): { json: string; text: string } {
  const data = path.join(packageRoot(), 'data');
  return { json: path.join(data, `${BUNDLED_NAME}.json`), text: path.join(data, `${BUNDLED_NAME}.txt`) };
}
