/**
 * The word index: every distinct folded word of the quotes once, with the documents that hold it.
 *
 * Matching a query word happens here, once per distinct word rather than once per quote: fuse.js runs
 * over the vocabulary (Bitap, ignoreLocation, so `sanction` matches inside `pre-sanctions`), and the
 * word-level similarity of words.ts adds transpositions and prefixes. The documents holding a matched
 * word are the candidates; nothing else can score, so this prefilter never changes the ranking, and a
 * query costs the size of the vocabulary plus the candidates, not the size of the library.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { allowedEdits, wordSimilarity } from './words.js';

export const FUSE_OPTIONS: IFuseOptions<string> = {
  ignoreLocation: true,
  includeMatches: true,
  includeScore: true,
  useExtendedSearch: true,
  ignoreFieldNorm: true,
  // 0.3: one error in a 4-letter word, two from 7 letters. Transposed letters (`tnago`) cost Bitap two
  // errors; wordSimilarity forgives them instead.
  threshold: 0.3,
  minMatchCharLength: 1,
  shouldSort: false,
};

export interface WordMatch {
  /** Per vocabulary word: how well the query word matches it anywhere (fuse) or as a word, 0..1. */
  cover: Float32Array;
  /** Per vocabulary word: wordSimilarity alone (whole words, typos, prefixes), for phrase order. */
  align: Float32Array;
  /** Vocabulary ids with cover > 0. */
  ids: number[];
}

export class Vocabulary {
  readonly words: string[] = [];
  private readonly idOf = new Map<string, number>();
  private postingLists: number[][] = [];
  private fuse: Fuse<string> | null = null;
  private readonly cache = new Map<string, WordMatch>();

  /** The id of a word, adding it (and the document to its postings) as needed. */
  add(word: string, doc: number): number {
    let id = this.idOf.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.idOf.set(word, id);
      this.words.push(word);
      this.postingLists.push([]);
    }
    const list = this.postingLists[id];
    if (list[list.length - 1] !== doc) list.push(doc);
    return id;
  }

  /** Documents holding the word, in document order. */
  postings(id: number): readonly number[] {
    return this.postingLists[id];
  }

  frequency(word: string): number | undefined {
    const id = this.idOf.get(word);
    return id === undefined ? undefined : this.postingLists[id].length;
  }

  match(word: string): WordMatch {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const n = this.words.length;
    const cover = new Float32Array(n);
    const align = new Float32Array(n);
    this.fuse ??= new Fuse(this.words, { ...FUSE_OPTIONS, includeMatches: false });
    // Fuse's Bitap pattern limit is 32 characters; a longer "word" can only match itself.
    if (word.length <= 32) for (const r of this.fuse.search(word)) cover[r.refIndex] = 1 - (r.score ?? 1);
    const maxEdits = allowedEdits(word.length);
    for (let id = 0; id < n; id++) {
      const v = this.words[id];
      if (Math.abs(v.length - word.length) > maxEdits && !(word.length >= 3 && v.length > word.length && v.startsWith(word))) continue;
      const sim = wordSimilarity(word, v);
      if (sim > 0) {
        align[id] = sim;
        if (sim > cover[id]) cover[id] = sim;
      }
    }
    const ids: number[] = [];
    for (let id = 0; id < n; id++) if (cover[id] > 0) ids.push(id);
    const match = { cover, align, ids };
    if (this.cache.size >= 256) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(word, match);
    return match;
  }
}
