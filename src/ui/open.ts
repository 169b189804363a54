/**
 * `parley [FILE|DIR…]` on a terminal. The terminal is taken at once (alternate screen, raw mode, a loading
 * line), so that a big file's parse neither shows a blank screen nor echoes the keys typed meanwhile; those
 * keys wait in the terminal and are handled once the view is up. The inputs are read with loadEach(); as
 * soon as two transcripts are in, the library view opens (the rest keep loading behind it). One transcript
 * opens in the reader, as it always has. A problem with the first files gives the terminal back before it
 * is thrown, so the CLI reports it like any other load error.
 */
import type { TranscriptCache } from '../load/cache.js';
import { loadEach } from '../load/index.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { LibraryFeed } from './library-feed.js';
import { runTui, type RunOptions } from './run.js';
import { takeTerminal, type TerminalSession } from './terminal-session.js';
import { truncate } from './wrap.js';

export interface OpenOptions extends Omit<RunOptions, 'library' | 'session'> {
  cache?: TranscriptCache | null;
  /** Where `-` is read from. */
  input?: NodeJS.ReadableStream;
}

/** The line shown while the first files are read. */
export function loadingLine(title: string | undefined, columns: number): string {
  return truncate(`Loading ${title ? sanitizeForTerminal(title) : 'the bundled transcript'}…`, Math.max(1, columns - 1));
}

export async function openTui(inputs: readonly string[], options: OpenOptions = {}): Promise<number> {
  const { cache = null, input, ...run } = options;
  const stdin = run.stdin ?? process.stdin;
  const stdout = run.stdout ?? process.stdout;
  const stderr = run.stderr ?? process.stderr;
  let session: TerminalSession | undefined;
  // `-` read from the terminal itself is typed text ended by Ctrl-D: that needs the terminal as it is. (`-`
  // from a pipe, with the keys from /dev/tty, does not.)
  const dashFromTerminal = inputs.includes('-') && Boolean(((input ?? process.stdin) as { isTTY?: boolean }).isTTY);
  if (stdin.isTTY && stdout.isTTY && !dashFromTerminal) {
    session = takeTerminal({ stdin, stdout, stderr });
    stdout.write(`\u001b[H${loadingLine(run.title, stdout.columns || 80)}`);
  }
  const feed = new LibraryFeed({ load: (o) => loadEach(inputs, { cache, stdin: input, ...o }), cache, createIndex: run.createIndex });
  let complete: boolean;
  try {
    complete = await feed.prime(2);
  } catch (error) {
    session?.release();
    throw error;
  }
  const transcripts = feed.snapshot().transcripts.slice();
  if (complete && transcripts.length < 2) return runTui(transcripts, { ...run, session });
  return runTui(transcripts, { ...run, session, library: feed });
}
