/**
 * How a quote is worded when parley hands it to someone (the `y` clipboard, `quotes --markdown`, the text
 * printers): words said verbatim in quotation marks, reported speech never. Reported speech is the
 * journalist's paraphrase, so it is introduced as such (`Aleksandr Lukashenko said (reported speech) that
 * economic performance …`) and cannot be pasted as a quotation by mistake.
 */
import { isUncertain } from './confidence.js';
import type { Quote } from './transcript.js';

export const REPORTED_SPEECH = '(reported speech)';
export const UNCERTAIN = '(attribution uncertain)';
/** Who said it, when the parser could not name anyone. */
export const UNATTRIBUTED = 'Unattributed';

/** The speaker as cited: the name (or "Unattributed"), marked when the attribution is uncertain. */
export function citedSpeaker(quote: Pick<Quote, 'speaker' | 'confidence'>, name: string | null): string {
  const who = quote.speaker === null || !name ? UNATTRIBUTED : name;
  return isUncertain(quote) ? `${who} ${UNCERTAIN}` : who;
}

/**
 * The quote's words as they may be cited: `“…”` for direct quotes and turns; for reported speech a
 * sentence that says whose paraphrase it is, without quotation marks.
 */
export function quoteWording(quote: Pick<Quote, 'kind'>, text: string, name: string | null): string {
  if (quote.kind !== 'indirect') return `“${text}”`;
  const who = name ?? 'Someone';
  const end = /[.!?…]["'”’)]*$/.test(text) ? '' : '.';
  return `${who} said ${REPORTED_SPEECH} that ${text}${end}`;
}
