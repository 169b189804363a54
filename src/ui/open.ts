/**
 * `parley [FILE|DIR…]` on a terminal. The inputs are read with loadEach(); as soon as two transcripts are
 * in, the library view opens (the rest keep loading behind it). One transcript opens in the reader, as
 * it always has. A problem with the first files is thrown before the screen is taken, so the CLI reports
 * it like any other load error.
 */
import type { TranscriptCache } from '../load/cache.js';
import { loadEach } from '../load/index.js';
import { LibraryFeed } from './library-feed.js';
import { runTui, type RunOptions } from './run.js';

export interface OpenOptions extends Omit<RunOptions, 'library'> {
  cache?: TranscriptCache | null;
  /** Where `-` is read from. */
  input?: NodeJS.ReadableStream;
}

export async function openTui(inputs: readonly string[], options: OpenOptions = {}): Promise<number> {
  const { cache = null, input, ...run } = options;
  const feed = new LibraryFeed({ load: (o) => loadEach(inputs, { cache, stdin: input, ...o }), cache, createIndex: run.createIndex });
  const complete = await feed.prime(2);
  const transcripts = feed.snapshot().transcripts.slice();
  if (complete && transcripts.length < 2) return runTui(transcripts, run);
  return runTui(transcripts, { ...run, library: feed });
}
