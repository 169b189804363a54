import { describe, expect, it } from 'vitest';
import { qualityQueries } from '../../scripts/bench/lib/quality-queries.mjs';
import { bundledJson, parleyAsync } from './helpers.js';

// The search-quality requirement through the real command: for every quote of the bundled transcript,
// two seeded queries of 3–6 of its words with one typo; the quote must come first for >= 95% of them.
// (tests/search/quality.test.ts runs ten times as many queries in-process.)
describe('parley search quality over every quote of the bundled transcript', () => {
  it('puts the intended quote first for at least 95% of queries with a typo', async () => {
    const transcript = bundledJson();
    const { queries } = qualityQueries(transcript.quotes, { seed: 1509, perQuote: 2 });
    expect(new Set(queries.map((q) => q.quoteId)).size).toBe(transcript.quotes.length);
    const misses: string[] = [];
    for (let i = 0; i < queries.length; i += 4) {
      const batch = queries.slice(i, i + 4);
      const runs = await Promise.all(batch.map((q) => parleyAsync(['search', q.query, '--json', '--limit', '1'])));
      runs.forEach((r, j) => {
        const top = r.status === 0 ? JSON.parse(r.stdout)[0]?.quote.id : null;
        if (top !== batch[j].quoteId) misses.push(`${batch[j].quoteId} "${batch[j].query}" → ${top}`);
      });
    }
    expect(1 - misses.length / queries.length, misses.join('; ')).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
