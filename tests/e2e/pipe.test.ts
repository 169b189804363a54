/**
 * `cat FILE | parley -` on a terminal opens the reader, the transcript from the pipe and the keys from the
 * terminal (/dev/tty), as less does. In a real pty (tmux).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { footerLine, hasTmux, tmuxDriver } from './tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = process.env.PARLEY_BIN ?? path.join(root, 'bin/parley.js');
const session = 'pipe';
const { tmux, paneFlag, keys, literal, waitFor, killServer } = tmuxDriver('parley-e2e-pipe', session);

describe.skipIf(!hasTmux)('a transcript piped into parley - on a terminal', () => {
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/cli.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', '-e', 'PS1=$ ', '-c', root, 'sh');
    tmux('set-option', '-t', session, 'status', 'off');
  });
  afterAll(() => killServer());

  test('opens the reader and takes keys from the terminal; q gives the shell back', async () => {
    literal(`cat tests/fixtures/interview.txt | node ${bin} -; echo "EXIT=$?"`);
    keys('Enter');
    let screen = await waitFor('the reader', (s) => s.includes('Interview with Minister of Finance') && footerLine(s).includes('READER'));
    expect(paneFlag('alternate_on')).toBe('1');
    const start = footerLine(screen).trim().split(/\s+/).at(-1);
    expect(start).toMatch(/^1\/\d+$/);
    keys('j');
    screen = await waitFor('the second quote', (s) => /\s2\/\d+\s*$/.test(footerLine(s)));
    keys('?');
    await waitFor('the help', (s) => footerLine(s).includes('HELP'));
    keys('q');
    await waitFor('the reader again', (s) => footerLine(s).includes('READER'));
    keys('q');
    // Not anchored: under load the shell may print its prompt after the echoed command, before EXIT=.
    screen = await waitFor('the shell after quitting', (s) => /EXIT=\d+/.test(s));
    expect(screen).toContain('EXIT=0');
    expect(paneFlag('alternate_on')).toBe('0');
  });

  test('with stdout a pipe too, the outline is printed (nothing is read from the terminal)', async () => {
    tmux('send-keys', '-t', session, 'clear', 'Enter');
    literal(`cat tests/fixtures/interview.txt | node ${bin} - | head -1; echo "DONE"`);
    keys('Enter');
    const screen = await waitFor('the outline', (s) => /(^|[^"])DONE\s*$/m.test(s));
    expect(screen).toContain('Interview with Minister of Finance');
  });
});
