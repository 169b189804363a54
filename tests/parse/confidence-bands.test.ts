import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_BANDS } from '../../src/model/confidence.js';
import { parseTranscript } from '../../src/parse/index.js';
// @ts-expect-error: a plain ES module shared with the `npm run devset` script.
import { scoreDevset } from '../../scripts/devset/score-lib.mjs';

// The README and `parley parse` say what share of each confidence band was right on the development set.
// This keeps them true: it measures the bands again (the development set is scored, never tuned on here).
describe('confidence bands', () => {
  const dirs = ['articles', 'transcripts'].map((d) => fileURLToPath(new URL(`../../scripts/devset/${d}`, import.meta.url)));
  const { bands } = scoreDevset(dirs, parseTranscript) as { bands: { from: number; to: number; right: number; wrong: number }[] };

  for (const band of CONFIDENCE_BANDS) {
    it(`"${band.name}" (confidence ≥ ${band.min}) was right ${Math.round(band.measured * 100)}% of the time, as documented`, () => {
      const above = Math.min(...CONFIDENCE_BANDS.filter((x) => x.min > band.min).map((x) => x.min));
      const inBand = bands.filter((b) => b.from >= band.min && b.from < above);
      const right = inBand.reduce((n, b) => n + b.right, 0);
      const total = inBand.reduce((n, b) => n + b.right + b.wrong, 0);
      expect(total).toBeGreaterThan(0);
      expect(Math.abs(right / total - band.measured)).toBeLessThan(0.03);
    });
  }

  it('orders the bands: a higher band is right more often', () => {
    const measured = CONFIDENCE_BANDS.map((b) => b.measured);
    expect([...measured].sort((a, b) => b - a)).toEqual(measured);
  });
});

describe('the development measure', () => {
  it('matches the nth gold entry with the same words to the nth quote holding them ("Hello." from both sides)', async () => {
    // @ts-expect-error: a plain ES module shared with the `npm run devset` script.
    const { findQuote } = await import('../../scripts/devset/score-lib.mjs');
    const t = parseTranscript(['Briefing', 'MR HALE: Hello.', 'QUESTION: Hello.', 'MR HALE: Good afternoon to you all, and welcome.'].join('\n\n'));
    const first = findQuote(t, { text: 'Hello.' }, 0);
    const second = findQuote(t, { text: 'Hello.' }, 1);
    expect(first).not.toBe(second);
    expect(t.speakers.find((s) => s.id === second.speaker)?.unnamed).toBe(true);
  });
});
