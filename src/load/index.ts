/**
 * All of parley's input: files, folders, stdin and the bundled transcript → Transcript[].
 *
 * - A `.json` file is a parsed transcript, validated against the model (the error names the field).
 * - Any other file is text for the parser; `NAME.meta.json` next to `NAME.txt` (or `.md`) overrides its
 *   date, place, source and title.
 * - A folder is read recursively: its `.txt`, `.md` and `.json` files (not `*.meta.json`, not hidden
 *   files or folders, not node_modules), in name order.
 * - `-` is stdin: JSON when it starts with `{`, text otherwise.
 * Every problem is a LoadError naming the file.
 *
 * The parser and the validator (zod) are imported only when a file needs them, so that
 * `parley search` on the bundled JSON does not load them at all: start-up time is most of a one-shot
 * command's time. The bundled JSON is trusted (tests/data.test.ts validates it and checks it is fresh).
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { TranscriptMetadata } from '../model/metadata.js';
import type { Transcript } from '../model/transcript.js';
import { bundledPaths } from './bundled.js';
import { decodeText, MAX_FILE_BYTES, tooBig } from './decode.js';
import { LoadError } from './errors.js';

export { LoadError } from './errors.js';
export { MAX_FILE_BYTES } from './decode.js';

export interface LoadedTranscript {
  /** The file as the user named it (`-` for stdin, the path for the bundled transcript). */
  file: string;
  transcript: Transcript;
}

export interface LoadOptions {
  stdin?: NodeJS.ReadableStream;
}

const TRANSCRIPT_EXTENSIONS = new Set(['.txt', '.md', '.json']);

function systemProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  return (error as Error)?.message?.split('\n')[0] ?? String(error);
}

function statOrFail(file: string): Stats {
  try {
    return statSync(file);
  } catch (error) {
    throw new LoadError(file, systemProblem(error));
  }
}

function readBytes(file: string): Buffer {
  const stats = statOrFail(file);
  if (stats.isDirectory()) throw new LoadError(file, 'is a directory');
  if (!stats.isFile() && !stats.isFIFO() && !stats.isCharacterDevice()) throw new LoadError(file, 'is not a regular file');
  if (stats.size > MAX_FILE_BYTES) throw tooBig(file, stats.size);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new LoadError(file, systemProblem(error));
  }
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
  const value = parseJson(text, file);
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(sidecar);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new LoadError(sidecar, systemProblem(error));
  }
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

/** Text → Transcript through the parser; a sidecar's fields override the parsed ones. */
export async function transcriptFromText(text: string, file: string, sidecarFor: string | null = file): Promise<Transcript> {
  const { parseTranscript } = await import('../parse/index.js');
  let transcript: Transcript;
  try {
    transcript = parseTranscript(text, { source: file === '-' ? null : file });
  } catch (error) {
    throw new LoadError(file, `could not be parsed (${oneLine((error as Error)?.message ?? String(error))})`);
  }
  const metadata = sidecarFor ? await readSidecar(sidecarFor) : null;
  if (!metadata) return transcript;
  const { withMetadata } = await import('../model/metadata.js');
  return withMetadata(transcript, metadata);
}

export async function loadFile(file: string): Promise<Transcript> {
  const text = decodeText(readBytes(file), file);
  if (path.extname(file).toLowerCase() === '.json') return transcriptFromJson(text, file);
  return transcriptFromText(text, file);
}

function isTranscriptFile(name: string): boolean {
  const lower = name.toLowerCase();
  return TRANSCRIPT_EXTENSIONS.has(path.extname(lower)) && !lower.endsWith('.meta.json');
}

/** Transcript files under a folder, recursively, in name order; symbolic-link loops are visited once. */
export function listTranscriptFiles(dir: string, seen = new Set<string>()): string[] {
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
    if (isDir) out.push(...listTranscriptFiles(full, seen));
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
    if (size > MAX_FILE_BYTES) throw tooBig('-', size);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function loadStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Transcript> {
  const text = decodeText(await readStream(stream), '-');
  return text.trimStart().startsWith('{') ? transcriptFromJson(text, '-') : transcriptFromText(text, '-', null);
}

/** The bundled transcript: its parsed JSON, or (before `npm run data` made one) its text and sidecar. */
export async function loadBundled(): Promise<LoadedTranscript> {
  const { json, text } = bundledPaths();
  let bytes: Buffer;
  try {
    bytes = readFileSync(json);
  } catch {
    return { file: text, transcript: await loadFile(text) };
  }
  return { file: json, transcript: parseJson(decodeText(bytes, json), json) as Transcript };
}

/** FILE|DIR|- arguments → transcripts, in argument order; none → the bundled transcript. */
export async function loadInputs(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadedTranscript[]> {
  if (!inputs.length) return [await loadBundled()];
  const out: LoadedTranscript[] = [];
  let stdinRead = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdinRead) continue;
      stdinRead = true;
      out.push({ file: '-', transcript: await loadStdin(options.stdin) });
      continue;
    }
    if (statOrFail(input).isDirectory()) {
      const files = listTranscriptFiles(input);
      if (!files.length) throw new LoadError(input, 'contains no transcripts (.txt, .md or .json files)');
      for (const file of files) out.push({ file, transcript: await loadFile(file) });
    } else {
      out.push({ file: input, transcript: await loadFile(input) });
    }
  }
  return out;
}
