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
import { allowedEdits, mayStartWith, TYPO_PREFIX_MIN, wordSimilarity } from './words.js';

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

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function sameAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

export class Vocabulary {
  readonly words: string[] = [];
  private postingLists: (number[] | Uint32Array)[] = [];
  /**
   * Open-addressing hash table from a word to its id + 1 (0: empty). Words are looked up by their place in
   * the quote's folded text, so indexing makes a string only for a word never seen before.
   */
  private table = new Int32Array(1 << 12);
  private hashes: number[] = [];
  private fuse: Fuse<string> | null = null;
  private readonly cache = new Map<string, WordMatch>();

  /** The slot of text[start, end) in the table: its entry, or the empty slot where it would go. */
  private slot(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const entry = this.table[at];
      if (entry === 0 || sameAt(this.words[entry - 1], text, start, end)) return at;
    }
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    this.hashes.forEach((hash, id) => {
      let at = hash & mask;
      while (table[at] !== 0) at = (at + 1) & mask;
      table[at] = id + 1;
    });
    this.table = table;
  }

  /** The id of text[start, end) (a folded word), if the vocabulary has it. */
  idOf(text: string, start = 0, end = text.length): number | undefined {
    const entry = this.table[this.slot(text, start, end, hashOf(text, start, end))];
    return entry === 0 ? undefined : entry - 1;
  }

  /** The id of the folded word text[start, end), adding it (and the document, unless < 0, to its postings) as needed. */
  add(text: string, doc: number, start = 0, end = text.length): number {
    const hash = hashOf(text, start, end);
    let at = this.slot(text, start, end, hash);
    let id = this.table[at] - 1;
    if (id < 0) {
      if ((this.words.length + 1) * 2 > this.table.length) {
        this.grow();
        at = this.slot(text, start, end, hash);
      }
      id = this.words.length;
      this.table[at] = id + 1;
      this.words.push(start === 0 && end === text.length ? text : text.slice(start, end));
      this.hashes.push(hash);
      this.postingLists.push([]);
    }
    if (doc >= 0) this.addPosting(id, doc);
    return id;
  }

  /** Adds `doc` to the postings of word `id` (documents must come in order). */
  addPosting(id: number, doc: number): void {
    const list = this.postingLists[id] as number[];
    if (list[list.length - 1] !== doc) list.push(doc);
  }

  /** Documents holding the word, in document order. */
  postings(id: number): ArrayLike<number> & Iterable<number> {
    return this.postingLists[id];
  }

  /**
   * Every word's postings from the documents' word ids (document i holds docWords[i]), in one typed
   * array: counted first, then filled, so a 100k-quote library makes no growing arrays (4 bytes a posting,
   * no spare room, no garbage).
   */
  buildPostings(docWords: readonly Uint32Array[]): void {
    const n = this.words.length;
    const counts = new Uint32Array(n);
    const last = new Int32Array(n).fill(-1);
    docWords.forEach((ids, doc) => {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (last[id] !== doc) {
          last[id] = doc;
          counts[id]++;
        }
      }
    });
    const ends = new Uint32Array(n);
    let total = 0;
    for (let id = 0; id < n; id++) ends[id] = total += counts[id];
    const flat = new Uint32Array(total);
    const next = ends.map((end, id) => end - counts[id]);
    last.fill(-1);
    docWords.forEach((ids, doc) => {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (last[id] !== doc) {
          last[id] = doc;
          flat[next[id]++] = doc;
        }
      }
    });
    this.postingLists = Array.from({ length: n }, (_, id) => flat.subarray(id ? ends[id - 1] : 0, ends[id]));
  }

  /** Every word's postings at once (from a pack), in place of addPosting: `lists[id]` for word id. */
  setPostings(lists: Uint32Array[]): void {
    if (lists.length !== this.words.length) throw new Error('postings do not fit the vocabulary');
    this.postingLists = lists;
  }

  frequency(word: string): number | undefined {
    const id = this.idOf(word);
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
      if (
        Math.abs(v.length - word.length) > maxEdits &&
        !(word.length >= 3 && v.length > word.length && v.startsWith(word)) &&
        !(word.length >= TYPO_PREFIX_MIN && v.length > word.length && mayStartWith(word, v))
      )
        continue;
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
