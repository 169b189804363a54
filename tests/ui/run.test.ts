import { describe, expect, test } from 'vitest';
import { runTui } from '../../src/ui/run.js';
import { fallbackIndex, summit } from './fixtures.js';
import { FakeStdin, FakeTerminal } from './fake-terminal.js';

function start(stdinTTY = true) {
  const stdin = new FakeStdin();
  stdin.isTTY = stdinTTY;
  const stdout = new FakeTerminal();
  const stderr = new FakeTerminal();
  const done = runTui([summit], {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    createIndex: fallbackIndex,
    title: 'summit.json',
  });
  return { stdin, stdout, stderr, done };
}

async function until(predicate: () => boolean) {
  for (let i = 0; i < 400 && !predicate(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(predicate()).toBe(true);
}

describe('runTui', () => {
  test('enters the alternate screen with the cursor hidden; q leaves it, shows the cursor, turns raw mode off, exit 0', async () => {
    const { stdin, stdout, done } = start();
    await until(() => stdout.out.includes('Meeting with the Lake Region delegation'));
    expect(stdout.out.startsWith('\u001b[?1049h')).toBe(true);
    // Raw mode from the start, so a key typed before Ink reads waits unechoed in the terminal's buffer.
    await until(() => stdin.rawMode.includes(true));
    expect(stdout.out).toContain('\u001b[?25l');
    expect(stdout.out).toContain('summit.json');
    stdin.write('q');
    expect(await done).toBe(0);
    expect(stdout.out.endsWith('\u001b[?25h\u001b[?1049l')).toBe(true);
    expect(stdin.rawMode.at(-1)).toBe(false);
  });

  test('Ctrl-C restores the terminal too, exit 130', async () => {
    const { stdin, stdout, done } = start();
    await until(() => stdin.rawMode.includes(true));
    stdin.write('\u0003');
    expect(await done).toBe(130);
    expect(stdout.out.endsWith('\u001b[?25h\u001b[?1049l')).toBe(true);
  });

  test('without a terminal it says so and touches nothing (exit 2, no Raw mode crash)', async () => {
    const { stdout, stderr, done } = start(false);
    expect(await done).toBe(2);
    expect(stdout.out).toBe('');
    expect(stderr.out).toContain('needs a terminal');
  });
});
