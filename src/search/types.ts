import type { Quote, Section, Speaker, Transcript } from '../model/transcript.js';
import type { IndexWords } from './pack.js';

/** Where a hit's words are: in a quote's text, or in the narration (a paragraph's text outside its quotes). */
export type HitPlace = 'quote' | 'narration';

/** One searchable text (a quote, or a paragraph's narration) with everything a result line needs. */
export interface SearchDoc {
  /** Index of the transcript in the list the index was built from. */
  transcript: number;
  /** 'quote': the quote's own text. 'narration': the text of the paragraph outside its quotes. */
  in: HitPlace;
  /**
   * The quote: the hit itself, or for narration the quote it leads to (the next quote after the first
   * matched word in that paragraph, else the paragraph's first quote, else the next quote of the transcript).
   */
  quote: Quote;
  /** The text `matches` refer to: quote.text, or for narration the whole paragraph's text. */
  text: string;
  /** The whole text of the paragraph the hit is in (a preview's context). */
  paragraphText: string;
  speaker: Speaker | null;
  section: Section | null;
  /** Index of the quote's paragraph in transcript.paragraphs. */
  paragraphIndex: number;
}

export interface SearchHit {
  doc: SearchDoc;
  /** Relevance, 0..1, higher is better. */
  score: number;
  /** [start, end) offsets into doc.text (quote.text for a quote) of the matched characters, sorted, non-overlapping. */
  matches: [number, number][];
  /**
   * Every plain query word matched. When no result holds every word, search() returns the closest ones
   * instead (most words matched, then best score), all with complete false: the caller says so.
   */
  complete: boolean;
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
  /** The quotes (narration documents are searched but not listed here). */
  readonly docs: readonly SearchDoc[];
  /** Query syntax: words (typo-tolerant), `@name` speaker filter, fuse extended syntax ('exact ^prefix !not). */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** The index's words, to store (search/pack.ts) and pass back as SearchIndexOptions.words. */
  words?(): IndexWords;
  /** Whether the words came from SearchIndexOptions.words rather than from tokenising the quotes. */
  readonly fromPack?: boolean;
}
