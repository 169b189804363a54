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
