/**
 * The search index of a library, with its words kept in the cache: tokenising 100k quotes is most of
 * what building the index costs, and a one-shot `parley search DIR` pays it at every run otherwise.
 *
 * One pack per set of files (keyed by their paths), valid while every file keeps its size and mtime and
 * the parser and model versions are the same (the digest inside the pack); anything else, or a damaged
 * pack, is rebuilt and rewritten atomically. A single transcript, stdin or --no-cache: no pack.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { TranscriptCache } from '../load/cache.js';
import { MODEL_VERSION } from '../model/transcript.js';
import { createSearchIndex } from '../search/index.js';
import { decodeWords, encodeWords } from '../search/pack.js';
import type { SearchIndex } from '../search/types.js';
import type { Library } from './load-library.js';

export type PackOutcome = 'hit' | 'written' | 'unwritable' | 'none';

export function indexLibrary(library: Library, cache: TranscriptCache | null): { index: SearchIndex; pack: PackOutcome } {
  const transcripts = library.transcripts.map((l) => l.transcript);
  if (!cache || library.transcripts.length < 2 || library.transcripts.some((l) => !l.stamp)) return { index: createSearchIndex(transcripts), pack: 'none' };
  const key = library.transcripts.map((l) => path.resolve(l.file)).join('\u0000');
  const digest = createHash('sha256')
    .update(JSON.stringify({ key, parser: cache.version, model: MODEL_VERSION, files: library.transcripts.map((l) => [l.stamp!.size, l.stamp!.mtimeMs, l.transcript.quotes.length]) }))
    .digest('hex');
  const bytes = cache.getPack(key);
  const words = bytes ? decodeWords(bytes, digest) : null;
  const index = createSearchIndex(transcripts, { words });
  if (index.fromPack) return { index, pack: 'hit' };
  return { index, pack: cache.putPack(key, encodeWords(index.words!(), digest)) ? 'written' : 'unwritable' };
}
