/**
 * Finding a half-remembered passage in a real terminal (tmux, the built bin): narration hits, the closest
 * results when no result holds every word, the preview, the highlight kept after Enter with n/N, and the
 * query remembered by `/`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { footerLine, hasTmux, lines, tmuxDriver } from './tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = process.env.PARLEY_BIN ?? path.join(root, 'bin/parley.js');
const session = 'search';
const { tmux, keys, literal, waitFor, killServer } = tmuxDriver('parley-e2e-search', session);

describe.skipIf(!hasTmux)('search in a real terminal (tmux)', () => {
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/cli.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '34', '-e', 'PS1=$ ', '-c', root, 'sh');
    tmux('set-option', '-t', session, 'status', 'off');
  });
  afterAll(() => killServer());

  test('finds narration, says when results are only close, previews, keeps the highlight and remembers the query', async () => {
    literal(`node ${bin}; echo "EXIT=$?"`);
    keys('Enter');
    await waitFor('the bundled transcript', (s) => footerLine(s).includes('READER'));

    // Narration: the sanctions paragraph, leading to the quote after it.
    keys('/');
    await waitFor('the search box', (s) => footerLine(s).includes('SEARCH'));
    literal('wester sanctions');
    let screen = await waitFor('a narration result', (s) => s.includes('/ wester sanctions') && s.includes('narration →'));
    expect(screen).toMatch(/narration → Vladimir Putin: “European companies/);
    // The preview shows the whole paragraph of the selected result.
    expect(screen).toContain('sanctions introduced by Western countries');

    // No result holds every word: the closest ones, said so.
    keys('C-u');
    literal('tnago zzqx');
    screen = await waitFor('the closest results', (s) => s.includes('/ tnago zzqx') && s.includes('no result has every word; closest matches'));
    expect(screen).toMatch(/tango|Tango/);

    // Enter keeps the matched words highlighted; n moves to the next result.
    keys('C-u');
    literal('tango');
    // The box shows the whole query and its own results (not the previous query's closest ones).
    await waitFor('tango results', (s) => s.includes('/ tango') && !s.includes('closest matches') && !s.includes('no match') && /tango/i.test(lines(s).slice(2).join('\n')));
    keys('Enter');
    screen = await waitFor('the reader at a result', (s) => footerLine(s).includes('READER'));
    const before = screen;
    keys('n');
    screen = await waitFor('the next result', (s) => s !== before);
    expect(footerLine(screen)).toContain('READER');

    // `/` opens with the last query, selected.
    keys('/');
    screen = await waitFor('the search box again', (s) => footerLine(s).includes('SEARCH'));
    expect(screen).toContain('tango');

    keys('Escape');
    await waitFor('the reader', (s) => footerLine(s).includes('READER'));
    keys('q');
    screen = await waitFor('the shell after quitting', (s) => /^EXIT=\d+/m.test(s));
    expect(screen).toMatch(/^EXIT=0$/m);
  });
});
