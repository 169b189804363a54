/** Sentence boundaries in a paragraph, treating quoted spans as unbreakable. */
import { SPEECH_VERBS } from './lexicon.js';
import { isSpaceCode } from './chars.js';
import type { QuoteSpan } from './quote-marks.js';

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Hon|Rev|Fr|Capt|Maj|Cllr|Amb|Sec|Pres|Insp|Supt|Det|No|Vol|vs|etc|approx|i\.e|e\.g|U\.S|U\.K|U\.N)|\b\p{Lu})\.$/u;

const NAME_THEN_WORD = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(\p{Ll}+)/u;

/** A name of up to four capitalised words and then a speech verb: the cue of the quote before it. */
function cueFollows(text: string, at: number): boolean {
  const m = NAME_THEN_WORD.exec(text.slice(at, at + 80));
  return m !== null && SPEECH_VERBS.has(m[1]);
}

/** A cue that is a whole short sentence: a name, its verb, perhaps a few words, then the stop. */
function bareCue(text: string, at: number): boolean {
  return /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Ll}+(?:\s+[^\s.!?]+){0,3}[.!?]/u.test(text.slice(at, at + 90));
}

const SENTENCE_START = /[\p{Lu}\p{N}"“«„‘'(\[]/u;

/** Can a sentence start with the character at `at` (a capital, a digit, an opening mark or bracket)? */
function startsSentence(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91;
  return SENTENCE_START.test(text[at]);
}

/** . ! ? … */
export const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** " ” » ’ ' ) ]: closing marks that may follow a stop. */
export const isClosingMark = (c: number): boolean => c === 34 || c === 0x201d || c === 0xbb || c === 0x2019 || c === 39 || c === 41 || c === 93;
/** " ” » ’ ' */
const isQuoteClose = (c: number): boolean => c === 34 || c === 0x201d || c === 0xbb || c === 0x2019 || c === 39;

/** How long a line must be for a break after it without punctuation to be a wrap, not the end of a line of its own. */
const WRAPPED_LINE = 50;

/** Is the line break at `at` inside a sentence that was wrapped? */
export function wrapsOn(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart < WRAPPED_LINE) return false;
  let last = at - 1;
  while (last > lineStart && isSpaceCode(text.charCodeAt(last))) last--;
  const c = text.charCodeAt(last);
  return !(isStop(c) || isClosingMark(c) || c === 58 || c === 59);
}

const STOP = /[.!?…"”»\n]/g;

/** [start, end) ranges covering the paragraph, one per sentence. */
export function splitSentences(text: string, spans: readonly QuoteSpan[]): [number, number][] {
  // Spans come in order and never overlap; `k` is the first that does not end before the scan.
  let k = 0;
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    STOP.lastIndex = i;
    const hit = STOP.exec(text);
    if (!hit) break;
    i = hit.index;
    while (k < spans.length && Math.min(spans[k].close, text.length) - 1 <= i) k++;
    // Inside a quote (its closing mark aside): go on from the closing mark.
    if (k < spans.length && spans[k].open <= i) {
      i = Math.min(spans[k].close, text.length) - 2;
      continue;
    }
    const ch = text[i];
    let end = -1;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      end = i + 1;
      // Closing marks that follow the stop belong to this sentence.
      while (end < text.length && isClosingMark(text.charCodeAt(end))) end++;
    } else if ((ch === '"' || ch === '”' || ch === '»') && i > 0 && isStop(text.charCodeAt(i - 1))) {
      end = i + 1;
    } else if (ch === '\n') {
      // A hard-wrapped paragraph ("…Deputy Minister for Economic\nDevelopment and Trade …") goes on over its
      // line breaks: a long line that stops without punctuation is not a sentence of its own.
      if (wrapsOn(text, i)) continue;
      end = i + 1;
    }
    if (end === -1 || end >= text.length) continue;
    // Blanks after the stop, then what starts the next sentence (scanned in place, nothing copied).
    let next = end;
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
    if (next === end && ch !== '\n') continue;
    if (ch !== '\n' && !startsSentence(text, next)) continue;
    // `"And the hospitals?" Mikhail Dorn asked.`: a quote's own stop does not end the sentence its cue is in.
    // After a full stop inside the quote, only a bare cue (`…Gaza." Putin said.`) belongs to it: `…Gaza." The
    // White House announced that …` is a sentence of its own.
    const stop = isStop(ch.charCodeAt(0)) ? ch : text[i - 1];
    if (ch !== '\n' && isQuoteClose(text.charCodeAt(end - 1)) && cueFollows(text, next) && (stop !== '.' || bareCue(text, next))) continue;
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    out.push([start, end]);
    start = next;
    i = start - 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
