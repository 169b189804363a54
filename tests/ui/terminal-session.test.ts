import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, test } from 'vitest';
import { EXIT_SIGNALS, isHangUp, signalStatus, takeTerminal, type TerminalSession } from '../../src/ui/terminal-session.js';

class FakeStdin extends EventEmitter {
  isTTY = true;
  rawMode: boolean[] = [];
  setRawMode(on: boolean) {
    this.rawMode.push(on);
  }
}

class FakeTerminal extends EventEmitter {
  isTTY = true;
  out = '';
  /** Set to make every write fail as on a terminal that went away. */
  gone = false;
  write(chunk: string) {
    if (this.gone) throw Object.assign(new Error('write EIO'), { code: 'EIO' });
    this.out += chunk;
    return true;
  }
}

let session: TerminalSession | null = null;
afterEach(() => session?.release());

function take() {
  const stdin = new FakeStdin();
  const stdout = new FakeTerminal();
  const stderr = new FakeTerminal();
  const exits: number[] = [];
  session = takeTerminal({ stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream }, { exit: (code) => exits.push(code) });
  return { stdin, stdout, exits, session };
}

describe('terminal session', () => {
  test('takes the terminal: alternate screen, hidden cursor, raw mode', () => {
    const { stdin, stdout } = take();
    expect(stdout.out).toBe('\u001b[?1049h\u001b[H\u001b[2J\u001b[?25l');
    expect(stdin.rawMode).toEqual([true]);
  });

  test.each([...EXIT_SIGNALS])('%s restores the terminal and exits 128 + its number', (signal) => {
    const { stdin, stdout, exits } = take();
    process.emit(signal);
    expect(stdout.out.endsWith('\u001b[?25h\u001b[?1049l')).toBe(true);
    expect(stdin.rawMode.at(-1)).toBe(false);
    expect(exits).toEqual([signalStatus(signal)]);
  });

  test('exit statuses are 128 + the signal number', () => {
    expect([signalStatus('SIGHUP'), signalStatus('SIGINT'), signalStatus('SIGQUIT'), signalStatus('SIGTERM'), signalStatus('SIGALRM')]).toEqual([129, 130, 131, 143, 142]);
  });

  test('a write error on the terminal (EIO) is a hang-up: exit 129, nothing more written', () => {
    const { stdin, stdout, exits, session } = take();
    stdout.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' }));
    expect(exits).toEqual([129]);
    expect(session.hungUp).toBe(true);
    const before = stdout.out;
    session.restore();
    expect(stdout.out).toBe(before);
    expect(stdin.rawMode).toEqual([true]);
  });

  test('the end of input in raw mode is a hang-up', () => {
    const { stdin, exits } = take();
    stdin.emit('end');
    expect(exits).toEqual([129]);
  });

  test('a signal after the terminal went away exits 129 without raw mode or writes', () => {
    const { stdin, stdout, exits } = take();
    stdout.gone = true;
    process.emit('SIGTERM');
    expect(exits).toEqual([129]);
    expect(stdin.rawMode).toEqual([true]);
  });

  test('other stream errors are not hang-ups', () => {
    const { stdout, exits } = take();
    stdout.emit('error', Object.assign(new Error('nope'), { code: 'EAGAIN' }));
    expect(exits).toEqual([]);
    expect(isHangUp(new Error('setRawMode failed with errno: 5'))).toBe(true);
    expect(isHangUp(Object.assign(new Error('x'), { code: 'EPIPE' }))).toBe(true);
  });

  test('release gives the terminal back once and removes the handlers', () => {
    const { stdout } = take();
    const listeners = process.listenerCount('SIGINT');
    session!.release();
    session!.release();
    expect(stdout.out.match(/\u001b\[\?1049l/g)).toHaveLength(1);
    expect(process.listenerCount('SIGINT')).toBe(listeners - 1);
  });
});
