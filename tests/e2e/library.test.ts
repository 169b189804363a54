/**
 * The library view of the built `bin/parley.js` in a real terminal (tmux): a generated folder of 30
 * transcripts opens as a list, Enter opens one in the reader, Esc comes back to the same row, q exits 0
 * with the terminal restored.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { footerLine, hasTmux, lines, tmuxDriver } from './tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = process.env.PARLEY_BIN ?? path.join(root, 'bin/parley.js');
if (!hasTmux) console.warn('tests/e2e/library.test.ts: skipped, tmux is not installed (.ci/run installs it)');

const session = 'library';
const { tmux, paneFlag, keys, literal, waitFor, killServer } = tmuxDriver('parley-e2e-library', session);
const selectedRow = (screen: string) => lines(screen).find((l) => l.startsWith('›')) ?? '';

describe.skipIf(!hasTmux)('the library view in a real terminal (tmux)', () => {
  let work = '';
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/cli.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
    work = mkdtempSync(path.join(tmpdir(), 'parley-e2e-library-'));
    execFileSync('node', [path.join(root, 'scripts/gen-library.mjs'), path.join(work, 'summits'), '30', '10'], { stdio: 'ignore' });
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', '-e', 'PS1=$ ', '-e', `XDG_CACHE_HOME=${path.join(work, 'cache')}`, '-c', work, 'sh');
    tmux('set-option', '-t', session, 'status', 'off');
  });
  afterAll(() => {
    killServer();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('opens a folder as a library, opens a transcript, goes back to the same row, quits with 0', async () => {
    literal(`node ${bin} summits; echo "EXIT=$?"`);
    keys('Enter');

    let screen = await waitFor('the library, fully loaded', (s) => footerLine(s).includes('LIBRARY') && s.includes('30 transcripts') && !s.includes('Loading'));
    expect(paneFlag('alternate_on')).toBe('1');
    expect(lines(screen)[0]).toMatch(/^summits\s/);
    expect(footerLine(screen)).toContain('newest first · 1/30');
    expect(lines(screen).filter((l) => /^[› ] \d{4}-\d\d-\d\d {2}Meeting/.test(l)).length).toBeGreaterThan(20);

    keys('j');
    screen = await waitFor('the cursor on the second row', (s) => footerLine(s).includes('2/30'));
    const row = selectedRow(screen);
    const title = row.slice(14).split(/\s{2,}/)[0].replace(/…$/, '');
    expect(title).toMatch(/^Meeting on /);

    keys('Enter');
    screen = await waitFor('the transcript in the reader', (s) => footerLine(s).includes('READER'));
    expect(lines(screen)[0].startsWith(title)).toBe(true);

    keys('Escape');
    screen = await waitFor('the library again', (s) => footerLine(s).includes('LIBRARY'));
    expect(footerLine(screen)).toContain('2/30');
    expect(selectedRow(screen)).toContain(title);

    keys('q');
    screen = await waitFor('the shell after quitting', (s) => /^EXIT=\d+/m.test(s));
    expect(screen).toContain('EXIT=0');
    expect(paneFlag('alternate_on')).toBe('0');
    expect(paneFlag('cursor_flag')).toBe('1');
  });
});
