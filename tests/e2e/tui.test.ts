/**
 * The built `bin/parley.js` in a real terminal: tmux gives it a pty of a fixed size; keys go in with
 * send-keys and the screen comes back with capture-pane. Every step waits for text to appear (with a
 * timeout) rather than sleeping.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { footerLine, hasTmux, lines, tmuxDriver } from './tmux.js';
import { scratchDir } from '../scratch.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// PARLEY_BIN runs the same checks against another build (an installed parley, a local bundle).
const bin = process.env.PARLEY_BIN ?? path.join(root, 'bin/parley.js');
if (!hasTmux) console.warn('tests/e2e/tui.test.ts: skipped, tmux is not installed (.ci/run installs it)');

const session = 'tui';
const { tmux, paneFlag, keys, literal, waitFor, killServer } = tmuxDriver('parley-e2e', session);

describe.skipIf(!hasTmux)('parley in a real terminal (tmux)', () => {
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/cli.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', '-e', 'PS1=$ ', '-c', root, 'sh');
    tmux('set-option', '-t', session, 'status', 'off');
  });
  afterAll(() => killServer());

  test('opens the bundled transcript, searches with a typo, jumps, survives resizing, quits cleanly', async () => {
    literal(`node ${bin}; echo "EXIT=$?"`);
    keys('Enter');

    let screen = await waitFor('the bundled transcript', (s) => s.includes('Meeting with Russian President') && s.includes('READER'));
    expect(paneFlag('alternate_on')).toBe('1');
    expect(lines(screen)[0]).toContain('Meeting with Russian President');

    keys('?');
    screen = await waitFor('the help overlay', (s) => footerLine(s).includes('HELP'));
    expect(screen).toContain('Next quote');
    expect(screen).toContain('Search quotes');
    keys('Escape');
    await waitFor('the reader again', (s) => footerLine(s).includes('READER'));

    keys('/');
    await waitFor('the search box', (s) => footerLine(s).includes('SEARCH'));
    literal('tnago');
    // A result is two rows: "Speaker · Section", then the quote with its matches.
    const putinTango = (s: string) => lines(s).findIndex((l, i) => l.includes('Vladimir Putin ·') && /tang/i.test(lines(s)[i + 1] ?? ''));
    screen = await waitFor('a Putin quote about tango', (s) => s.includes('/ tnago') && putinTango(s) > 0);
    const target = putinTango(screen);
    for (let i = 0; i < 20 && !lines(screen)[target].includes('›'); i++) {
      const before = screen;
      keys('Down');
      screen = await waitFor('the selection to move', (s) => s !== before);
    }
    expect(lines(screen)[target]).toContain('›');
    // The quote's opening words, without the side pane to their left.
    const quoteStart = (lines(screen)[target + 1].split('│').at(-1) ?? '').trim().replace(/^…/, '').slice(0, 16);
    expect(quoteStart.length).toBeGreaterThan(8);
    keys('Enter');
    screen = await waitFor('the quote in the reader', (s) => footerLine(s).includes('READER') && s.includes(quoteStart));
    expect(screen).toMatch(/Putin\s/);

    tmux('resize-window', '-t', session, '-x', '48', '-y', '14');
    screen = await waitFor('the 48×14 layout', (s) => lines(s).length <= 14 && footerLine(s).includes('READER') && lines(s)[0].startsWith('Meeting'));
    for (const line of lines(screen)) expect(line.length).toBeLessThanOrEqual(48);
    expect(screen).not.toMatch(/error/i);

    tmux('resize-window', '-t', session, '-x', '100', '-y', '30');
    screen = await waitFor('the 100×30 layout', (s) => s.includes('Sections (') && footerLine(s).includes('READER') && lines(s)[0].startsWith('Meeting'));
    expect(screen).not.toMatch(/error/i);

    keys('q');
    screen = await waitFor('the shell after quitting', (s) => /^EXIT=\d+/m.test(s));
    expect(screen).toContain('EXIT=0');
    expect(paneFlag('alternate_on')).toBe('0');
    expect(paneFlag('cursor_flag')).toBe('1');
    expect(screen).not.toContain('READER');
  });

  // Every signal whose default action would end parley (exit 128 + its number).
  for (const [signal, status] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
    ['SIGQUIT', 131],
    ['SIGUSR2', 140],
    ['SIGALRM', 142],
  ] as const) {
    test(`${signal} leaves the terminal as it was (exit ${status})`, async () => {
      keys('clear', 'Enter');
      await waitFor('a cleared screen', (s) => !/^EXIT=/m.test(s));
      literal(`node ${bin}; echo "EXIT=$?"`);
      keys('Enter');
      await waitFor('the reader', (s) => footerLine(s).includes('READER') && s.includes('Meeting with Russian President'));
      const shell = paneFlag('pane_pid');
      const children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', shell], { encoding: 'utf8' }).trim().split('\n');
      const child = children.map((l) => l.trim().split(/\s+/)).find(([, comm]) => comm === 'node')?.[0];
      expect(Number(child)).toBeGreaterThan(0);
      process.kill(Number(child), signal);
      const screen = await waitFor('the shell', (s) => /^EXIT=\d+/m.test(s));
      expect(screen).toContain(`EXIT=${status}`);
      expect(paneFlag('alternate_on')).toBe('0');
      expect(paneFlag('cursor_flag')).toBe('1');
    });
  }

  test('a file that cannot be read gives the terminal back, then the one-line error (exit 2)', async () => {
    keys('clear', 'Enter');
    await waitFor('a cleared screen', (s) => !/^EXIT=/m.test(s));
    literal(`node ${bin} /nonexistent/talk.txt; echo "EXIT=$?"`);
    keys('Enter');
    const screen = await waitFor('the shell', (s) => /^EXIT=\d+/m.test(s));
    expect(screen).toContain('parley: /nonexistent/talk.txt: no such file or directory');
    expect(screen).toContain('EXIT=2');
    expect(paneFlag('alternate_on')).toBe('0');
    expect(paneFlag('cursor_flag')).toBe('1');
  });

  test('closing the terminal window ends parley with 129, not a crash (SIGABRT in Node’s tty reset)', async () => {
    const dir = scratchDir('parley-e2e-hangup-');
    const status = path.join(dir, 'status.json');
    // exit-recorder.mjs outlives the window (its own stdio is /dev/null) and writes how parley ended.
    const recorder = path.join(root, 'tests/e2e/exit-recorder.mjs');
    const command = `node ${recorder} ${status} ${process.execPath} ${bin} 3<&0 4>&1 </dev/null >/dev/null 2>&1; true`;
    tmux('new-window', '-d', '-t', session, '-n', 'doomed', 'sh', '-c', command);
    const target = `${session}:doomed`;
    const deadline = Date.now() + 15000;
    while (!tmux('capture-pane', '-p', '-t', target).includes('READER')) {
      if (Date.now() > deadline) throw new Error('parley did not start in the new window');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    tmux('kill-window', '-t', target);
    for (let i = 0; i < 300 && !existsSync(status); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(JSON.parse(readFileSync(status, 'utf8'))).toEqual({ code: 129, signal: null });
  });

  test('a slow start shows a loading line at once, in raw mode: keys typed meanwhile are not echoed but handled', async () => {
    keys('clear', 'Enter');
    await waitFor('a cleared screen', (s) => !/^EXIT=/m.test(s));
    const dir = scratchDir('parley-e2e-slow-');
    // A FIFO: parley waits on it as on a big file's parse, until the test writes the transcript.
    const fifo = path.join(dir, 'talk.txt');
    execFileSync('mkfifo', [fifo]);
    literal(`PARLEY_CACHE_DIR=${dir}/cache node ${bin} ${fifo}; echo "EXIT=$?"`);
    keys('Enter');
    let screen = await waitFor('the loading line', (s) => s.includes('Loading talk.txt…'));
    expect(paneFlag('alternate_on')).toBe('1');
    literal('jj');
    await new Promise((resolve) => setTimeout(resolve, 300));
    screen = await waitFor('the loading line still', (s) => s.includes('Loading talk.txt…'));
    expect(screen).not.toContain('jj');
    writeFileSync(fifo, readFileSync(path.join(root, 'tests/fixtures/interview.txt')));
    // The reader opens on the first quote; the two j's typed meanwhile move on to the third.
    screen = await waitFor('the reader, at the third quote', (s) => footerLine(s).includes('READER') && /\b3\/\d+\s*$/.test(footerLine(s)));
    expect(screen).toContain('Interview with Minister of Finance Laura Greene');
    keys('q');
    screen = await waitFor('the shell after quitting', (s) => /^EXIT=\d+/m.test(s));
    expect(screen).toContain('EXIT=0');
    expect(paneFlag('alternate_on')).toBe('0');
  });
});
