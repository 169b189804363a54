import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import { runTui } from '../../src/ui/run.js';
import { fallbackIndex, summit } from './fixtures.js';

/** Like a terminal: keys typed while nobody reads wait in the buffer until a reader comes. */
class FakeStdin extends EventEmitter {
  isTTY = true;
  rawMode: boolean[] = [];
  private data: string | null = null;
  constructor() {
    super();
    this.on('newListener', (event) => {
      if (event === 'readable') setImmediate(() => this.data !== null && this.emit('readable'));
    });
  }
  write(data: string) {
    this.data = (this.data ?? '') + data;
    if (this.listenerCount('readable')) this.emit('readable');
  }
  read() {
    const d = this.data;
    this.data = null;
    return d;
  }
  setEncoding() {}
  setRawMode(on: boolean) {
    this.rawMode.push(on);
  }
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

class FakeTerminal extends EventEmitter {
  isTTY = true;
  columns = 120;
  rows = 24;
  out = '';
  write(chunk: string, callback?: () => void) {
    this.out += chunk;
    callback?.();
    return true;
  }
}

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
