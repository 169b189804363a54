import type { Quote, Section, Speaker, Transcript } from '../model/transcript.js';
import type { IndexWords } from './pack.js';

/** One searchable quote with everything a result line needs. */
export interface SearchDoc {
  /** Index of the transcript in the list the index was built from. */
  transcript: number;
  quote: Quote;
  speaker: Speaker | null;
  section: Section | null;
  /** Index of the quote's paragraph in transcript.paragraphs. */
  paragraphIndex: number;
}

export interface SearchHit {
  doc: SearchDoc;
  /** Relevance, 0..1, higher is better. */
  score: number;
  /** [start, end) offsets into doc.quote.text of the matched characters, sorted, non-overlapping. */
  matches: [number, number][];
}

export interface SearchOptions {
  /** Only quotes of speakers whose name or alias matches this (case-insensitive substring). */
  speaker?: string;
  /** Only quotes in sections whose title contains this (case-insensitive). */
  section?: string;
  limit?: number;
}

export interface SearchIndex {
  readonly transcripts: readonly Transcript[];
  readonly docs: readonly SearchDoc[];
  /** Query syntax: words (typo-tolerant), `@name` speaker filter, fuse extended syntax ('exact ^prefix !not). */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The index's words, to store (search/pack.ts) and pass back as SearchIndexOptions.words. */
  words?(): IndexWords;
  /** Whether the words came from SearchIndexOptions.words rather than from tokenising the quotes. */
  readonly fromPack?: boolean;
}
