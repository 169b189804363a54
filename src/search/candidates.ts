/**
 * A cheap candidate prefilter in front of fuse, for large libraries (issue 5).
 *
 * A word index maps each distinct folded word to the documents that hold it. For a query word, the
 * candidates are the documents holding any vocabulary word the word could match: within fuse's error
 * budget as a substring (Bitap with threshold 0.4 allows ⌊0.4·length⌋ errors), within the typo budget
 * of wordSimilarity, or a speaker's name word. A document then needs as many query words as rank()
 * demands. The vocabulary is far smaller than the text, so this costs little; and because rank()
 * looks at one document at a time, returning a superset of fuse's matches never changes the order.
 * (Fuse can also match across a word boundary, `put in` for `putin`; such matches are the one thing
 * the prefilter may drop.)
 */
import type { IndexedDoc } from './index.js';
import type { ParsedQuery } from './query.js';
import { wordSimilarity } from './words.js';

export interface CandidateFilter {
  /** The documents among `ids` that could match the query's words; a superset of what rank() keeps. */
  narrow(query: ParsedQuery, ids: readonly number[]): readonly number[];
}

/** Fewest edits turning `pattern` into some substring of `text` (Sellers), capped at max + 1. */
export function substringDistance(pattern: string, text: string, max: number): number {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let cur = new Array<number>(m + 1);
  let best = prev[m];
  for (let j = 1; j <= text.length; j++) {
    cur[0] = 0;
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + cost);
    }
    if (cur[m] < best) best = cur[m];
    if (best === 0) return 0;
    [prev, cur] = [cur, prev];
  }
  return best > max ? max + 1 : best;
}

const PLAIN_WORD = /^[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*$/u;

/** Below this many documents fuse alone is fast enough and the index is not built. */
export const PREFILTER_MIN_DOCS = 2000;

export function createCandidateFilter(docs: readonly IndexedDoc[], minDocs = PREFILTER_MIN_DOCS): CandidateFilter | null {
  if (docs.length < minDocs) return null;
  const postings = new Map<string, number[]>();
  const speakerPostings = new Map<string, number[]>();
  docs.forEach((d, id) => {
    for (const w of new Set(d.words.map((t) => t.word))) {
      const list = postings.get(w);
      if (list) list.push(id);
      else postings.set(w, [id]);
    }
    for (const w of d.speakerWords) {
      const list = speakerPostings.get(w);
      if (list) list.push(id);
      else speakerPostings.set(w, [id]);
    }
  });
  const vocabulary = [...postings.keys()];
  const speakerVocabulary = [...speakerPostings.keys()];
  const cache = new Map<string, Set<number> | null>();

  /** Documents one query word may match, or null when the word cannot be narrowed (punctuation inside). */
  function candidatesFor(pattern: string): Set<number> | null {
    if (cache.has(pattern)) return cache.get(pattern)!;
    let out: Set<number> | null = null;
    if (PLAIN_WORD.test(pattern)) {
      out = new Set<number>();
      const maxErrors = Math.floor(0.4 * pattern.length);
      for (const w of vocabulary) {
        if (w.includes(pattern) || wordSimilarity(pattern, w) > 0 || (maxErrors > 0 && substringDistance(pattern, w, maxErrors) <= maxErrors)) {
          for (const id of postings.get(w)!) out.add(id);
        }
      }
      for (const w of speakerVocabulary) {
        if (wordSimilarity(pattern, w) > 0 || (pattern.length >= 3 && w.startsWith(pattern))) for (const id of speakerPostings.get(w)!) out.add(id);
      }
    }
    if (cache.size > 500) cache.clear();
    cache.set(pattern, out);
    return out;
  }

  return {
    narrow(query, ids) {
      const n = query.fuzzy.length;
      const sets = query.fuzzy.map((t) => candidatesFor(t.pattern));
      if (sets.some((s) => s === null)) return ids;
      const required = n - Math.floor(n / 3);
      return ids.filter((id) => {
        let count = 0;
        for (const s of sets) if (s!.has(id)) count++;
        return count >= required;
      });
    },
  };
}
