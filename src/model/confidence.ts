/**
 * What a quote's confidence means. The parser gives each rule a confidence by how often rules of its kind
 * were right on the development set (scripts/devset, `npm run devset`); these bands are what parley shows and
 * documents. The measured share right is kept here so `parley parse` can say it, and a test holds it to
 * the development set (tests/parse/confidence-bands.test.ts): change the parser, re-measure, update.
 */
export interface ConfidenceBand {
  name: 'sure' | 'likely' | 'guess';
  /** Lowest confidence in the band. */
  min: number;
  /** Share of attributed quotes in the band that named the right speaker on the development set, 0..1. */
  measured: number;
  /** How the outline marks quotes of the band. */
  flag: ' ' | '~' | '?';
}

export const CONFIDENCE_BANDS: readonly ConfidenceBand[] = [
  { name: 'sure', min: 0.9, measured: 0.971, flag: ' ' },
  { name: 'likely', min: 0.7, measured: 0.923, flag: '~' },
  { name: 'guess', min: 0, measured: 0.4, flag: '?' },
];

export function confidenceBand(confidence: number): ConfidenceBand {
  return CONFIDENCE_BANDS.find((b) => confidence >= b.min) ?? CONFIDENCE_BANDS[CONFIDENCE_BANDS.length - 1];
}
