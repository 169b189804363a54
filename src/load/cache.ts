/**
 * A cache of parsed transcripts under `$XDG_CACHE_HOME/parley` (default `~/.cache/parley`), so a library
 * of thousands of text files is parsed once, not at every start.
 *
 * - One entry per source file, named by a hash of its real path, holding the file's size and mtime and
 *   the parser version it was made with: an entry is used only when all three still match.
 * - Entries are written atomically (a temporary file renamed into place), so two parley processes may
 *   read and write the same cache at once: each reader sees a whole entry, old or new. Temporary files left
 *   by a parley killed mid-write are removed by the next one that writes into the same folder (write.ts).
 * - Anything wrong with an entry (missing, truncated, not JSON, another version) is a miss, never an
 *   error: the transcript is parsed again and the entry rewritten. A cache that cannot be written (a
 *   read-only home, a full disk) is silently skipped.
 * - An entry is not trusted because it parses: its digest (sha256 of its key — path, size, mtime, parser
 *   and model versions — and its transcript's JSON, as written) must match, and the transcript must pass
 *   the model's own validation (validateTranscript: zod schema and cross-references) like a JSON file
 *   the user gives. An edited entry (a quote's text changed, `role: 42`) is a miss, re-parsed and
 *   rewritten: never served, never a crash. The digest catches damage and hand edits; it is not a
 *   signature (whoever can write the cache can recompute it), which is why validation still follows and
 *   why every printer sanitises what it prints.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Transcript } from '../model/transcript.js';
import { MODEL_VERSION } from '../model/transcript.js';
import { validateTranscript } from '../model/validate.js';
import { PARSER_VERSION } from '../parse/version.js';
import { MAX_FILE_BYTES } from './decode.js';
import { readRegularFileOrNull } from './read-bounded.js';

/** An entry is the parse of one file within MAX_FILE_BYTES: far smaller than this, unless damaged. */
const MAX_ENTRY_BYTES = 8 * MAX_FILE_BYTES;
/** A search pack holds the words of a whole library (about 4 bytes a word): bounded, but generously. */
const MAX_PACK_BYTES = 1024 * 1024 * 1024;
import { removeStaleTemporaries, writeFileAtomicQuietly } from './write.js';

export interface SourceStamp {
  size: number;
  mtimeMs: number;
}

/**
 * Entry format. 2: a quote's text is stored as 0 when it is its paragraph's text from start to end (as the
 * model promises), and cut from the paragraph on reading: a third smaller, and faster to parse.
 * 3: a digest of the key and the transcript's JSON; the transcript is the last field, written as hashed.
 */
const ENTRY_FORMAT = 3;

interface Entry {
  format: number;
  path: string;
  size: number;
  mtimeMs: number;
  parser: string;
  model: number;
  digest: string;
  transcript: Transcript;
}

/** Where the transcript's JSON starts in an entry's text: the last field, after the key and digest. */
const TRANSCRIPT_FIELD = ',"transcript":';
const TRANSCRIPT_FIELD_BYTES = Buffer.from(TRANSCRIPT_FIELD);

/** sha256 of what an entry is for and what it holds (the transcript's JSON as text, or as its UTF-8 bytes). */
function digestOf(real: string, stamp: SourceStamp, parser: string, transcriptJson: string | Uint8Array): string {
  const key = JSON.stringify([ENTRY_FORMAT, real, stamp.size, stamp.mtimeMs, parser, MODEL_VERSION]);
  return createHash('sha256').update(key).update('\n').update(transcriptJson).digest('hex');
}

/** The transcript with each quote's text that its paragraph holds (start to end) replaced by 0. */
function withoutQuoteTexts(transcript: Transcript): Transcript {
  const paragraphText = new Map(transcript.paragraphs.map((p) => [p.id, p.text]));
  const quotes = transcript.quotes.map((q) => (paragraphText.get(q.paragraph)?.slice(q.start, q.end) === q.text ? { ...q, text: 0 as unknown as string } : q));
  return { ...transcript, quotes };
}

/** The stored transcript with its quotes' texts cut from their paragraphs again (in place; throws if one cannot be). */
function withQuoteTexts(transcript: Transcript): Transcript {
  const paragraphText = new Map(transcript.paragraphs.map((p) => [p.id, p.text]));
  for (const q of transcript.quotes) {
    if (typeof q.text === 'string') continue;
    const text = paragraphText.get(q.paragraph);
    if (q.text !== 0 || text === undefined) throw new Error('damaged entry');
    q.text = text.slice(q.start, q.end);
  }
  return transcript;
}

/** `$XDG_CACHE_HOME/parley`, or `~/.cache/parley`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'parley');
}

/** The cache the environment asks for: PARLEY_CACHE_DIR or the XDG default, PARLEY_PARSER_VERSION. */
export function cacheFromEnv(env: NodeJS.ProcessEnv = process.env): TranscriptCache {
  const dir = env.PARLEY_CACHE_DIR ? path.resolve(env.PARLEY_CACHE_DIR) : defaultCacheDir(env);
  return new TranscriptCache(dir, env.PARLEY_PARSER_VERSION || PARSER_VERSION);
}

export class TranscriptCache {
  /** The cache's own folder; entries are under dir (`transcripts/`), search packs under `search/`. */
  readonly root: string;
  readonly dir: string;
  private readonly parserVersion: string;
  /** Counts since this object was made: entries used, entries missing or stale, entries written. */
  readonly stats = { hits: 0, misses: 0, writes: 0 };

  constructor(dir: string = defaultCacheDir(), parserVersion: string = PARSER_VERSION) {
    this.root = dir;
    this.dir = path.join(dir, 'transcripts');
    this.parserVersion = parserVersion;
  }

  private entryPath(realFile: string): string {
    return path.join(this.dir, `${createHash('sha256').update(realFile).digest('hex').slice(0, 40)}.json`);
  }

  private static real(file: string): string {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  }

  /** The cached transcript of `file`, if one was made from this very version of it. */
  get(file: string, stamp: SourceStamp): Transcript | null {
    const transcript = this.read(file, stamp);
    if (transcript) this.stats.hits++;
    else this.stats.misses++;
    return transcript;
  }

  private read(file: string, stamp: SourceStamp): Transcript | null {
    const real = TranscriptCache.real(file);
    try {
      // Never more than a bound, never a FIFO or a device put in an entry's place: those are misses.
      const bytes = readRegularFileOrNull(this.entryPath(real), MAX_ENTRY_BYTES);
      if (!bytes) return null;
      const entry = JSON.parse(bytes.toString('utf8')) as Entry;
      if (
        entry.path !== real ||
        entry.size !== stamp.size ||
        entry.mtimeMs !== stamp.mtimeMs ||
        entry.parser !== this.parserVersion ||
        entry.model !== MODEL_VERSION ||
        entry.format !== ENTRY_FORMAT
      )
        return null;
      // Hashed as bytes, as read: no second UTF-8 encoding of a large string.
      const at = bytes.indexOf(TRANSCRIPT_FIELD_BYTES);
      if (at === -1 || bytes[bytes.length - 1] !== 0x7d) return null;
      if (entry.digest !== digestOf(real, stamp, this.parserVersion, bytes.subarray(at + TRANSCRIPT_FIELD_BYTES.length, -1))) return null;
      // Validated like a JSON file the user gives (throws: a miss); the object served is the validated one.
      return validateTranscript(withQuoteTexts(entry.transcript));
    } catch {
      return null;
    }
  }

  /** The parser version entries are made with (part of what a search pack's digest covers). */
  get version(): string {
    return this.parserVersion;
  }

  private packPath(key: string): string {
    return path.join(this.root, 'search', `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.words`);
  }

  /** The bytes stored under `key` by putPack, or null. Whether they are still valid is the caller's check. */
  getPack(key: string): Buffer | null {
    return readRegularFileOrNull(this.packPath(key), MAX_PACK_BYTES);
  }

  /** Stores bytes under `key`, atomically, replacing what was there. Never throws. */
  putPack(key: string, bytes: Uint8Array): boolean {
    return this.writeAtomic(this.packPath(key), bytes);
  }

  /** Folders whose stale temporary files (of a parley killed mid-write) this process has removed. */
  private readonly swept = new Set<string>();

  private writeAtomic(target: string, data: string | Uint8Array): boolean {
    const dir = path.dirname(target);
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      return false;
    }
    // Once per folder and process, and only when writing: a warm start that only reads never lists the folder.
    if (!this.swept.has(dir)) {
      this.swept.add(dir);
      removeStaleTemporaries(dir);
    }
    return writeFileAtomicQuietly(target, data);
  }

  /** Stores a transcript parsed from `file` as it was at `stamp`. Never throws. */
  put(file: string, stamp: SourceStamp, transcript: Transcript): boolean {
    const real = TranscriptCache.real(file);
    const target = this.entryPath(real);
    const json = JSON.stringify(withoutQuoteTexts(transcript));
    const digest = digestOf(real, stamp, this.parserVersion, json);
    const key = { format: ENTRY_FORMAT, path: real, size: stamp.size, mtimeMs: stamp.mtimeMs, parser: this.parserVersion, model: MODEL_VERSION, digest };
    // The transcript last, exactly as hashed: a reader hashes the same characters without re-serialising.
    if (!this.writeAtomic(target, `${JSON.stringify(key).slice(0, -1)}${TRANSCRIPT_FIELD}${json}}`)) return false;
    this.stats.writes++;
    return true;
  }
}
