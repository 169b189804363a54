/**
 * createSearchIndex: transcripts → a SearchIndex (see types.ts). Pure; imports the model only.
 *
 * How a query is answered:
 *  1. The query is parsed once (query.ts): `@speaker` filters, soft words, hard extended-syntax terms.
 *  2. Filters (`@name`, options.speaker, options.section) narrow the documents.
 *  3. Each query word is matched against the vocabulary (vocabulary.ts: fuse.js over the distinct words,
 *     plus typo and prefix similarity). The documents holding a matched word, or spoken by a speaker the
 *     word names, are the candidates: a cheap prefilter that cannot drop a document rank() would keep.
 *  4. Hard terms ('exact, ^prefix, suffix$, !not, a | b) run through fuse's extended search over the
 *     candidates' text (ignoreLocation, includeMatches).
 *  5. rank() scores each candidate from its own words only, so the prefilter never changes the order.
 */
import Fuse from 'fuse.js';
import type { Quote, Section, Speaker, Transcript } from '../model/transcript.js';
import { parseQuery, type ParsedQuery } from './query.js';
import type { IndexWords } from './pack.js';
import type { SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.js';
import { FUSE_OPTIONS, Vocabulary, type WordMatch } from './vocabulary.js';
import { fold, forEachWord, queryWords, tokenize, wordSimilarity } from './words.js';

interface SpeakerEntry {
  /** Folded name and aliases, for `@name` and options.speaker. */
  names: string[];
  /** Folded words of the name (not of role aliases): what a query word may match to name the speaker. */
  words: string[];
}

interface IndexedDoc {
  doc: SearchDoc;
  /** Vocabulary ids of the document's words, in order. */
  wordIds: Uint32Array;
  /** The speaker a query word may name (ranking); null for narration, whose own words name people. */
  speaker: SpeakerEntry | null;
  /** The speaker `@name` and options.speaker filter by: the quote's, or for narration the quote it leads to. */
  filterSpeaker: SpeakerEntry | null;
  sectionTitle: string;
  /** Narration only: the paragraph's quotes in order, and the quote to lead to when it has none. */
  narration?: { quotes: Quote[]; fallback: Quote };
}

/** A speaker label before a turn (`Aleksandr Lukashenko:`, `MR SMITH (Doncaster North):`). */
const LABEL = /^[^.!?“”"]{0,100}:\s*$/;

/**
 * What is not narration in a paragraph: its quotes, and a turn's speaker label (the label names the
 * speaker, which search already matches by name: as narration it would make every turn a second hit).
 */
function nonNarration(text: string, quotes: readonly Quote[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const q of quotes) {
    spans.push(q);
    if (q.kind !== 'turn') continue;
    if (q.evidence && q.evidence[1] <= q.start) spans.push({ start: q.evidence[0], end: q.evidence[1] });
    if (LABEL.test(text.slice(0, q.start))) spans.push({ start: 0, end: q.start });
  }
  return spans;
}

/** A paragraph's text with `spans` (its quotes) blanked out (same length, so offsets are the paragraph's). */
export function narrationText(text: string, spans: readonly { start: number; end: number }[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const q of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(q.start, text.length));
    const end = Math.max(start, Math.min(q.end, text.length));
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** The text a document's words come from: the quote's, or the paragraph's outside its quotes. */
function indexedText(d: IndexedDoc): string {
  return d.narration ? narrationText(d.doc.text, nonNarration(d.doc.text, d.narration.quotes)) : d.doc.quote.text;
}

/** The quote a narration hit leads to: the next quote after `offset` in the paragraph, else its first. */
function leadQuote(d: IndexedDoc, offset: number): Quote {
  const n = d.narration!;
  return n.quotes.find((q) => q.start >= offset) ?? n.quotes[0] ?? n.fallback;
}

function speakerEntry(speakers: readonly Speaker[]): SpeakerEntry {
  const all = [...new Set(speakers.flatMap((s) => [s.name, ...s.aliases]))];
  // Name words only: `Putin`, `Lukashenko`, not `president` or `leader` from a role alias, which would
  // make every quote of a president match a query word like "president".
  const roleWords = new Set(speakers.flatMap((s) => queryWords(s.role ?? '')));
  const words = all.flatMap((n) => tokenize(n).filter((t) => /^\p{Lu}/u.test(n.slice(t.start)) && !roleWords.has(t.word)).map((t) => t.word));
  return { names: all.map(fold), words: [...new Set(words)] };
}

/**
 * One SpeakerEntry per person: in a library the loader sets `speaker.person` to one id for the same person
 * across transcripts, so the entry holds every spelling of the name (`@aleksandr` finds the quotes of
 * "A. Lukashenko" too). Without it, one entry per speaker of each transcript.
 */
function speakerEntries(transcripts: readonly Transcript[]): (transcript: number, speaker: string) => SpeakerEntry | null {
  const keyOf = (ti: number, s: Speaker) => (s.person !== undefined ? `p\u0000${s.person}` : `${ti}\u0000${s.id}`);
  const members = new Map<string, Speaker[]>();
  transcripts.forEach((t, ti) => {
    for (const s of t.speakers) {
      const key = keyOf(ti, s);
      const list = members.get(key);
      if (list) list.push(s);
      else members.set(key, [s]);
    }
  });
  const entries = new Map<string, SpeakerEntry>();
  for (const [key, list] of members) entries.set(key, speakerEntry(list));
  const bySpeaker = transcripts.map((t, ti) => new Map(t.speakers.map((s) => [s.id, entries.get(keyOf(ti, s))!])));
  return (ti, id) => bySpeaker[ti].get(id) ?? null;
}

/** Paragraphs with narration words, per transcript that has quotes: what narration documents are made of. */
interface NarrationPlan {
  transcript: number;
  paragraph: number;
  quotes: Quote[];
  fallback: Quote;
}

function narrationPlan(transcripts: readonly Transcript[]): NarrationPlan[] {
  const out: NarrationPlan[] = [];
  transcripts.forEach((t, ti) => {
    if (!t.quotes.length) return;
    const byParagraph = new Map<string, Quote[]>();
    for (const q of t.quotes) {
      const list = byParagraph.get(q.paragraph);
      if (list) list.push(q);
      else byParagraph.set(q.paragraph, [q]);
    }
    // A paragraph without quotes leads to the next quote of the transcript (the last one at the end).
    const paragraphIndex = new Map(t.paragraphs.map((p, i) => [p.id, i]));
    const firstAt: (Quote | undefined)[] = new Array(t.paragraphs.length);
    for (const q of t.quotes) {
      const pi = paragraphIndex.get(q.paragraph);
      if (pi !== undefined && !firstAt[pi]) firstAt[pi] = q;
    }
    let next: Quote = t.quotes[t.quotes.length - 1];
    const fallbacks: Quote[] = new Array(t.paragraphs.length);
    for (let pi = t.paragraphs.length - 1; pi >= 0; pi--) {
      next = firstAt[pi] ?? next;
      fallbacks[pi] = next;
    }
    t.paragraphs.forEach((p, pi) => {
      const quotes = (byParagraph.get(p.id) ?? []).slice().sort((a, b) => a.start - b.start);
      const covered = quotes.reduce((n, q) => n + Math.max(0, q.end - q.start), 0);
      if (covered >= p.text.length || !/[\p{L}\p{N}]/u.test(narrationText(p.text, nonNarration(p.text, quotes)))) return;
      out.push({ transcript: ti, paragraph: pi, quotes, fallback: fallbacks[pi] });
    });
  });
  return out;
}

function buildDocs(transcripts: readonly Transcript[], narration: readonly NarrationPlan[], vocabulary: Vocabulary, packed: IndexWords | null): IndexedDoc[] {
  const docs: IndexedDoc[] = [];
  const entryOf = speakerEntries(transcripts);
  // One scratch list and one callback for every quote: four million words must not mean four million objects.
  const ids: number[] = [];
  // Postings are made afterwards, all at once (Vocabulary.buildPostings).
  const addWord = (folded: string, start: number, end: number) => {
    ids.push(vocabulary.add(folded, -1, start, end));
  };
  // With packed words (from the cache), each document's ids are read from the pack rather than tokenised.
  if (packed) {
    for (const word of packed.vocabulary) vocabulary.add(word, -1);
    vocabulary.setPostings(packed.vocabulary.map((_, id) => packed.postings.subarray(id ? packed.postingEnds[id - 1] : 0, packed.postingEnds[id])));
  }
  const packedIds = (doc: number) => packed!.ids.subarray(doc ? packed!.docEnds[doc - 1] : 0, packed!.docEnds[doc]);
  const wordsOf = (text: string) => {
    if (packed) return packedIds(docs.length);
    ids.length = 0;
    forEachWord(text, addWord);
    return Uint32Array.from(ids);
  };
  const context = transcripts.map((t, ti) => ({
    speakers: new Map(t.speakers.map((s) => [s.id, { speaker: s, entry: entryOf(ti, s.id)! }])),
    paragraphIndex: new Map(t.paragraphs.map((p, i) => [p.id, i])),
    sectionById: new Map<string, { section: Section; title: string }>(t.sections.map((s) => [s.id, { section: s, title: fold(s.title) }])),
  }));
  const speakerOf = (ti: number, quote: Quote) => (quote.speaker === null ? null : (context[ti].speakers.get(quote.speaker) ?? null));
  const sectionOf = (ti: number, pi: number) => (pi >= 0 ? (context[ti].sectionById.get(transcripts[ti].paragraphs[pi].section) ?? null) : null);
  // Quotes first, narration after: on equal scores the earlier document wins, so a quote ranks above narration.
  transcripts.forEach((t, ti) => {
    for (const quote of t.quotes) {
      const speaker = speakerOf(ti, quote);
      const pi = context[ti].paragraphIndex.get(quote.paragraph) ?? -1;
      const section = sectionOf(ti, pi);
      const wordIds = wordsOf(quote.text);
      docs.push({
        doc: { transcript: ti, in: 'quote', quote, text: quote.text, paragraphText: pi >= 0 ? t.paragraphs[pi].text : quote.text, speaker: speaker?.speaker ?? null, section: section?.section ?? null, paragraphIndex: pi },
        wordIds,
        speaker: speaker?.entry ?? null,
        filterSpeaker: speaker?.entry ?? null,
        sectionTitle: section?.title ?? '',
      });
    }
  });
  for (const n of narration) {
    const paragraph = transcripts[n.transcript].paragraphs[n.paragraph];
    const lead = n.quotes[0] ?? n.fallback;
    const speaker = speakerOf(n.transcript, lead);
    const section = sectionOf(n.transcript, n.paragraph);
    const wordIds = wordsOf(narrationText(paragraph.text, nonNarration(paragraph.text, n.quotes)));
    docs.push({
      doc: { transcript: n.transcript, in: 'narration', quote: lead, text: paragraph.text, paragraphText: paragraph.text, speaker: speaker?.speaker ?? null, section: section?.section ?? null, paragraphIndex: n.paragraph },
      wordIds,
      speaker: null,
      filterSpeaker: speaker?.entry ?? null,
      sectionTitle: section?.title ?? '',
      narration: { quotes: n.quotes, fallback: n.fallback },
    });
  }
  return docs;
}

/** A word that is one of the speaker's name words (or starts one, from 3 letters) counts as the speaker. */
function speakerSimilarity(word: string, speakerWords: readonly string[]): number {
  let best = 0;
  for (const s of speakerWords) {
    const sim = wordSimilarity(word, s);
    if (sim > best) best = sim;
    else if (word.length >= 3 && s.startsWith(word) && best < 0.8) best = 0.8;
  }
  return best;
}

function speakerFilter(names: string[], docs: readonly IndexedDoc[]): (d: IndexedDoc) => boolean {
  // A substring of a name or alias; when no speaker has it (`@putni`), the nearest name words instead.
  // Decided once per speaker entry (a library has thousands of quotes per person).
  const memo = (test: (entry: SpeakerEntry) => boolean) => {
    const known = new Map<SpeakerEntry, boolean>();
    return (d: IndexedDoc) => {
      if (!d.filterSpeaker) return false;
      let v = known.get(d.filterSpeaker);
      if (v === undefined) known.set(d.filterSpeaker, (v = test(d.filterSpeaker)));
      return v;
    };
  };
  const bySubstring = memo((entry) => names.some((n) => entry.names.some((s) => s.includes(n))));
  if (docs.some(bySubstring)) return bySubstring;
  return memo((entry) => names.some((n) => queryWords(n).every((w) => speakerSimilarity(w, entry.words) > 0)));
}

interface Alignment {
  /** Share of the query's text words that line up with consecutive words of the quote (typos 0.8). */
  phrase: number;
  /** Every text word lines up exactly: an exact phrase. */
  exact: boolean;
  /** Index in the quote's words where the best alignment starts (may be negative). */
  offset: number;
}

/** Fills `out` (reused across documents: ranking a large library must not allocate per quote). */
function phraseAlignment(words: readonly WordMatch[], wordIds: Uint32Array, out: Alignment): Alignment {
  const n = words.length;
  out.phrase = 1;
  out.exact = true;
  out.offset = 0;
  if (n === 0) return out;
  let best = 0;
  let bestOffset = 0;
  for (let offset = -(n - 1); offset < wordIds.length; offset++) {
    let sum = 0;
    let exactHere = true;
    for (let i = 0; i < n; i++) {
      const at = offset + i;
      const sim = at >= 0 && at < wordIds.length ? words[i].align[wordIds[at]] : 0;
      sum += sim;
      if (sim !== 1) exactHere = false;
    }
    if (exactHere) {
      out.phrase = sum / n;
      out.offset = offset;
      return out;
    }
    if (sum > best) {
      best = sum;
      bestOffset = offset;
    }
  }
  out.phrase = best / n;
  out.exact = false;
  out.offset = bestOffset;
  return out;
}

interface Ranked {
  score: number;
  /** How many of the query's plain words (terms) matched, in the text or by naming the speaker. */
  matched: number;
  /** Query words matched in the text (not by the speaker's name), in query order. */
  textWords: WordMatch[];
  alignment: Alignment;
}

interface QueryPlan {
  query: ParsedQuery;
  /** The fewest terms a document must match: all but one in three, or 1 for the closest results. */
  required: number;
  /** Closest results: documents are ordered by matched terms first (see rankKey). */
  relaxed: boolean;
  /** Set by rank() when some document matched every term (before any pruning). */
  sawComplete: boolean;
  /** Per fuzzy term: the vocabulary matches of its words. */
  terms: WordMatch[][];
  weights: number[];
  /** Per fuzzy term and speaker: the speaker similarity (memoised by speaker entry). */
  speakerScores: Map<SpeakerEntry, number[]>;
  /** Every word of every term, in order (term i's words start at firstWord[i]). */
  words: WordMatch[];
  firstWord: number[];
  /** Per word: its best cover and align in the document being ranked (scratch). */
  bestCover: Float64Array;
  bestAlign: Float64Array;
  /** Indexes (in `words`) of the words matched in the text, as rank() collects them (scratch). */
  textIndex: Int32Array;
  masks: WordMasks | null;
  /** With masks: per word, its best cover and align in every document (see docBest). */
  perDoc: DocBest[];
}

/** One query word's best cover and align in each document, from the postings of the words it matches. */
interface DocBest {
  cover: Float32Array;
  align: Float32Array;
}

/**
 * Per vocabulary word, bit j set when query word j lines up with it (align > 0), for queries of up to 31
 * words. With them, and each query word's best values per document worked out from the postings
 * (docBest), rank() reads one number per query word and one per word of a quote, instead of looking every
 * word of the quote up for every query word.
 */
interface WordMasks {
  align: Uint32Array;
  /** Positions in the quote where some query word lines up (scratch, as long as the longest quote). */
  positions: Int32Array;
}

const MASK_BITS = 31;
/** Query words whose per-document best values are kept between searches (8 bytes a document each). */
const DOC_BEST_KEPT = 24;

function bestIn(match: WordMatch['cover'], wordIds: Uint32Array): number {
  let best = 0;
  for (let i = 0; i < wordIds.length; i++) {
    const v = match[wordIds[i]];
    if (v > best) best = v;
  }
  return best;
}

/** Fills plan.bestCover and plan.bestAlign for document `at`. */
function bestPerWord(d: IndexedDoc, at: number, plan: QueryPlan): void {
  const { words, bestCover, bestAlign, perDoc } = plan;
  for (let j = 0; j < words.length; j++) {
    if (plan.masks) {
      bestCover[j] = perDoc[j].cover[at];
      bestAlign[j] = perDoc[j].align[at];
    } else {
      bestCover[j] = bestIn(words[j].cover, d.wordIds);
      bestAlign[j] = bestIn(words[j].align, d.wordIds);
    }
  }
}

/**
 * phraseAlignment() from the recorded positions only: an offset where no text word lines up sums to 0,
 * so only offsets that put some word on a position where it lines up are tried. The best sum wins, the
 * earliest offset on a tie, and a sum equal to the number of words (every one exactly 1) is an exact
 * phrase: the same answer as trying every offset in order.
 */
function phraseAlignmentAt(plan: QueryPlan, k: number, wordIds: Uint32Array, out: Alignment): Alignment {
  const { words, textIndex } = plan;
  const masks = plan.masks!;
  let found = 0;
  for (let p = 0; p < wordIds.length; p++) if (masks.align[wordIds[p]] !== 0) masks.positions[found++] = p;
  let best = 0;
  let bestOffset = 0;
  for (let q = 0; q < found; q++) {
    const p = masks.positions[q];
    const bits = masks.align[wordIds[p]];
    for (let i = 0; i < k; i++) {
      if ((bits & (1 << textIndex[i])) === 0) continue;
      const offset = p - i;
      let sum = 0;
      for (let t = 0; t < k; t++) {
        const at = offset + t;
        if (at >= 0 && at < wordIds.length) sum += words[textIndex[t]].align[wordIds[at]];
      }
      if (sum > best || (sum === best && offset < bestOffset)) {
        best = sum;
        bestOffset = offset;
      }
    }
  }
  out.phrase = best / k;
  out.exact = best === k;
  out.offset = bestOffset;
  return out;
}

/**
 * Score of one document, 0..1, from its own words and speaker only. An exact phrase (every text word of
 * the query, in order, as whole words) lifts a quote above every quote without one; below that,
 * coverage (how many query words match and how well, rare words weighing more), phrase order, and
 * whether a query word named the speaker.
 */
function rank(d: IndexedDoc, at: number, plan: QueryPlan, out: Ranked, threshold = -Infinity): Ranked | null {
  const { query, terms, weights, words, firstWord, bestCover, bestAlign, textIndex } = plan;
  const n = query.fuzzy.length;
  const textWords = out.textWords;
  textWords.length = 0;
  out.matched = 0;
  if (n === 0) {
    out.score = 1;
    phraseAlignment(textWords, d.wordIds, out.alignment);
    return out;
  }
  let covered = 0;
  let weightSum = 0;
  let matched = 0;
  let namedSpeaker = false;
  let speakerExact = true;
  let speakerScores: number[] | undefined;
  if (d.speaker) {
    speakerScores = plan.speakerScores.get(d.speaker);
    if (!speakerScores) {
      const entry = d.speaker;
      speakerScores = query.fuzzy.map((t) => (t.words.length === 1 ? speakerSimilarity(t.words[0], entry.words) : 0));
      plan.speakerScores.set(entry, speakerScores);
    }
  }
  bestPerWord(d, at, plan);
  for (let i = 0; i < n; i++) {
    const count = terms[i].length;
    const first = firstWord[i];
    let textScore = 0;
    let wordScore = 0;
    for (let j = first; j < first + count; j++) {
      textScore += bestCover[j] / count;
      wordScore += bestAlign[j] / count;
    }
    const speakerScore = speakerScores ? speakerScores[i] : 0;
    const score = Math.max(textScore, speakerScore);
    if (score > 0) matched++;
    if (speakerScore > 0 && speakerScore >= wordScore) {
      namedSpeaker = true;
      if (speakerScore < 1) speakerExact = false;
    } else
      for (let j = first; j < first + count; j++) {
        textIndex[textWords.length] = j;
        textWords.push(words[j]);
      }
    covered += weights[i] * score;
    weightSum += weights[i];
  }
  // Every word must match, except that one in three may be missing (a typo too far from any word); for
  // the closest results (no document holds every word), one is enough.
  out.matched = matched;
  if (matched === n) plan.sawComplete = true;
  if (matched < plan.required) return null;
  const coverage = weightSum ? covered / weightSum : 0;
  // A bound on the score before aligning the phrase (the costly part): no offset can line a word up
  // better than its best place in the quote. A quote that cannot beat the k-th best so far is dropped.
  if (threshold > -Infinity) {
    const k = textWords.length;
    let sum = 0;
    let allExact = true;
    for (let t = 0; t < k; t++) {
      const a = bestAlign[textIndex[t]];
      sum += a;
      if (a !== 1) allExact = false;
    }
    const phraseBound = k ? Math.min(1, sum / k) : 1;
    const bound = (allExact && speakerExact ? 0.5 : 0) + 0.5 * (0.55 * coverage + 0.35 * phraseBound + 0.1 * (namedSpeaker ? 1 : 0));
    if ((plan.relaxed ? matched : 0) + bound < threshold) return null;
  }
  const alignment =
    plan.masks && textWords.length ? phraseAlignmentAt(plan, textWords.length, d.wordIds, out.alignment) : phraseAlignment(textWords, d.wordIds, out.alignment);
  const base = 0.55 * coverage + 0.35 * alignment.phrase + 0.1 * (namedSpeaker ? 1 : 0);
  out.score = (alignment.exact && speakerExact ? 0.5 : 0) + 0.5 * base;
  return out;
}

/** The k best scores seen (a min-heap); threshold() is what a score must reach to matter. */
class ScoreFloor {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(readonly k: number) {
    this.heap = new Float64Array(k);
  }

  /** Below the k-th best, by more than rounding (a tie may still win on document order). */
  threshold(): number {
    return this.size < this.k ? -Infinity : this.heap[0] - 1e-9;
  }

  add(score: number): void {
    const h = this.heap;
    if (this.size < this.k) {
      let i = this.size++;
      h[i] = score;
      while (i > 0 && h[(i - 1) >> 1] > h[i]) {
        const parent = (i - 1) >> 1;
        [h[i], h[parent]] = [h[parent], h[i]];
        i = parent;
      }
      return;
    }
    if (score <= h[0]) return;
    h[0] = score;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < this.size && h[l] < h[least]) least = l;
      if (r < this.size && h[r] < h[least]) least = r;
      if (least === i) return;
      [h[i], h[least]] = [h[least], h[i]];
      i = least;
    }
  }
}

function newRanked(): Ranked {
  return { score: 0, matched: 0, textWords: [], alignment: { phrase: 1, exact: true, offset: 0 } };
}

/** What orders results: the score, or for the closest results the matched terms first, then the score. */
function rankKey(plan: QueryPlan, r: Ranked): number {
  return plan.relaxed ? r.matched + r.score : r.score;
}

/** The `k` best of `items` in order (`compare` < 0 when a is better), with a bounded heap. */
export function bestOf(items: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  // A heap with the worst of the best k at the top.
  const heap: number[] = [];
  const worse = (a: number, b: number) => compare(a, b) > 0;
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(heap[l], heap[top])) top = l;
      if (r < heap.length && worse(heap[r], heap[top])) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}

function occurrences(haystack: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) out.push([at, at + needle.length]);
  return out;
}

export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * What to emphasise: the words of the best phrase alignment; query words the alignment did not place,
 * wherever they match a word; and the text of hard terms (literal text, or fuse's match ranges).
 */
function matchRanges(d: IndexedDoc, ranked: Ranked, query: ParsedQuery, hardMatches: readonly (Map<IndexedDoc, [number, number][]> | null)[]): [number, number][] {
  const ranges: [number, number][] = [];
  const { textWords, alignment } = ranked;
  // Word offsets are worked out here, for the few quotes returned, rather than kept for every quote.
  const spans: number[] = [];
  const text = indexedText(d);
  forEachWord(text, (_, start, end) => spans.push(start, end));
  const span = (i: number): [number, number] => [spans[2 * i], spans[2 * i + 1]];
  const placed = new Set<WordMatch>();
  // With one word there is no phrase: every occurrence is emphasised.
  if (textWords.length > 1) {
    textWords.forEach((w, i) => {
      const at = alignment.offset + i;
      if (at >= 0 && at < d.wordIds.length && w.align[d.wordIds[at]] > 0) {
        ranges.push(span(at));
        placed.add(w);
      }
    });
  }
  const unplaced = textWords.filter((w) => !placed.has(w));
  if (unplaced.length) for (let i = 0; i < d.wordIds.length; i++) if (unplaced.some((w) => w.cover[d.wordIds[i]] > 0)) ranges.push(span(i));
  const len = text.length;
  query.hard.forEach((term, i) => {
    if (term.inverse) return;
    if (term.literal) ranges.push(...occurrences(fold(text), term.literal));
    else for (const [s, e] of hardMatches[i]?.get(d) ?? []) ranges.push([s, Math.min(e + 1, len)]);
  });
  return mergeRanges(ranges);
}

export interface SearchIndexOptions {
  /** Rank every document that passes the filters instead of the vocabulary's candidates (tests). */
  prefilter?: boolean;
  /** Rank by looking every word up for every query word, without the per-word bit masks (tests). */
  masks?: boolean;
  /**
   * The words of these very transcripts as words() returned them before (from a cache): used instead of
   * tokenising every quote. Ignored when it does not fit (another number of quotes).
   */
  words?: IndexWords | null;
}

export function createSearchIndex(transcripts: readonly Transcript[], indexOptions: SearchIndexOptions = {}): SearchIndex {
  const vocabulary = new Vocabulary();
  let quoteCount = 0;
  for (const t of transcripts) quoteCount += t.quotes.length;
  const narration = narrationPlan(transcripts);
  const packed = indexOptions.words && indexOptions.words.docEnds.length === quoteCount + narration.length ? indexOptions.words : null;
  const docs = buildDocs(transcripts, narration, vocabulary, packed);
  const speakerById = transcripts.map((t) => new Map(t.speakers.map((sp) => [sp.id, sp])));
  if (!packed) vocabulary.buildPostings(docs.map((d) => d.wordIds));
  const usePrefilter = indexOptions.prefilter ?? true;
  const docsBySpeaker = new Map<SpeakerEntry, number[]>();
  docs.forEach((d, at) => {
    if (!d.speaker) return;
    const list = docsBySpeaker.get(d.speaker);
    if (list) list.push(at);
    else docsBySpeaker.set(d.speaker, [at]);
  });

  /**
   * Rare words weigh more: a typed word found in every quote says little about which one is meant.
   * A word not in the text at all (usually a typo) weighs as its nearest known word, or as little as a
   * word found everywhere, so a mistyped `te` cannot outweigh the words that were typed right.
   */
  const frequencyOf = (word: string, match: WordMatch) => {
    const known = vocabulary.frequency(word);
    if (known !== undefined) return known;
    let nearest = 0;
    for (const id of match.ids) if (match.align[id] > 0) nearest = Math.max(nearest, vocabulary.postings(id).length);
    return nearest || docs.length;
  };
  const weightOf = (words: string[], matches: WordMatch[]) => {
    const w = words.map((word, i) => Math.log(1 + docs.length / (1 + frequencyOf(word, matches[i]))));
    return w.reduce((a, b) => a + b, 0) / Math.max(1, w.length);
  };

  const useMasks = indexOptions.masks ?? true;
  let longest = 0;
  for (const d of docs) longest = Math.max(longest, d.wordIds.length);

  /**
   * 'all': every word, but one in three may be missing. 'closest': the same documents, ordered by matched
   * words first. 'any': documents with any of the words, ordered the same way.
   */
  function queryPlan(parsed: ParsedQuery, terms: WordMatch[][], mode: 'all' | 'closest' | 'any'): QueryPlan {
    const words = terms.flat();
    const firstWord: number[] = [];
    terms.reduce((at, t) => (firstWord.push(at), at + t.length), 0);
    let masks: WordMasks | null = null;
    if (useMasks && words.length <= MASK_BITS) {
      const size = vocabulary.words.length;
      masks = { align: new Uint32Array(size), positions: new Int32Array(longest) };
      words.forEach((w, j) => {
        for (const id of w.ids) if (w.align[id] > 0) masks!.align[id] |= 1 << j;
      });
    }
    const n = parsed.fuzzy.length;
    return {
      query: parsed,
      required: mode === 'any' ? Math.min(1, n) : n - Math.floor(n / 3),
      relaxed: mode !== 'all',
      sawComplete: false,
      terms,
      weights: parsed.fuzzy.map((t, i) => weightOf(t.words, terms[i])),
      speakerScores: new Map(),
      words,
      firstWord,
      bestCover: new Float64Array(words.length),
      bestAlign: new Float64Array(words.length),
      textIndex: new Int32Array(words.length),
      masks,
      perDoc: masks ? words.map(docBest) : [],
    };
  }

  /**
   * Kept for the last few query words: typing `gas storage` works out `gas` once, not at every key. A
   * vocabulary's WordMatch is the same object for the same word while it is in the vocabulary's cache.
   */
  const docBestCache = new Map<WordMatch, DocBest>();
  function docBest(w: WordMatch): DocBest {
    let best = docBestCache.get(w);
    if (best) {
      docBestCache.delete(w);
      docBestCache.set(w, best);
      return best;
    }
    best = { cover: new Float32Array(docs.length), align: new Float32Array(docs.length) };
    for (const id of w.ids) {
      const c = w.cover[id];
      const a = w.align[id];
      for (const doc of vocabulary.postings(id)) {
        if (c > best.cover[doc]) best.cover[doc] = c;
        if (a > best.align[doc]) best.align[doc] = a;
      }
    }
    if (docBestCache.size >= DOC_BEST_KEPT) docBestCache.delete(docBestCache.keys().next().value!);
    docBestCache.set(w, best);
    return best;
  }

  /** Documents with enough matched query words to pass rank()'s rule, among `allowed`. */
  function candidates(plan: QueryPlan, allowed: Uint8Array | null): number[] {
    const required = plan.required;
    const counts = new Uint16Array(docs.length);
    // Which term last counted a document (term + 1), so a term counts each document once.
    const counted = new Uint32Array(docs.length);
    const count = (list: ArrayLike<number>, stamp: number) => {
      for (let i = 0; i < list.length; i++) {
        const doc = list[i];
        if (counted[doc] === stamp || (allowed && !allowed[doc])) continue;
        counted[doc] = stamp;
        counts[doc]++;
      }
    };
    plan.terms.forEach((words, i) => {
      for (const w of words) for (const id of w.ids) count(vocabulary.postings(id), i + 1);
      // Quotes of a speaker this word names match it too.
      if (words.length === 1) {
        for (const [entry, quotes] of docsBySpeaker) if (speakerSimilarity(plan.query.fuzzy[i].words[0], entry.words) > 0) count(quotes, i + 1);
      }
    });
    const out: number[] = [];
    for (let doc = 0; doc < docs.length; doc++) if (counts[doc] >= required) out.push(doc);
    return out;
  }

  function search(query: string, options: SearchOptions = {}): SearchHit[] {
    const parsed = parseQuery(query, queryWords);
    if (!parsed.fuzzy.length && !parsed.hard.length && !parsed.speakers.length && !options.speaker && !options.section) return [];
    const filters: ((d: IndexedDoc) => boolean)[] = [];
    if (parsed.speakers.length) filters.push(speakerFilter(parsed.speakers, docs));
    if (options.speaker) filters.push(speakerFilter([options.speaker.toLowerCase()], docs));
    if (options.section) {
      const wanted = fold(options.section);
      filters.push((d) => d.sectionTitle.includes(wanted));
    }
    // A listing by filters alone (`quotes --speaker`) is of quotes: narration is found by its words only.
    if (!parsed.fuzzy.length && !parsed.hard.length) filters.push((d) => d.doc.in === 'quote');
    let allowed: Uint8Array | null = null;
    if (filters.length) {
      allowed = new Uint8Array(docs.length);
      docs.forEach((d, i) => (allowed![i] = filters.every((f) => f(d)) ? 1 : 0));
    }
    const terms = parsed.fuzzy.map((t) => t.words.map((w) => vocabulary.match(w)));
    const found = searchWith(parsed, queryPlan(parsed, terms, 'all'), allowed, options);
    // No result holds every word: the closest ones instead (most words matched, then the best score). When
    // some hold all but one in three, those are the closest; only when none does, any word is enough.
    if (found.plan.sawComplete || parsed.fuzzy.length < 2) return found.hits;
    return searchWith(parsed, queryPlan(parsed, terms, found.hits.length ? 'closest' : 'any'), allowed, options).hits;
  }

  function searchWith(parsed: ParsedQuery, plan: QueryPlan, allowed: Uint8Array | null, options: SearchOptions): { hits: SearchHit[]; plan: QueryPlan } {
    let ids: number[];
    if (parsed.fuzzy.length && usePrefilter) ids = candidates(plan, allowed);
    else ids = docs.map((_, i) => i).filter((i) => !allowed || allowed[i]);
    if (!ids.length) return { hits: [], plan };

    // Hard terms: fuse's extended search over the candidates' text.
    let hardMatches: (Map<IndexedDoc, [number, number][]> | null)[] = [];
    if (parsed.hard.length) {
      const fuse = new Fuse(ids.map((i) => fold(indexedText(docs[i]))), FUSE_OPTIONS);
      hardMatches = parsed.hard.map((term) => {
        const found = new Map<IndexedDoc, [number, number][]>();
        for (const r of fuse.search(term.pattern)) found.set(docs[ids[r.refIndex]], r.matches?.flatMap((m) => m.indices as [number, number][]) ?? []);
        return found;
      });
      ids = ids.filter((i) => hardMatches.every((m) => m!.has(docs[i])));
    }

    // Score every candidate without allocating, keep the best, then rank those again for their matches.
    const scratch = newRanked();
    const scores = new Float64Array(ids.length);
    const kept: number[] = [];
    const limit = options.limit !== undefined && options.limit >= 0 ? options.limit : ids.length;
    // The k best scores so far: once there are k, a quote whose bound is below the worst of them is skipped.
    const floor = limit > 0 && limit < ids.length ? new ScoreFloor(limit) : null;
    for (let i = 0; i < ids.length; i++) {
      const r = rank(docs[ids[i]], ids[i], plan, scratch, floor ? floor.threshold() : -Infinity);
      if (r) {
        const key = rankKey(plan, r);
        scores[i] = key;
        kept.push(i);
        floor?.add(key);
      }
    }
    const better = (a: number, b: number) => scores[b] - scores[a] || ids[a] - ids[b];
    const top = limit < kept.length ? bestOf(kept, limit, better) : kept.sort(better);
    const n = parsed.fuzzy.length;
    const hits = top.map((i): SearchHit => {
      const d = docs[ids[i]];
      const r = rank(d, ids[i], plan, newRanked())!;
      const matches = matchRanges(d, r, parsed, hardMatches);
      return { doc: d.narration ? narrationDoc(d, matches) : d.doc, score: r.score, matches, complete: r.matched === n };
    });
    return { hits, plan };
  }

  /** A narration hit's document, naming the quote its first matched word leads to. */
  function narrationDoc(d: IndexedDoc, matches: readonly [number, number][]): SearchDoc {
    const quote = leadQuote(d, matches[0]?.[0] ?? 0);
    if (quote === d.doc.quote) return d.doc;
    const speaker = quote.speaker === null ? null : (speakerById[d.doc.transcript].get(quote.speaker) ?? null);
    return { ...d.doc, quote, speaker };
  }

  function words(): IndexWords {
    const docEnds = new Uint32Array(docs.length);
    let total = 0;
    docs.forEach((d, i) => (docEnds[i] = total += d.wordIds.length));
    const ids = new Uint32Array(total);
    docs.forEach((d, i) => ids.set(d.wordIds, i ? docEnds[i - 1] : 0));
    const postingEnds = new Uint32Array(vocabulary.words.length);
    let postingTotal = 0;
    vocabulary.words.forEach((_, id) => (postingEnds[id] = postingTotal += vocabulary.postings(id).length));
    const postings = new Uint32Array(postingTotal);
    vocabulary.words.forEach((_, id) => postings.set(vocabulary.postings(id), id ? postingEnds[id - 1] : 0));
    return { vocabulary: [...vocabulary.words], docEnds, ids, postingEnds, postings };
  }

  return { transcripts, docs: docs.filter((d) => d.doc.in === 'quote').map((d) => d.doc), search, words, fromPack: packed !== null };
}
