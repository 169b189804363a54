/**
 * The evidence view and the clipboard in a real terminal: `y` writes OSC 52, which tmux (with
 * set-clipboard on) turns into a paste buffer, so `show-buffer` returns exactly the bytes copied.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { footerLine, hasTmux, tmuxDriver } from './tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = process.env.PARLEY_BIN ?? path.join(root, 'bin/parley.js');
const session = 'evidence';
const { tmux, keys, literal, waitFor, killServer } = tmuxDriver('parley-e2e-evidence', session);
const CITATION = 'Meeting with Russian President Vladimir Putin, 2023-09-15';

describe.skipIf(!hasTmux)('never misquote, show the evidence (tmux)', () => {
  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist/cli.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', '-e', 'PS1=$ ', '-c', root, 'sh');
    tmux('set-option', '-t', session, 'status', 'off');
    tmux('set-option', '-s', 'set-clipboard', 'on');
  });
  afterAll(() => killServer());

  test('y copies a direct quote in quotation marks and reported speech without them; i explains; # numbers', async () => {
    literal(`node ${bin}; echo "EXIT=$?"`);
    keys('Enter');
    await waitFor('the bundled transcript', (s) => footerLine(s).includes('READER'));

    // The first quote is selected at start.
    await waitFor('the first quote', (s) => / 1\/33\s*$/.test(footerLine(s)));
    keys('y');
    await waitFor('copied', (s) => footerLine(s).includes('copied'));
    const direct = tmux('show-buffer');
    expect(direct).toMatch(/^“First of all, I would like to congratulate you on such a serious stage of the electoral cycle/);
    expect(direct).toMatch(/This is a great success”\n— Aleksandr Lukashenko, Meeting with Russian President Vladimir Putin, 2023-09-15$/);

    keys('j');
    await waitFor('the second quote', (s) => / 2\/33\s*$/.test(footerLine(s)));
    keys('y');
    await waitFor('copied again', (s) => footerLine(s).includes('copied'));
    expect(tmux('show-buffer')).toBe(
      `Aleksandr Lukashenko said (reported speech) that economic performance is likely to recover to the pre-sanctions level next year.\n— Aleksandr Lukashenko (attribution uncertain), ${CITATION}`,
    );

    keys('i');
    let screen = await waitFor('the evidence view', (s) => footerLine(s).includes('EVIDENCE'));
    expect(screen).toContain('Why Aleksandr Lukashenko?');
    expect(screen).toMatch(/Decided by\s+“Aleksandr Lukashenko believes”/);
    expect(screen).toMatch(/Confidence\s+a guess \(0\.60\)/);
    keys('Escape');
    screen = await waitFor('the reader again', (s) => footerLine(s).includes('READER'));
    // The row names him before the quote: the gutter gives only the mark.
    expect(screen).toMatch(/│\?\s+Aleksandr Lukashenko believes/);

    keys('#');
    screen = await waitFor('paragraph numbers', (s) => /│3 \?\s+Aleksandr Lukashenko believes/.test(s));
    expect(screen).toMatch(/│2 Lukashenko "First of all/);

    keys('q');
    screen = await waitFor('the shell after quitting', (s) => /^EXIT=\d+/m.test(s));
    expect(screen).toContain('EXIT=0');
  });
});
