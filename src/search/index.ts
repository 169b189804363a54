/**
 * createSearchIndex: transcripts → a SearchIndex (see types.ts). Pure; imports the model only.
 *
 * How a query is answered:
 *  1. The query is parsed once (query.ts): `@speaker` filters, soft words, hard extended-syntax terms.
 *  2. Filters (`@name`, options.speaker, options.section) narrow the documents; a CandidateFilter
 *     (candidates.ts) may narrow them further, cheaply, before any fuzzy matching.
 *  3. fuse.js matches each term on its own (ignoreLocation, so words late in a long quote count; one
 *     word per pattern, so the 32-character Bitap limit never cuts a query in the middle).
 *  4. Each document is ranked by `rank()` below from its own text only, so narrowing the candidates
 *     never changes the order of what is returned.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Transcript } from '../model/transcript.js';
import { createCandidateFilter, type CandidateFilter } from './candidates.js';
import { parseQuery, type ParsedQuery } from './query.js';
import type { SearchDoc, SearchHit, SearchIndex, SearchOptions } from './types.js';
import { allowedEdits, fold, queryWords, tokenize, wordSimilarity, type WordToken } from './words.js';

export interface IndexedDoc {
  doc: SearchDoc;
  /** quote.text with case folded, same length. */
  folded: string;
  words: WordToken[];
  /** Folded words of the speaker's name and aliases. */
  speakerWords: string[];
  /** Folded name and aliases, for `@name` and options.speaker. */
  speakerNames: string[];
  sectionTitle: string;
}

const FUSE_OPTIONS: IFuseOptions<string> = {
  ignoreLocation: true,
  includeMatches: true,
  includeScore: true,
  useExtendedSearch: true,
  ignoreFieldNorm: true,
  // 0.3: one error in a 4-letter word, two from 7 letters. Transposed letters (`tnago`) cost Bitap two
  // errors; the word-level edit distance in rank() forgives them instead.
  threshold: 0.3,
  minMatchCharLength: 1,
  shouldSort: false,
};

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

interface TermMatch {
  score: number;
  indices: readonly [number, number][];
}

export function buildDocs(transcripts: readonly Transcript[]): IndexedDoc[] {
  const docs: IndexedDoc[] = [];
  transcripts.forEach((t, ti) => {
    const speakers = new Map(t.speakers.map((s) => [s.id, s]));
    const paragraphIndex = new Map(t.paragraphs.map((p, i) => [p.id, i]));
    const sectionById = new Map(t.sections.map((s) => [s.id, s]));
    for (const quote of t.quotes) {
      const speaker = quote.speaker === null ? null : (speakers.get(quote.speaker) ?? null);
      const pi = paragraphIndex.get(quote.paragraph) ?? -1;
      const section = pi >= 0 ? (sectionById.get(t.paragraphs[pi].section) ?? null) : null;
      const names = speaker ? [speaker.name, ...speaker.aliases].map(fold) : [];
      // Name words only: `Putin`, `Lukashenko`, not `president` or `leader` from a role alias, which
      // would make every quote of a president match a query word like "president".
      const roleWords = new Set(queryWords(speaker?.role ?? ''));
      const nameWords = speaker
        ? [speaker.name, ...speaker.aliases].flatMap((n) => tokenize(n).filter((t) => /^\p{Lu}/u.test(n.slice(t.start)) && !roleWords.has(t.word)).map((t) => t.word))
        : [];
      docs.push({
        doc: { transcript: ti, quote, speaker, section, paragraphIndex: pi },
        folded: fold(quote.text),
        words: tokenize(quote.text),
        speakerWords: [...new Set(nameWords)],
        speakerNames: names,
        sectionTitle: section ? fold(section.title) : '',
      });
    }
  });
  return docs;
}

function speakerFilter(names: string[], docs: readonly IndexedDoc[]): (d: IndexedDoc) => boolean {
  // A substring of a name or alias; when no speaker has it (`@putni`), the nearest name words instead.
  const bySubstring = (d: IndexedDoc) => names.some((n) => d.speakerNames.some((s) => s.includes(n)));
  if (docs.some(bySubstring)) return bySubstring;
  return (d) => names.some((n) => queryWords(n).every((w) => speakerSimilarity(w, d.speakerWords) > 0));
}

/**
 * Best alignment of the query's words against consecutive words of the text: the share of query
 * words that line up (typos count 0.8), and whether they all line up exactly (an exact phrase).
 */
interface Alignment {
  phrase: number;
  exact: boolean;
  /** Index in the text's words where the best alignment starts (may be negative). */
  offset: number;
}

function phraseAlignment(query: readonly string[], words: readonly WordToken[], similarity: Similarity): Alignment {
  const n = query.length;
  if (n === 0) return { phrase: 1, exact: true, offset: 0 };
  let best = 0;
  let bestOffset = 0;
  let exact = false;
  for (let offset = -(n - 1); offset < words.length; offset++) {
    let sum = 0;
    let exactHere = true;
    for (let i = 0; i < n; i++) {
      const w = words[offset + i];
      const sim = w ? similarity(query[i], w.word) : 0;
      sum += sim;
      if (sim !== 1) exactHere = false;
    }
    if (exactHere && !exact) {
      exact = true;
      best = sum;
      bestOffset = offset;
    } else if (sum > best && !exact) {
      best = sum;
      bestOffset = offset;
    }
  }
  return { phrase: best / n, exact, offset: bestOffset };
}

type Similarity = (typed: string, word: string) => number;

/** wordSimilarity remembered for one search: a quote's words repeat, and the vocabulary is small. */
function memoisedSimilarity(): Similarity {
  const memo = new Map<string, Map<string, number>>();
  return (typed, word) => {
    let byWord = memo.get(typed);
    if (!byWord) memo.set(typed, (byWord = new Map()));
    let sim = byWord.get(word);
    if (sim === undefined) byWord.set(word, (sim = wordSimilarity(typed, word)));
    return sim;
  };
}

export interface RankInput {
  similarity: Similarity;
  query: ParsedQuery;
  weights: number[];
  fuzzyMatches: (Map<number, TermMatch> | undefined)[];
}

/**
 * Score of one document, 0..1, from its own text and speaker only. An exact phrase (every text word
 * of the query, in order, as whole words) lifts a quote above every quote without one; below that,
 * coverage (how many query words match and how well, rare words weighing more), phrase order, and
 * whether a query word named the speaker.
 */
interface Ranked {
  score: number;
  /** Query words matched in the text (not by the speaker's name), in query order. */
  textWords: string[];
  alignment: Alignment;
}

function rank(d: IndexedDoc, at: number, input: RankInput): Ranked | null {
  const { query, weights, fuzzyMatches, similarity } = input;
  const n = query.fuzzy.length;
  if (n === 0) return { score: 1, textWords: [], alignment: { phrase: 1, exact: true, offset: 0 } };
  let covered = 0;
  let weightSum = 0;
  let matched = 0;
  let namedSpeaker = false;
  let speakerExact = true;
  const textWords: string[] = [];
  query.fuzzy.forEach((term, i) => {
    const fuse = fuzzyMatches[i]?.get(at);
    const fuseScore = fuse ? 1 - fuse.score : 0;
    let wordScore = 0;
    for (const tw of term.words) {
      let bestForWord = 0;
      for (const w of d.words) {
        const sim = similarity(tw, w.word);
        if (sim > bestForWord) bestForWord = sim;
        if (sim === 1) break;
      }
      wordScore += bestForWord / term.words.length;
    }
    const textScore = Math.max(fuseScore, wordScore);
    const speakerScore = term.words.length === 1 ? speakerSimilarity(term.words[0], d.speakerWords) : 0;
    const score = Math.max(textScore, speakerScore);
    if (score > 0) matched++;
    if (speakerScore > 0 && speakerScore >= wordScore) {
      namedSpeaker = true;
      if (speakerScore < 1) speakerExact = false;
    } else textWords.push(...term.words);
    covered += weights[i] * score;
    weightSum += weights[i];
  });
  // Every word must match, except that one in three may be missing (a typo too far from any word).
  if (matched < n - Math.floor(n / 3)) return null;
  const coverage = weightSum ? covered / weightSum : 0;
  const alignment = phraseAlignment(textWords, d.words, similarity);
  const base = 0.55 * coverage + 0.35 * alignment.phrase + 0.1 * (namedSpeaker ? 1 : 0);
  return { score: (alignment.exact && speakerExact ? 0.5 : 0) + 0.5 * base, textWords, alignment };
}

function occurrences(haystack: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    out.push([at, at + needle.length]);
  }
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
 * What to emphasise: the words of the best phrase alignment; words of the query that the alignment
 * did not place, wherever they occur as whole words (or, failing that, as fuse found them); and the
 * text of literal terms ('exact, "a phrase").
 */
function matchRanges(d: IndexedDoc, at: number, ranked: Ranked, input: RankInput, hardMatches: (Map<number, TermMatch> | undefined)[]): [number, number][] {
  const ranges: [number, number][] = [];
  const len = d.doc.quote.text.length;
  const { textWords, alignment } = ranked;
  // With one word there is no phrase: every occurrence is emphasised.
  const placed = new Set<string>();
  if (textWords.length > 1) textWords.forEach((q, i) => {
    const w = d.words[alignment.offset + i];
    if (w && input.similarity(q, w.word) > 0) {
      ranges.push([w.start, w.end]);
      placed.add(q);
    }
  });
  const textWordSet = new Set(textWords);
  input.query.fuzzy.forEach((term, i) => {
    const unplaced = term.words.filter((w) => textWordSet.has(w) && !placed.has(w));
    if (!unplaced.length) return;
    let found = false;
    for (const w of d.words) {
      if (unplaced.some((tw) => input.similarity(tw, w.word) > 0)) {
        ranges.push([w.start, w.end]);
        found = true;
      }
    }
    if (!found) {
      const literal = occurrences(d.folded, term.pattern);
      if (literal.length) ranges.push(...literal);
      else for (const [s, e] of input.fuzzyMatches[i]?.get(at)?.indices ?? []) if (e > s) ranges.push([s, Math.min(e + 1, len)]);
    }
  });
  input.query.hard.forEach((term, i) => {
    if (term.inverse) return;
    if (term.literal) ranges.push(...occurrences(d.folded, term.literal));
    else for (const [s, e] of hardMatches[i]?.get(at)?.indices ?? []) ranges.push([s, Math.min(e + 1, len)]);
  });
  return mergeRanges(ranges);
}

function runFuse(fuse: Fuse<string>, pattern: string, ids: readonly number[]): Map<number, TermMatch> {
  const out = new Map<number, TermMatch>();
  for (const r of fuse.search(pattern)) {
    out.set(ids[r.refIndex], { score: r.score ?? 1, indices: r.matches?.flatMap((m) => m.indices as [number, number][]) ?? [] });
  }
  return out;
}

export interface SearchIndexOptions {
  /** Narrows the documents before fuse sees them; by default a word index (candidates.ts). */
  candidateFilter?: CandidateFilter | null;
}

export function createSearchIndex(transcripts: readonly Transcript[], indexOptions: SearchIndexOptions = {}): SearchIndex {
  const docs = buildDocs(transcripts);
  const allIds = docs.map((_, i) => i);
  const fullFuse = new Fuse(docs.map((d) => d.folded), FUSE_OPTIONS);
  const docFrequency = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d.words.map((t) => t.word))) docFrequency.set(w, (docFrequency.get(w) ?? 0) + 1);
  const candidateFilter = indexOptions.candidateFilter === undefined ? createCandidateFilter(docs) : indexOptions.candidateFilter;

  /**
   * Rare words weigh more: a typed word found in every quote says little about which one is meant.
   * A word not in the text at all (usually a typo) weighs as its nearest known word, or as little as
   * a word found everywhere, so a mistyped `te` cannot outweigh the words that were typed right.
   */
  const vocabulary = [...docFrequency.keys()];
  const frequencyOf = (word: string) => {
    const known = docFrequency.get(word);
    if (known !== undefined) return known;
    let nearest = 0;
    if (allowedEdits(word.length) > 0) for (const v of vocabulary) if (wordSimilarity(word, v) > 0) nearest = Math.max(nearest, docFrequency.get(v)!);
    return nearest || docs.length;
  };
  const weightOf = (words: string[]) => {
    const w = words.map((word) => Math.log(1 + docs.length / (1 + frequencyOf(word))));
    return w.reduce((a, b) => a + b, 0) / Math.max(1, w.length);
  };

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
    let ids: readonly number[] = filters.length ? allIds.filter((i) => filters.every((f) => f(docs[i]))) : allIds;
    if (candidateFilter && parsed.fuzzy.length) ids = candidateFilter.narrow(parsed, ids);
    if (!ids.length) return [];
    const fuse = ids === allIds ? fullFuse : new Fuse(ids.map((i) => docs[i].folded), FUSE_OPTIONS);
    const fuzzyMatches = parsed.fuzzy.map((t) => runFuse(fuse, t.pattern, ids));
    const hardMatches = parsed.hard.map((t) => runFuse(fuse, t.pattern, ids));
    const input: RankInput = { similarity: memoisedSimilarity(), query: parsed, weights: parsed.fuzzy.map((t) => weightOf(t.words)), fuzzyMatches };
    const hits: SearchHit[] = [];
    for (const at of ids) {
      if (!hardMatches.every((m) => m.has(at))) continue;
      const ranked = rank(docs[at], at, input);
      if (!ranked) continue;
      hits.push({ doc: docs[at].doc, score: ranked.score, matches: matchRanges(docs[at], at, ranked, input, hardMatches) });
    }
    const order = new Map(ids.map((id, i) => [docs[id].doc, i]));
    hits.sort((a, b) => b.score - a.score || order.get(a.doc)! - order.get(b.doc)!);
    return options.limit !== undefined && options.limit >= 0 ? hits.slice(0, options.limit) : hits;
  }

  return { transcripts, docs: docs.map((d) => d.doc), search };
}
