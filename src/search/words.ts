/**
 * Word-level helpers for ranking: folding, tokenising with offsets, word similarity.
 * Fuse finds candidates character by character; these decide how well a quote's *words* line up
 * with the query's words (phrase order, whole words), which is what tells near-identical quotes apart.
 */
import { editDistance } from '../model/edit-distance.js';

export interface WordToken {
  /** Folded form: lower case, curly apostrophes straightened. */
  word: string;
  start: number;
  end: number;
}

/** Lower case and one apostrophe, so `we’ve` typed as `we've` is the same word. Keeps the length. */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  // A few capitals lower to two code units (`İ`); keep those as they are so offsets stay true.
  if (lower.length !== text.length) {
    lower = text.replace(/\p{Lu}/gu, (c) => {
      const l = c.toLowerCase();
      return l.length === c.length ? l : c;
    });
  }
  return lower.replace(/[\u2019\u2018\u02bc]/g, "'");
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): WordToken[] {
  const folded = fold(text);
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: folded.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Query words: same tokenisation as quote text, so `pre-sanctions` stays one word on both sides. */
export function queryWords(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

/** Edits a typed word of this length may carry and still be the same word. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 3) return 1;
  return 0;
}

/** Typed words this long may be a mistyped start of a longer word (`tnago` for `Tangoing`). */
export const TYPO_PREFIX_MIN = 4;

/**
 * How alike a typed word and a text word are: 1 the same, 0.9 when the text word starts with it (a
 * word still being typed, from 3 letters), 0.8 within the allowed typos, 0.7 when the text word starts
 * with it mistyped (from 4 letters: `tnago` in `tangoing`), 0 otherwise.
 */
export function wordSimilarity(typed: string, word: string): number {
  if (typed === word) return 1;
  if (typed.length >= 3 && word.startsWith(typed)) return 0.9;
  const max = allowedEdits(typed.length);
  if (max === 0) return 0;
  if (editDistance(typed, word, max) <= max) return 0.8;
  if (typed.length >= TYPO_PREFIX_MIN && word.length > typed.length && mayStartWith(typed, word)) {
    return editDistance(typed, word.slice(0, typed.length), max) <= max ? 0.7 : 0;
  }
  return 0;
}

/** A cheap first test for a mistyped start: the first letter is one of the word's first two. */
export function mayStartWith(typed: string, word: string): boolean {
  return typed.charCodeAt(0) === word.charCodeAt(0) || typed.charCodeAt(0) === word.charCodeAt(1);
}

const NON_ASCII = /[^\u0000-\u007f]/;

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The words of `text` as tokenize() finds them, without making an object or even a string per word
 * (building the index of a 100k-quote library goes through four million words): calls
 * `word(folded, start, end)` for each, where `folded` is fold(text), the same for every word of the text.
 * ASCII text is scanned by character code; anything else goes through the same regular expression.
 */
export function forEachWord(text: string, word: (folded: string, start: number, end: number) => void): void {
  const folded = fold(text);
  if (NON_ASCII.test(text)) {
    for (const m of text.matchAll(WORD)) word(folded, m.index, m.index + m[0].length);
    return;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isAsciiWordChar(text.charCodeAt(i))) i++;
      // A joiner (' or -) continues the word only when a word character follows it.
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 45) && isAsciiWordChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    word(folded, start, i);
  }
}
