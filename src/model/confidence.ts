/**
 * How sure the parser is of a quote's speaker, in words. The one place the bands live: the outline's "?",
 * the reader's gutter mark and evidence view, the copied citation and the printers all ask here.
 *
 *   confidence >= 0.9        "sure"     (a label, a name with a speech verb next to the quote)
 *   0.7 <= confidence < 0.9  "likely"   (a role noun or pronoun resolved, a body, a cue further away)
 *   confidence < 0.7         "a guess"  (the previous sentence's subject, an opinion verb, nobody named)
 */
import type { Quote } from './transcript.js';

export type ConfidenceBand = 'sure' | 'likely' | 'a guess';

/** Lowest confidence of each band, highest band first. */
export const CONFIDENCE_BANDS: readonly { band: ConfidenceBand; from: number }[] = [
  { band: 'sure', from: 0.9 },
  { band: 'likely', from: 0.7 },
  { band: 'a guess', from: -Infinity },
];

/** Below this the attribution is a guess, and parley marks it as uncertain wherever it shows the quote. */
export const LOW_CONFIDENCE = 0.7;

export function confidenceBand(confidence: number): ConfidenceBand {
  return (CONFIDENCE_BANDS.find((b) => confidence >= b.from) ?? CONFIDENCE_BANDS[CONFIDENCE_BANDS.length - 1]).band;
}

/** A quote whose speaker nobody should cite without checking: nobody named, or the parser guessed. */
export function isUncertain(quote: Pick<Quote, 'speaker' | 'confidence'>): boolean {
  return quote.speaker === null || !(quote.confidence >= LOW_CONFIDENCE);
}
