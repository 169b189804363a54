/**
 * The terminal while parley owns it: alternate screen, hidden cursor, raw mode, and the promise to give it
 * back as it was found whatever ends the run.
 *
 * - Every signal whose default action ends the process, and that Node lets a program handle, restores the
 *   terminal and exits 128 + the signal's number (SIGINT 130, SIGTERM 143…). Not handled: SIGUSR1 (Node's
 *   inspector), SIGPROF (its profiler), SIGPIPE and SIGXFSZ (Node ignores them), the fault signals (SIGSEGV,
 *   SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS: a handler cannot run safely) and SIGKILL / SIGSTOP (nobody can).
 * - A terminal that went away (its window closed, the SSH connection dropped) is a hang-up: writes fail with
 *   EIO, reads end. Nothing more is written and the process exits 129 after closing its descriptors on the
 *   terminal, so that Node's own exit code does not try to reset the dead terminal either (that reset
 *   aborts the process, SIGABRT, in Node 20).
 */
import { closeSync, writeSync } from 'node:fs';
import os from 'node:os';

export const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H\u001b[2J';
export const LEAVE_ALT_SCREEN = '\u001b[?1049l';
export const HIDE_CURSOR = '\u001b[?25l';
export const SHOW_CURSOR = '\u001b[?25h';
// Undo what a crash might have left: attributes, scroll region, synchronized-output mode.
export const RESET_MODES = '\u001b[0m\u001b[r\u001b[?2026l';

/** Signals that end the process by default and that a Node program may handle (see above). */
export const EXIT_SIGNALS = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGABRT', 'SIGUSR2', 'SIGALRM', 'SIGTERM', 'SIGSTKFLT', 'SIGXCPU', 'SIGVTALRM', 'SIGIO', 'SIGPWR'] as const;

/** The exit status for a signal: 128 + its number (SIGHUP 129, SIGINT 130, SIGTERM 143). */
export function signalStatus(signal: string): number {
  return 128 + ((os.constants.signals as Record<string, number>)[signal] ?? 1);
}

/** Error codes that mean the terminal is gone. */
const HANG_UP_CODES = new Set(['EIO', 'EPIPE', 'ENXIO']);

export function isHangUp(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && HANG_UP_CODES.has(code)) return true;
  // setRawMode reports "setRawMode failed with errno: 5" (EIO) without a code.
  return /errno: 5\b|\bEIO\b/.test((error as Error | null)?.message ?? '');
}

export interface TerminalStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export interface TerminalSessionOptions {
  /** Called first when the terminal is given back (unmount Ink, so it stops drawing). */
  beforeRestore?: () => void;
  /** Exits the process (tests replace it). */
  exit?: (code: number) => void;
}

export interface TerminalSession {
  /** Gives the terminal back: raw mode off, cursor shown, alternate screen left. Once; safe to repeat. */
  restore(): void;
  /** restore(), then the handlers are removed (the run ended normally). */
  release(): void;
  /** Sets what restore() does first (Ink's unmount, once Ink is mounted). */
  setBeforeRestore(fn: (() => void) | undefined): void;
  /** The terminal is gone (an EIO from a write, say): stop writing, exit 129. */
  hangUp(): void;
  /** Whether the terminal went away (nothing more is written to it). */
  readonly hungUp: boolean;
}

/** The descriptor of a stream on a terminal, if it has one (test doubles have none). */
function terminalFd(stream: { isTTY?: boolean; fd?: unknown }): number | null {
  return stream.isTTY && typeof stream.fd === 'number' ? stream.fd : null;
}

/**
 * Takes the terminal: alternate screen, hidden cursor, raw mode at once (keys typed before the app reads
 * them wait unechoed in the terminal's buffer), and every handler described above.
 */
export function takeTerminal(streams: TerminalStreams, options: TerminalSessionOptions = {}): TerminalSession {
  const { stdin, stdout, stderr } = streams;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let beforeRestore = options.beforeRestore;
  let restored = false;
  let hungUp = false;
  let released = false;

  /** Writes to the terminal; false when it is gone. Synchronous on a real terminal, to know at once. */
  const write = (text: string): boolean => {
    const fd = terminalFd(stdout);
    try {
      if (fd !== null) writeSync(fd, text);
      else stdout.write(text);
      return true;
    } catch (error) {
      if (isHangUp(error)) return false;
      throw error;
    }
  };

  const hangUp = () => {
    if (hungUp) return;
    hungUp = true;
    restored = true;
    // Node resets every descriptor that was a terminal at start-up on its way out, and aborts when that
    // fails: close them, so that there is nothing left to reset.
    for (const stream of [stdin, stdout, stderr]) {
      const fd = terminalFd(stream);
      if (fd === null || fd > 2) continue;
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    exit(signalStatus('SIGHUP'));
  };

  const restore = () => {
    if (restored) return;
    // Is the terminal still there? (Asked before anything else touches it.)
    if (!write(RESET_MODES)) return hangUp();
    restored = true;
    try {
      beforeRestore?.();
    } catch (error) {
      // Unmounting a broken tree must not stop the terminal from being restored.
      if (isHangUp(error)) return hangUp();
    }
    try {
      if (stdin.isTTY) stdin.setRawMode?.(false);
    } catch (error) {
      if (isHangUp(error)) return hangUp();
    }
    if (!write(RESET_MODES + SHOW_CURSOR + LEAVE_ALT_SCREEN)) return hangUp();
  };

  const signalHandlers = EXIT_SIGNALS.filter((s) => s in os.constants.signals).map((signal) => {
    const handler = () => {
      restore();
      // The process is being told to go; do not wait for the event loop to drain.
      if (!hungUp) exit(signalStatus(signal));
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  // In raw mode a read ends only when the terminal is gone.
  const onInputEnd = () => hangUp();
  const onStreamError = (error: unknown) => {
    if (isHangUp(error)) hangUp();
  };
  stdin.on('end', onInputEnd);
  stdin.on('error', onStreamError);
  stdout.on('error', onStreamError);
  // Last resort if something calls process.exit() while the screen is still ours.
  process.on('exit', restore);

  write(ENTER_ALT_SCREEN + HIDE_CURSOR);
  try {
    stdin.setRawMode?.(true);
  } catch (error) {
    if (isHangUp(error)) hangUp();
    // Otherwise Ink reports a terminal that refuses raw mode itself.
  }

  return {
    restore,
    release() {
      restore();
      if (released) return;
      released = true;
      for (const [signal, handler] of signalHandlers) process.off(signal, handler);
      stdin.off('end', onInputEnd);
      stdin.off('error', onStreamError);
      stdout.off('error', onStreamError);
      process.off('exit', restore);
    },
    hangUp,
    setBeforeRestore(fn) {
      beforeRestore = fn;
    },
    get hungUp() {
      return hungUp;
    },
  };
}
