import { afterEach, describe, expect, test, vi } from 'vitest';
import { debugDetails, internalErrorLine } from '../../src/terminal/error-report.js';
import { runTui } from '../../src/ui/run.js';
import { fallbackIndex, summit } from './fixtures.js';
import { FakeStdin, FakeTerminal } from './fake-terminal.js';

// Issue 10: an uncaught error in the TUI printed its stack and its raw message (an OSC sequence in it set
// the window title). Now: the terminal given back, then one sanitised line; the stack only with PARLEY_DEBUG.
const HOSTILE = new Error('bad quote \u001b]0;pwned\u0007"Tango\u001b[2J"\u009b31m\nsecond line');

async function crashTui(): Promise<{ stdout: FakeTerminal; stderr: FakeTerminal; exitCode: unknown }> {
  const stdout = new FakeTerminal();
  const stderr = new FakeTerminal();
  let exitCode: unknown;
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    exitCode = code;
  }) as never);
  const events = ['uncaughtException', 'unhandledRejection', 'SIGTERM', 'SIGHUP', 'exit'];
  const listeners = (e: string) => process.listeners(e as 'exit') as unknown[];
  const before = new Map(events.map((e) => [e, listeners(e)]));
  void runTui([summit], { stdin: new FakeStdin() as never, stdout: stdout as never, stderr: stderr as never, createIndex: fallbackIndex });
  for (let i = 0; i < 400 && !stdout.out.includes('Lake Region'); i++) await new Promise((r) => setTimeout(r, 5));
  // Only the TUI's own handler hears this one (vitest's would fail the test run).
  const others = process.listeners('uncaughtException').slice(0, -1);
  for (const l of others) process.off('uncaughtException', l);
  try {
    (process.emit as (event: string, ...args: unknown[]) => boolean)('uncaughtException', HOSTILE, 'uncaughtException');
  } finally {
    for (const l of others) process.on('uncaughtException', l);
  }
  // process.exit is stubbed, so the TUI never finishes: wait for the report, then drop its handlers.
  for (let i = 0; i < 400 && !stderr.out.includes('internal error'); i++) await new Promise((r) => setTimeout(r, 5));
  exit.mockRestore();
  for (const e of events) for (const l of listeners(e)) if (!before.get(e)!.includes(l)) process.off(e as 'exit', l as never);
  return { stdout, stderr, exitCode };
}

describe('an uncaught error in the TUI', () => {
  afterEach(() => {
    delete process.env.PARLEY_DEBUG;
  });

  test('gives the terminal back, then prints one sanitised line: no stack, no escape sequence', async () => {
    const { stdout, stderr, exitCode } = await crashTui();
    expect(stdout.out.endsWith('\u001b[?25h\u001b[?1049l')).toBe(true);
    expect(stderr.out).toBe('parley: internal error: bad quote "Tango"\n');
    expect(exitCode).toBe(1);
  });

  test('PARLEY_DEBUG=1 adds the stack, sanitised as well', async () => {
    process.env.PARLEY_DEBUG = '1';
    const { stderr } = await crashTui();
    expect(stderr.out).toMatch(/\n\s+at /);
    expect(stderr.out).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(stderr.out.trimEnd().split('\n').at(-1)).toBe('parley: internal error: bad quote "Tango"');
  });
});

describe('internalErrorLine', () => {
  test('one short line whatever was thrown', () => {
    expect(internalErrorLine('\u001b]52;c;AAAA\u0007oops')).toBe('parley: internal error: oops');
    const long = internalErrorLine(new Error('x'.repeat(20_000)));
    expect(long.length).toBeLessThan(340);
    expect(long.endsWith('…')).toBe(true);
    expect(debugDetails({ toString: () => 'odd\u001b[2Jthing' })).toBe('oddthing');
  });
});
