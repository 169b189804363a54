import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestOf, createSearchIndex } from '../../src/search/index.js';
import { qualityQueries } from '../../scripts/bench/lib/quality-queries.mjs';
import { bundled, transcriptOf } from './helpers.js';

// The vocabulary prefilter only skips documents rank() would drop, so the results are the same.
describe('the vocabulary prefilter', () => {
  const transcript = bundled();
  const withPrefilter = createSearchIndex([transcript]);
  const without = createSearchIndex([transcript], { prefilter: false });
  const summary = (hits: ReturnType<typeof without.search>) => hits.map((h) => [h.doc.quote.id, h.score, h.matches]);

  it('returns exactly what ranking every document returns', () => {
    const { queries } = qualityQueries(transcript.quotes, { seed: 11, perQuote: 3 });
    const more = ['tango', 'tnago', 'putin tango', 'pre-sanctions', 'sanctions', 'mercenaries ukraine', 'zzz', 'tan', 'lukashenko nonsense', "'tango !dance", '@putin the'];
    for (const query of [...queries.map((q) => q.query), ...more]) {
      expect(summary(withPrefilter.search(query)), query).toEqual(summary(without.search(query)));
    }
  });

  it('also with speaker names that only the speaker holds', () => {
    const t = transcriptOf([
      { speaker: 'putin', text: 'The ferry will run all winter.' },
      { speaker: 'lukashenko', text: 'The ferry is late again.' },
    ]);
    expect(createSearchIndex([t]).search('putin ferry').map((h) => h.doc.quote.id)).toEqual(['q1']);
    expect(createSearchIndex([t], { prefilter: false }).search('putin ferry').map((h) => h.doc.quote.id)).toEqual(['q1']);
  });
});

// The per-word bit masks only skip words no query word matches, and try only offsets where a word lines up.
describe('ranking with word masks', () => {
  const transcript = bundled();
  const withMasks = createSearchIndex([transcript]);
  const without = createSearchIndex([transcript], { masks: false });
  const summary = (hits: ReturnType<typeof without.search>) => hits.map((h) => [h.doc.quote.id, h.score, h.matches]);

  it('returns exactly what looking every word up returns: scores, order and match ranges', () => {
    const { queries } = qualityQueries(transcript.quotes, { seed: 7, perQuote: 3 });
    const typed = ['t', 'ta', 'tan', 'tang', 'tango', 'tango a', 'tango am', 'the the', 'we we will', 'putin tango', 'putni tnago', "'tango !dance", '@putin the', 'a b c d e'];
    for (const query of [...queries.map((q) => q.query), ...typed]) {
      expect(summary(withMasks.search(query)), query).toEqual(summary(without.search(query)));
    }
  });

  it('with a limit, skipping quotes that cannot beat the k-th best changes nothing', () => {
    const plain = createSearchIndex([transcript], { masks: false, prefilter: false });
    const { queries } = qualityQueries(transcript.quotes, { seed: 5, perQuote: 2 });
    for (const query of [...queries.map((q) => q.query), 't', 'th', 'the', 'we', 'russia', 'putin the', 'sanctions ukraine']) {
      const all = summary(plain.search(query));
      for (const limit of [1, 2, 5, 20]) expect(summary(withMasks.search(query, { limit })), `${query} ${limit}`).toEqual(all.slice(0, limit));
    }
  });

  it('falls back to looking words up for a query of more than 31 words', () => {
    const long = transcript.quotes.find((q) => q.text.split(/\s+/).length > 40)!.text;
    expect(summary(withMasks.search(long, { limit: 5 }))).toEqual(summary(without.search(long, { limit: 5 })));
    expect(withMasks.search(long, { limit: 1 })[0].doc.quote.id).toBe(transcript.quotes.find((q) => q.text === long)!.id);
  });
});

describe('the best k', () => {
  it('bestOf returns what sorting everything and keeping k returns', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (scores, k) => {
        const items = scores.map((_, i) => i);
        const compare = (a: number, b: number) => scores[b] - scores[a] || a - b;
        expect(bestOf(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
      }),
    );
  });

  it('a search with a limit returns the first results of the search without one', () => {
    const index = createSearchIndex([bundled()]);
    for (const query of ['the', 'tango', 'russia', 'we will', 'putin']) {
      const all = index.search(query);
      for (const limit of [1, 3, 10]) expect(index.search(query, { limit })).toEqual(all.slice(0, limit));
    }
  });
});
