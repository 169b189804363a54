/**
 * How sure the parser is of a quote's speaker, in words: the one place the bands live. The outline's flags,
 * the reader's gutter mark and evidence view, the copied citation and the printers all ask here.
 *
 * The parser gives each rule a confidence by how often rules of its kind were right on the development set
 * (scripts/devset, `npm run devset`). The measured share right is kept here so `parley parse` can say it, and
 * a test holds it to the development set (tests/parse/confidence-bands.test.ts): change the parser,
 * re-measure, update.
 *
 *   confidence >= 0.9        "sure"     (a label, a name with a speech verb next to the quote)
 *   0.7 <= confidence < 0.9  "likely"   (a role noun or pronoun resolved, a body, a cue further away)
 *   confidence < 0.7         "a guess"  (the previous sentence's subject, an opinion verb, nobody named)
 */
import type { Quote } from './transcript.js';

export type ConfidenceBandName = 'sure' | 'likely' | 'a guess';

export interface ConfidenceBand {
  name: ConfidenceBandName;
  /** Lowest confidence in the band. */
  min: number;
  /** Share of attributed quotes in the band that named the right speaker on the development set, 0..1. */
  measured: number;
  /** How the outline marks quotes of the band. */
  flag: ' ' | '~' | '?';
}

/** Highest band first. */
export const CONFIDENCE_BANDS: readonly ConfidenceBand[] = [
  { name: 'sure', min: 0.9, measured: 1.0, flag: ' ' },
  { name: 'likely', min: 0.7, measured: 0.94, flag: '~' },
  { name: 'a guess', min: 0, measured: 0.5, flag: '?' },
];

/** Below this the attribution is a guess, and parley marks it as uncertain wherever it shows the quote. */
export const LOW_CONFIDENCE = 0.7;

export function confidenceBand(confidence: number): ConfidenceBand {
  return CONFIDENCE_BANDS.find((b) => confidence >= b.min) ?? CONFIDENCE_BANDS[CONFIDENCE_BANDS.length - 1];
}

/** A quote whose speaker nobody should cite without checking: nobody named, or the parser guessed. */
export function isUncertain(quote: Pick<Quote, 'speaker' | 'confidence'>): boolean {
  return quote.speaker === null || !(quote.confidence >= LOW_CONFIDENCE);
}
