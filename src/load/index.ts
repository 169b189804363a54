/**
 * All of parley's input: files, folders, stdin and the bundled transcript → Transcript[].
 *
 * - A `.json` file is a parsed transcript, validated against the model (the error names the field).
 * - Any other file is text for the parser; `NAME.meta.json` next to `NAME.txt` (or `.md`) overrides its
 *   date, place, source and title.
 * - A folder is read recursively: its `.txt`, `.md` and `.json` files (not `*.meta.json`, not hidden
 *   files or folders, not node_modules), in name order.
 * - `-` is stdin: a JSON transcript when it is a JSON object with a `version` field, text otherwise.
 * Every problem is a LoadError naming the file.
 *
 * The parser and the validator (zod) are imported only when a file needs them, so that
 * `parley search` on the bundled JSON does not load them at all: start-up time is most of a one-shot
 * command's time. The bundled JSON is trusted (tests/data.test.ts validates it and checks it is fresh).
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { TranscriptMetadata } from '../model/metadata.js';
import type { Transcript } from '../model/transcript.js';
import { bundledPaths } from './bundled.js';
import { decodeText, MAX_FILE_BYTES, tooBig } from './decode.js';
import { readBounded, readRegularFileOrNull, type ReadOutcome } from './read-bounded.js';
import type { SourceStamp, TranscriptCache } from './cache.js';
import { cutMiddle, LoadError } from './errors.js';

export { LoadError } from './errors.js';
export { MAX_FILE_BYTES } from './decode.js';

export interface LoadedTranscript {
  /** The file as the user named it (`-` for stdin, the path for the bundled transcript). */
  file: string;
  transcript: Transcript;
  /** Size and mtime of the file when it was read through the cache (what the cache keys on). */
  stamp?: SourceStamp;
}

export interface LoadOptions {
  stdin?: NodeJS.ReadableStream;
  /** The cache of parsed text files; null or absent: parse every file (`--no-cache`). */
  cache?: TranscriptCache | null;
  /** Called after each transcript is loaded: files done so far, files in all. */
  onProgress?: (done: number, total: number) => void;
  /** Stops loading between two files (the iterator then throws the signal's reason). */
  signal?: AbortSignal;
}

/** A NAME.meta.json sidecar holds a few fields; anything larger is not one. */
export const MAX_SIDECAR_BYTES = 1024 * 1024;

const TRANSCRIPT_EXTENSIONS = new Set(['.txt', '.md', '.json']);

function systemProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'ENAMETOOLONG') return 'its name is too long';
  return (error as Error)?.message?.split('\n')[0] ?? String(error);
}

function statOrFail(file: string): Stats {
  try {
    return statSync(file);
  } catch (error) {
    throw new LoadError(file, systemProblem(error));
  }
}

/** What a special file is, for "is not a regular file (a FIFO)". */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * A transcript file's bytes, never more than MAX_FILE_BYTES + 1 read. `named`: the user named it, so a
 * FIFO or a device (`parse /dev/stdin`) is read as a stream; a file found in a folder must be regular.
 */
function readInput(file: string, named: boolean): { bytes: Buffer; stats: Stats } {
  let outcome: ReadOutcome;
  try {
    outcome = readBounded(file, { limit: MAX_FILE_BYTES, stream: named });
  } catch (error) {
    throw new LoadError(file, systemProblem(error));
  }
  if (outcome.kind === 'not-regular') throw new LoadError(file, outcome.stats.isDirectory() ? 'is a directory' : `is not a regular file (${kindOf(outcome.stats)}); refused`);
  if (outcome.kind === 'too-big') {
    if (outcome.stats.isFile()) throw tooBig(file, outcome.size);
    throw new LoadError(file, `is longer than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit (reading stopped there)`);
  }
  return outcome;
}

function oneLine(message: string): string {
  return message.split('\n')[0].trim();
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError(file, `is not valid JSON (${oneLine((error as Error).message)})`);
  }
}

/** A parsed-transcript JSON text → Transcript, or a LoadError naming the bad field. */
export async function transcriptFromJson(text: string, file: string): Promise<Transcript> {
  return validatedTranscript(parseJson(text, file), file);
}

async function validatedTranscript(value: unknown, file: string): Promise<Transcript> {
  const { TranscriptValidationError, validateTranscript } = await import('../model/validate.js');
  try {
    return validateTranscript(value);
  } catch (error) {
    if (error instanceof TranscriptValidationError) throw new LoadError(file, `is not a valid transcript: ${error.field}: ${oneLine(error.problem)}`);
    throw error;
  }
}

function sidecarOf(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.meta.json`);
}

async function readSidecar(file: string): Promise<TranscriptMetadata | null> {
  const sidecar = sidecarOf(file);
  let outcome: ReadOutcome;
  try {
    outcome = readBounded(sidecar, { limit: MAX_SIDECAR_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new LoadError(sidecar, systemProblem(error));
  }
  if (outcome.kind === 'not-regular') throw new LoadError(sidecar, `is not a regular file (${kindOf(outcome.stats)}); refused`);
  if (outcome.kind === 'too-big') throw new LoadError(sidecar, `is too big for a metadata file (the limit is ${MAX_SIDECAR_BYTES / 1024} KB)`);
  const bytes = outcome.bytes;
  const value = parseJson(decodeText(bytes, sidecar), sidecar);
  const { parseMetadata } = await import('../model/metadata.js');
  const { TranscriptValidationError } = await import('../model/validate.js');
  try {
    return parseMetadata(value);
  } catch (error) {
    if (error instanceof TranscriptValidationError) throw new LoadError(sidecar, `is not valid metadata: ${error.field}: ${oneLine(error.problem)}`);
    throw error;
  }
}

/** Text → Transcript through the parser (no sidecar). */
async function parseText(text: string, file: string): Promise<Transcript> {
  const { parseTranscript } = await import('../parse/index.js');
  try {
    return parseTranscript(text, { source: file === '-' ? null : file });
  } catch (error) {
    throw new LoadError(file, `could not be parsed (${oneLine((error as Error)?.message ?? String(error))})`);
  }
}

/** A sidecar's fields (NAME.meta.json next to `file`) over the parsed ones, when there is one. */
async function applySidecar(transcript: Transcript, file: string): Promise<Transcript> {
  const metadata = await readSidecar(file);
  if (!metadata) return transcript;
  const { withMetadata } = await import('../model/metadata.js');
  return withMetadata(transcript, metadata);
}

/** Text → Transcript through the parser; a sidecar's fields override the parsed ones. */
export async function transcriptFromText(text: string, file: string, sidecarFor: string | null = file): Promise<Transcript> {
  const transcript = await parseText(text, file);
  return sidecarFor ? applySidecar(transcript, sidecarFor) : transcript;
}

/**
 * One file → Transcript. A text file's parse is taken from `cache` when it was made from this very
 * version of the file (size, mtime, parser version) and stored there otherwise; the sidecar is read
 * every time, so editing NAME.meta.json needs no invalidation.
 */
export async function loadFile(file: string, cache: TranscriptCache | null = null): Promise<Transcript> {
  return (await loadFileStamped(file, cache, true)).transcript;
}

async function loadFileStamped(file: string, cache: TranscriptCache | null, named: boolean): Promise<{ transcript: Transcript; stamp?: SourceStamp }> {
  const isJson = path.extname(file).toLowerCase() === '.json';
  if (!cache) {
    const text = decodeText(readInput(file, named).bytes, file);
    return { transcript: isJson ? await transcriptFromJson(text, file) : await transcriptFromText(text, file) };
  }
  const stats = statOrFail(file);
  const stampOf = (s: Stats) => (s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined);
  if (isJson) {
    const { bytes, stats: read } = readInput(file, named);
    return { transcript: await transcriptFromJson(decodeText(bytes, file), file), stamp: stampOf(read) };
  }
  let stamp = stampOf(stats);
  let transcript = stamp ? cache.get(file, stamp) : null;
  if (!transcript) {
    const { bytes, stats: read } = readInput(file, named);
    // Stamped with what was read (the file may have changed since the stat above).
    stamp = stampOf(read);
    transcript = await parseText(decodeText(bytes, file), file);
    if (stamp) cache.put(file, stamp, transcript);
  }
  return { transcript: await applySidecar(transcript, file), stamp };
}

function isTranscriptFile(name: string): boolean {
  const lower = name.toLowerCase();
  return TRANSCRIPT_EXTENSIONS.has(path.extname(lower)) && !lower.endsWith('.meta.json');
}

/**
 * Folders deeper than this under a folder given to parley are refused: a library is a few levels of
 * folders, and a path thousands of folders deep takes minutes to walk for nothing.
 */
export const MAX_FOLDER_DEPTH = 32;

/**
 * Transcript files under a folder, recursively, in name order; symbolic-link loops are visited once.
 * A folder nested more than MAX_FOLDER_DEPTH levels below `dir` is refused with a LoadError naming `dir`.
 */
export function listTranscriptFiles(dir: string, seen = new Set<string>()): string[] {
  return listUnder(dir, dir, 0, seen);
}

function listUnder(root: string, dir: string, depth: number, seen: Set<string>): string[] {
  if (depth > MAX_FOLDER_DEPTH) {
    throw new LoadError(root, `has folders nested more than ${MAX_FOLDER_DEPTH} levels deep (${cutMiddle(path.relative(root, dir), 60)}); refused`);
  }
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    throw new LoadError(dir, systemProblem(error));
  }
  if (seen.has(real)) return [];
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new LoadError(dir, systemProblem(error));
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stats = statSync(full);
        isDir = stats.isDirectory();
        isFile = stats.isFile();
      } catch {
        continue; // a dangling link is not a transcript
      }
    }
    if (isDir) out.push(...listUnder(root, full, depth + 1, seen));
    else if (isFile && isTranscriptFile(entry.name)) out.push(full);
  }
  return out;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_FILE_BYTES) throw tooBig('-', size, true);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Stdin is a JSON transcript when it is a JSON object with a `version` field (then validated, the error
 * naming the field); anything else, `{Laughter}` or a JSON file of some other kind included, is text.
 */
export async function loadStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Transcript> {
  const text = decodeText(await readStream(stream), '-');
  if (text.trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'version')) return validatedTranscript(value, '-');
  }
  return transcriptFromText(text, '-', null);
}

/** The bundled transcript: its parsed JSON, or (before `npm run data` made one) its text and sidecar. */
export async function loadBundled(): Promise<LoadedTranscript> {
  const { json, text } = bundledPaths();
  const bytes = readRegularFileOrNull(json, MAX_FILE_BYTES * 4);
  if (!bytes) return { file: text, transcript: await loadFile(text) };
  return { file: json, transcript: parseJson(decodeText(bytes, json), json) as Transcript };
}

/** What to load: stdin, or one file (a folder's files are listed up front, so the total is known). */
type Source = { stdin: true } | { stdin: false; file: string; named: boolean };

function sourcesOf(inputs: readonly string[]): Source[] {
  const out: Source[] = [];
  let stdinSeen = false;
  for (const input of inputs) {
    if (input === '-') {
      if (!stdinSeen) out.push({ stdin: true });
      stdinSeen = true;
    } else if (statOrFail(input).isDirectory()) {
      const files = listTranscriptFiles(input);
      if (!files.length) throw new LoadError(input, 'contains no transcripts (.txt, .md or .json files)');
      for (const file of files) out.push({ stdin: false, file, named: false });
    } else out.push({ stdin: false, file: input, named: true });
  }
  return out;
}

/** Time the loader may keep the event loop before letting a UI draw (a frame at 60 Hz is 16 ms). */
const SLICE_MS = 8;

/**
 * FILE|DIR|- arguments → transcripts one at a time, in argument order (a folder's files in name order);
 * none → the bundled transcript. The incremental form of loadInputs for a UI that must draw before the
 * whole library is read:
 *
 *   for await (const loaded of loadEach(inputs, { cache, onProgress: (done, total) => …, signal })) …
 *
 * It yields to the event loop at least every SLICE_MS, so timers and input keep running, and stops with
 * the signal's reason when `signal` is aborted. A bad file throws a LoadError naming it.
 */
export async function* loadEach(inputs: readonly string[], options: LoadOptions = {}): AsyncGenerator<LoadedTranscript> {
  if (!inputs.length) {
    const bundled = await loadBundled();
    options.onProgress?.(1, 1);
    yield bundled;
    return;
  }
  const sources = sourcesOf(inputs);
  let slice = performance.now();
  for (let i = 0; i < sources.length; i++) {
    options.signal?.throwIfAborted();
    const source = sources[i];
    const loaded = source.stdin
      ? { file: '-', transcript: await loadStdin(options.stdin) }
      : { file: source.file, ...(await loadFileStamped(source.file, options.cache ?? null, source.named)) };
    options.onProgress?.(i + 1, sources.length);
    yield loaded;
    if (performance.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
  }
}

/** FILE|DIR|- arguments → transcripts, in argument order; none → the bundled transcript. */
export async function loadInputs(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadedTranscript[]> {
  const out: LoadedTranscript[] = [];
  for await (const loaded of loadEach(inputs, options)) out.push(loaded);
  return out;
}
