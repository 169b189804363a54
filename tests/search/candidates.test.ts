import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { substringDistance } from '../../src/search/candidates.js';
import { buildDocs, createSearchIndex } from '../../src/search/index.js';
import { createCandidateFilter } from '../../src/search/candidates.js';
import { qualityQueries } from '../../scripts/bench/lib/quality-queries.mjs';
import { bundled } from './helpers.js';

describe('candidate prefilter', () => {
  const transcript = bundled();
  const plain = createSearchIndex([transcript], { candidateFilter: null });
  const filtered = createSearchIndex([transcript], { candidateFilter: createCandidateFilter(buildDocs([transcript]), 0) });
  const summary = (hits: ReturnType<typeof plain.search>) => hits.map((h) => [h.doc.quote.id, h.score.toFixed(6), JSON.stringify(h.matches)]);

  // What it may drop: a fuse match across a word boundary (`he d` for `held`), which no word holds.
  it('keeps the ranking: its results are the unfiltered ones, in the same order, with the same scores and top hit', () => {
    const { queries } = qualityQueries(transcript.quotes, { seed: 11, perQuote: 3 });
    const more = ['tango', 'tnago', 'putin tango', 'pre-sanctions', 'mercenaries ukraine', 'zzz', 'tan', 'lukashenko nonsense'];
    let kept = 0;
    let total = 0;
    for (const query of [...queries.map((q) => q.query), ...more]) {
      const all = summary(plain.search(query));
      const some = summary(filtered.search(query));
      expect(some[0], query).toEqual(all[0]);
      let at = 0;
      for (const hit of some) {
        while (at < all.length && all[at][0] !== hit[0]) at++;
        expect(all[at], query).toEqual(hit);
      }
      kept += some.length;
      total += all.length;
    }
    expect(kept / total).toBeGreaterThan(0.9);
  });

  it('narrows: a rare word leaves few candidates', () => {
    const filter = createCandidateFilter(buildDocs([transcript]), 0)!;
    const ids = transcript.quotes.map((_, i) => i);
    const narrowed = filter.narrow({ speakers: [], hard: [], fuzzy: [{ pattern: 'mercenaries', words: ['mercenaries'] }] }, ids);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(ids.length / 4);
  });

  it('substringDistance is the fewest edits to some substring', () => {
    expect(substringDistance('tango', 'tangoing', 2)).toBe(0);
    expect(substringDistance('tnago', 'tangoing', 2)).toBe(2);
    expect(substringDistance('xyz', 'tango', 1)).toBe(2);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 12 }), (p, t) => {
        const d = substringDistance(p, t, 20);
        expect(d).toBeLessThanOrEqual(p.length);
        if (t.includes(p)) expect(d).toBe(0);
      }),
    );
  });
});
