/**
 * parley's entry point (bundled to dist/cli.js; bin/parley.js imports it).
 *
 *   parley [FILE|DIR…]   the TUI on a terminal, the outline otherwise
 *   parley search | quotes | speakers | sections | parse …   one-shot commands (commands.ts)
 *
 * Errors are one line on stderr, `parley: FILE: problem` or `parley: problem`, with exit status 2 and
 * never a stack trace. The Ink UI is loaded with a dynamic import only when it is about to be shown, so
 * the one-shot commands never pay for React.
 */
import { closeSync, existsSync, openSync } from 'node:fs';
import tty from 'node:tty';
import path from 'node:path';
import { editDistance } from '../model/edit-distance.js';
import pkg from '../../package.json' with { type: 'json' };
import { LoadError } from '../load/index.js';
import { cutMiddle, MAX_PROBLEM_SHOWN } from '../load/errors.js';
import { OutputClosed, writeStdout, type Output } from '../load/write.js';
import { clean } from './style.js';
import { debugDetails, internalErrorLine } from '../terminal/error-report.js';
import { parseArgs, UsageError } from './args.js';
import { HELP } from './help.js';
import * as commands from './commands.js';

const VERSION: string = pkg.version;
type OneShot = 'search' | 'quotes' | 'speakers' | 'sections' | 'parse';
const ONE_SHOT: readonly OneShot[] = ['search', 'quotes', 'speakers', 'sections', 'parse'];

function errorLine(error: unknown): string {
  // One short line whatever the path: a long one is cut in the middle (errors.ts).
  if (error instanceof LoadError) return `parley: ${clean(error.message)}`;
  if (error instanceof UsageError) {
    const help = error.command === 'main' ? 'parley --help' : `parley ${error.command} --help`;
    if (!error.pointToHelp) return `parley: ${clean(cutMiddle(error.message, MAX_PROBLEM_SHOWN))}`;
    return `parley: ${clean(cutMiddle(error.message, MAX_PROBLEM_SHOWN))} (see ${help})`;
  }
  return internalErrorLine(error);
}

/**
 * Writes a command's output to stdout, chunk by chunk, and returns its status. A write error (a full disk) is
 * thrown as one line; a reader that stopped reading (`parley quotes | head`) ends the run quietly with the
 * status it would have had.
 */
async function emit(output: Output, status: number): Promise<number> {
  try {
    await writeStdout(output);
  } catch (error) {
    if (error instanceof OutputClosed) return status;
    throw error;
  }
  return status;
}

/**
 * `parley serach tango`: a first word that is no file but a command misspelt (two edits at most) is a
 * usage error naming the command, rather than `serach: no such file`. A file of that name is read as ever.
 */
function misspeltCommand(word: string | undefined): string | null {
  if (word === undefined || word.startsWith('-') || word.includes('/') || existsSync(word)) return null;
  const lower = word.toLowerCase();
  for (const candidate of [...ONE_SHOT, 'help']) {
    if (word !== candidate && editDistance(lower, candidate, 2) <= Math.min(2, candidate.length - 3)) return candidate;
  }
  return null;
}

export async function main(argv: string[]): Promise<number> {
  let command: OneShot | 'main' | 'help' = 'main';
  const meant = ONE_SHOT.includes(argv[0] as OneShot) ? null : misspeltCommand(argv[0]);
  if (meant) throw new UsageError(`unknown command "${argv[0]}" (did you mean "${meant}"?)`, 'main', false);
  let rest = argv;
  if (ONE_SHOT.includes(argv[0] as OneShot) || argv[0] === 'help') {
    command = argv[0] as OneShot | 'help';
    rest = argv.slice(1);
  }
  if (command === 'help') {
    const topic = rest[0] ?? 'main';
    if (!Object.hasOwn(HELP, topic)) throw new UsageError(`no help for "${topic}"`, 'main');
    return emit(`${HELP[topic]}\n`, 0);
  }
  const { input, flags } = await parseArgs(command, rest, commands.FLAGS[command], VERSION);
  if (flags.version) {
    return emit(`${VERSION}\n`, 0);
  }
  if (flags.help) {
    return emit(`${HELP[command]}\n`, 0);
  }
  const ctx: commands.CommandContext = { stdin: process.stdin, stdout: process.stdout, env: process.env, report: (line) => process.stderr.write(`${line}\n`) };
  if (command !== 'main') {
    const result = await commands[command](input, flags, ctx);
    return emit(result.stdout, result.status);
  }
  // `cat talks.txt | parley -` on a terminal: stdin is the transcript, so keys come from the terminal itself
  // (/dev/tty), as less reads them.
  const keyboard = process.stdout.isTTY && !process.stdin.isTTY && input.includes('-') ? openControllingTerminal() : null;
  if (process.stdout.isTTY && (process.stdin.isTTY || keyboard)) {
    // The TUI restores the terminal on a crash and reports it itself; an error line written now would
    // land on the alternate screen and vanish.
    process.off('uncaughtException', crash);
    process.off('unhandledRejection', crash);
    // A write error on the terminal is the TUI's to handle (a hang-up: exit 129, nothing more written).
    process.stdout.off('error', stdoutError);
    // A folder (or several files) opens the library view while the rest of it is still being read.
    const { openTui } = await import('../ui/open.js');
    const title = input.length ? input.map((f) => path.basename(f)).join(', ') : undefined;
    // Imported here, not at the top: the cache module (and node:crypto) would slow every one-shot start.
    const cache = flags.cache === false ? null : (await import('../load/cache.js')).cacheFromEnv(process.env);
    try {
      return await openTui(input, { title, cache, ...(keyboard ? { stdin: keyboard, input: process.stdin } : {}) });
    } finally {
      keyboard?.destroy();
    }
  }
  const { transcripts: loaded } = await commands.loadForCommand(input, flags, ctx);
  const result = commands.browseWithoutTerminal(loaded);
  return emit(result.stdout, result.status);
}

/** The controlling terminal for reading keys, or null when there is none (a cron job, `setsid`). */
function openControllingTerminal(): tty.ReadStream | null {
  try {
    const fd = openSync('/dev/tty', 'r');
    if (!tty.isatty(fd)) {
      closeSync(fd);
      return null;
    }
    return new tty.ReadStream(fd);
  } catch {
    return null;
  }
}

function fail(error: unknown): void {
  // `parse -o /dev/stdout | head`: the reader stopped, which is not an error.
  if (error instanceof OutputClosed) return;
  if (process.env.PARLEY_DEBUG) process.stderr.write(`${debugDetails(error)}\n`);
  process.stderr.write(`${errorLine(error)}\n`);
  process.exitCode = 2;
}

// A reader that stops early (`parley quotes | head`) is not an error.
function stdoutError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(error);
}
process.stdout.on('error', stdoutError);
function crash(error: unknown): void {
  fail(error);
  process.exit(2);
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => fail(error),
);
