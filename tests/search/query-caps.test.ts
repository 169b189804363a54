/**
 * A pasted page as a query (thousands of words) took from 17 s to minutes: every term is a pass over the
 * vocabulary and the candidates. Queries are capped (MAX_QUERY_CHARS, MAX_QUERY_TERMS); the cut is between
 * terms and is reported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/transcript.js';
import { createSearchIndex } from '../../src/search/index.js';
import { capQuery, MAX_QUERY_CHARS, MAX_QUERY_TERMS, parseQuery } from '../../src/search/query.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundled = JSON.parse(readFileSync(path.join(root, 'data/000_b7a3f8f331ca27dc.json'), 'utf8')) as Transcript;
/** Words of the transcript itself, so that each one matches something and costs its full price. */
const words = bundled.quotes.flatMap((q) => q.text.split(/\s+/)).filter((w) => /^\p{L}{4,}$/u.test(w));
const paste = (n: number) => Array.from({ length: n }, (_, i) => words[(i * 7) % words.length]).join(' ');

describe('query caps', () => {
  it('keeps a short query as it is', () => {
    expect(capQuery('tango @putin "gas price"')).toEqual({ query: 'tango @putin "gas price"', cut: false });
  });

  it(`keeps the first ${MAX_QUERY_TERMS} terms of a longer query, whole`, () => {
    const terms = Array.from({ length: 40 }, (_, i) => `word${i}`);
    const { query, cut } = capQuery(terms.join(' '));
    expect(cut).toBe(true);
    expect(query).toBe(terms.slice(0, MAX_QUERY_TERMS).join(' '));
  });

  it(`cuts a query at ${MAX_QUERY_CHARS} characters between words, never inside one`, () => {
    const long = 'abcdefghi '.repeat(150);
    const { query, cut } = capQuery(`"${long}"`);
    expect(cut).toBe(true);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(query.endsWith('abcdefghi')).toBe(true);
  });

  it('parses at most the capped number of terms of a pasted page', () => {
    let folded = 0;
    const parsed = parseQuery(paste(10_000), (text) => (folded++, [text]));
    expect(folded).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    expect(parsed.fuzzy.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
  });

  it('a 5,000-word paste costs about what a 32-word query costs (within 4x, best of 5)', () => {
    const index = createSearchIndex([bundled]);
    const best = (query: string) => {
      let min = Infinity;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        index.search(query, { limit: 20 });
        min = Math.min(min, performance.now() - start);
      }
      return min;
    };
    best(paste(MAX_QUERY_TERMS)); // warm up
    const capped = best(paste(MAX_QUERY_TERMS));
    const pasted = best(paste(5_000));
    expect(pasted / Math.max(capped, 1)).toBeLessThan(4);
  });
});
