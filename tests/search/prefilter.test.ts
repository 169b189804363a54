import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
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
