/**
 * The words a search matched, kept after Enter so the reader can highlight them (as less does after a
 * search). Per paragraph: the matched text of every result in it; n / N move the current result, whose
 * paragraph is highlighted more strongly. Pure.
 */
import type { SearchHit } from '../search/types.js';
import type { Doc } from './document.js';

export interface SearchMarks {
  /** Paragraph index → a pattern matching the words the results in it matched. */
  patterns: Map<number, RegExp>;
  /** Per result (the same order as AppState.results): the paragraph its matched words are in. */
  paragraphs: number[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive pattern for the words; the longest first, so `tango` wins over `tan`. */
export function markPattern(words: Iterable<string>): RegExp | null {
  const list = [...new Set([...words].map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  if (!list.length) return null;
  // Apostrophes typed one way match either way (’ in the text, ' in the query).
  return new RegExp(list.map((w) => escape(w).replace(/['’]/g, "['’]")).join('|'), 'giu');
}

/**
 * The quote indexes (in `doc`) the hits lead to, each once (a quote and the narration leading to it are one
 * stop for n / N), and the marks of their matched words.
 */
export function resultsOf(doc: Doc, hits: readonly SearchHit[]): { results: number[]; marks: SearchMarks | null } {
  const results: number[] = [];
  const paragraphs: number[] = [];
  const words = new Map<number, Set<string>>();
  for (const hit of hits) {
    const quoteIndex = doc.quoteIndexById.get(hit.doc.quote.id);
    if (quoteIndex === undefined) continue;
    if (!results.includes(quoteIndex)) {
      results.push(quoteIndex);
      paragraphs.push(hit.doc.paragraphIndex);
    }
    let set = words.get(hit.doc.paragraphIndex);
    if (!set) words.set(hit.doc.paragraphIndex, (set = new Set()));
    for (const [s, e] of hit.matches) set.add(hit.doc.text.slice(s, e));
  }
  const patterns = new Map<number, RegExp>();
  for (const [paragraph, set] of words) {
    const pattern = markPattern(set);
    if (pattern) patterns.set(paragraph, pattern);
  }
  return { results, marks: patterns.size ? { patterns, paragraphs } : null };
}

/** `text` cut into pieces, `marked` where the pattern matches. */
export function markPieces(text: string, pattern: RegExp | null): { text: string; marked: boolean }[] {
  if (!pattern) return [{ text, marked: false }];
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (!m[0]) continue;
    if (m.index > at) out.push({ text: text.slice(at, m.index), marked: false });
    out.push({ text: m[0], marked: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
