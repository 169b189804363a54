import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// One-shot commands must not pay for React and Ink (issue 4): everything the CLI entry imports
// statically, chunk by chunk, must be free of them; only the TUI's dynamic import may reach them.
const dist = path.resolve(__dirname, '../../dist');
const REACT_OR_INK = /react\.transitional\.element|yoga/;

function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(path.join(dist, file), 'utf8');
    for (const m of text.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"();]*?\s*from\s*)?["']\.\/([^"']+)["']/g)) visit(m[1]);
  };
  visit(entry);
  return seen;
}

describe('the one-shot start-up path', () => {
  it('loads no React or Ink: they are only in chunks the CLI imports dynamically, for the TUI', () => {
    const eager = staticClosure('cli.js');
    expect(eager.size).toBeGreaterThan(1);
    for (const file of eager) expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toMatch(REACT_OR_INK);
    // …and they are in the bundle at all, so the check above can fail.
    const all = readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(all.some((f) => REACT_OR_INK.test(readFileSync(path.join(dist, f), 'utf8')))).toBe(true);
  });
});
