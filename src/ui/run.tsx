/**
 * Starts the TUI on a real terminal and guarantees the terminal is given back as it was found: alternate
 * screen left, cursor shown, raw mode off. That holds on q, Ctrl-C, every signal that would end the process
 * (SIGINT, SIGTERM, SIGHUP, SIGQUIT…: terminal-session.ts), and an uncaught error (reported in one sanitised
 * line: error-report.ts); a terminal that went away (EIO) ends the run with 129 without writing to it again.
 */
import type { Instance } from 'ink';
import type { Transcript } from '../model/transcript.js';
import type { SearchIndex } from '../search/types.js';
import { createSearchIndex } from '../search/index.js';
import { docFor } from './document.js';
import { firstFrame } from './first-frame.js';
import type { LibraryFeed } from './library-feed.js';
import { libraryFirstFrame } from './library-first-frame.js';
import { createFrameStream } from './frame-stream.js';
import { noColorRequested } from './theme.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { isHangUp, takeTerminal, type TerminalSession } from './terminal-session.js';
import { debugDetails, internalErrorLine } from '../terminal/error-report.js';

export interface RunOptions {
  /** A label for the header (e.g. the file name); transcript titles come from the transcripts. */
  title?: string;
  /** Replaces the search index factory (tests, benchmarks). */
  createIndex?: (transcripts: Transcript[]) => SearchIndex;
  /**
   * A library still loading (a folder, several files): the library view is shown, rows arriving as the
   * feed reads them. `transcripts` are then the ones already read.
   */
  library?: LibraryFeed;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  /** The terminal, when already taken (openTui takes it before loading, to show a loading line at once). */
  session?: TerminalSession;
}

/**
 * Ink draws nothing until exit when CI or CONTINUOUS_INTEGRATION is set (is-in-ci, read once when Ink is
 * imported). runTui only ever runs with a terminal on stdin and stdout, where that guess is wrong (a CI
 * job driving parley under tmux, a shell that exports CI=true): hide the two variables while Ink loads.
 */
async function importInkWithoutCiGuess(): Promise<typeof import('./mount.js')> {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  try {
    return await import('./mount.js');
  } finally {
    for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
  }
}

/** Opens the transcripts full screen; resolves to the process exit code. */
export async function runTui(transcripts: Transcript[], options: RunOptions = {}): Promise<number> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  if (!transcripts.length) {
    options.session?.release();
    stderr.write('parley: nothing to show\n');
    return 2;
  }
  if (!stdin.isTTY || !stdout.isTTY) {
    options.session?.release();
    stderr.write('parley: the interactive view needs a terminal (stdin and stdout)\n');
    return 2;
  }

  let instance: Instance | undefined;
  // Alternate screen, raw mode, and the terminal restored on every way out (terminal-session.ts).
  const session = options.session ?? takeTerminal({ stdin, stdout, stderr });
  session.setBeforeRestore(() => instance?.unmount());

  // Draw the opening screen now; React and Ink take about as long again as Node to load.
  const label = options.title;
  const extra = [label ? sanitizeForTerminal(label) : '', transcripts.length > 1 ? `1 of ${transcripts.length} files` : ''].filter(Boolean).join(' · ');
  const color = !noColorRequested();
  const library = options.library;
  const opening = library
    ? libraryFirstFrame(library.snapshot(), { columns: stdout.columns || 80, rows: stdout.rows || 24, color, label })
    : firstFrame(docFor(transcripts[0]), { columns: stdout.columns || 80, rows: stdout.rows || 24, color, extra: extra || undefined });
  // From the top of a cleared screen: a loading line may be there (open.ts).
  stdout.write('\u001b[H\u001b[2J' + opening + '\u001b[H');
  // Keep reading the library while React and Ink load.
  void library?.start();

  let resolveExit!: (code: number) => void;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));

  // One sanitised line, after the terminal is given back (PARLEY_DEBUG=1: the sanitised stack first).
  const report = (error: unknown) => {
    if (process.env.PARLEY_DEBUG) stderr.write(`${debugDetails(error)}\n`);
    stderr.write(`${internalErrorLine(error)}\n`);
  };
  const onCrash = (error: unknown) => {
    if (isHangUp(error)) return session.hangUp();
    session.restore();
    report(error);
    process.exit(1);
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);

  let code = 0;
  // Ink's first frame replaces the one drawn above.
  const frames = createFrameStream(stdout, { clearBeforeFirstFrame: true });
  try {
    const { mountApp, mountLibrary } = await importInkWithoutCiGuess();
    const renderOptions = {
      stdin,
      stdout: frames.stream,
      stderr,
      exitOnCtrlC: false,
      // console.* writes to process.stdout; route it through Ink only when that is the screen we draw on.
      patchConsole: stdout === process.stdout,
      maxFps: 60,
      incrementalRendering: true,
    };
    const onExit = (exitCode: number) => {
      code = exitCode;
      instance?.unmount();
      resolveExit(exitCode);
    };
    instance = library
      ? mountLibrary({ feed: library, label, color, createIndex: options.createIndex ?? createSearchIndex, onExit }, renderOptions)
      : mountApp({ transcripts, label, color, createIndex: options.createIndex ?? createSearchIndex, onExit }, renderOptions);
    await Promise.race([instance.waitUntilExit(), exited]);
  } catch (error) {
    if (isHangUp(error)) session.hangUp();
    session.restore();
    report(error);
    code = 1;
  } finally {
    library?.stop();
    session.release();
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
  return code;
}
