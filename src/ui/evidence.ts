/**
 * What the evidence view (`i` on a quote) says: who, by which attribution rule (in words), the words in the
 * text that decided it (highlighted in their paragraph) and how sure the parser is. Pure data; the
 * EvidencePanel component draws it.
 */
import { confidenceBand, isUncertain, type ConfidenceBandName } from '../model/confidence.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import type { Doc } from './document.js';
import type { Fragment } from './wrap.js';

/**
 * Each cue the parser records (src/parse/attribute.ts, src/parse/index.ts) as a sentence. A cue missing
 * here is shown by its name.
 */
export const CUE_RULES: Readonly<Record<string, string>> = {
  label: 'A speaker label opens the turn (“PUTIN:”, “Question:”).',
  'turn-continuation': 'The turn goes on from a speaker label in an earlier paragraph.',
  'quote-then-cue': 'A speech verb and its subject follow the quote (“…,” the Belarusian leader said).',
  'cue-then-quote': 'A speech verb and its subject come just before the quote (Putin said: “…”).',
  'governed-quote': 'The quote is what a verb earlier in the sentence is about; that verb’s subject is the speaker (the minister called the plan “…”).',
  'split-quote': 'The second half of a quote split around its cue (“…,” he said, “…”): the same speaker as the first half.',
  'quote-line': 'A “Quote:” line, the speaker named on it or on the “Source:” line before it.',
  continuation: 'A quotation left open at the end of the previous paragraph goes on here: the same speaker.',
  'previous-subject': 'No cue in the sentence: the person the previous sentence was about.',
  'media-report': 'A news medium reports the words without naming who said them: the speaker is unknown.',
  'quoted-by-media': 'A news medium reports the words of the person it names (“…,” Putin told TASS).',
  'document-cue': 'A document’s words (“…,” the resolution reads), named as the text names it.',
  'unnamed-person': 'Somebody the text does not name speaks (“…,” a resident said).',
  'organisation-cue': 'A body, not a person, speaks (“…,” the Kremlin said).',
  'only-person': 'No cue: the only person named in the paragraph.',
  'nearest-cue': 'The nearest speech verb elsewhere in the sentence, and its subject.',
  'subject-colon': 'The only subject of the sentence, before a colon that introduces the quote.',
  'according-to': '“According to …” names whose words the sentence reports.',
  'in-their-words': '“In his (her, their) words” reports the words of the person just named.',
  'indirect-that': 'Reported speech: a speech or opinion verb followed by “that”; the verb’s subject is the speaker.',
  'indirect-said': 'Reported speech: a speech verb followed by what was said, without “that”; the verb’s subject is the speaker.',
  'announced-speech': 'The page says whose words follow (“The following is a transcript of … by …”, “Remarks of …, as prepared for delivery”) and gives them without labels.',
  'self-introduction': 'The speaker says who they are (“I’m Kelly Marsh.”, “Dilnoza Karimova, Tashkent Daily.”) where the copy has no label naming them.',
  'unknown-role': 'A role nobody in the text is given speaks (“…,” the President said): nobody can be named.',
  'possessive-quote': 'The words are somebody’s by a possessive just before them (Biden’s “killer” remarks).',
};

export function cueRule(cue: string | null): string {
  if (cue === null) return 'No rule named a speaker.';
  return CUE_RULES[cue] ?? `The parser’s rule “${sanitizeForTerminal(cue)}”.`;
}

/** Tags of the context fragments. */
export const PLAIN = 0;
export const QUOTE = 1;
export const EVIDENCE = 2;

export interface Evidence {
  speaker: string;
  kind: 'direct' | 'indirect' | 'turn';
  cue: string | null;
  rule: string;
  confidence: number;
  band: ConfidenceBandName;
  uncertain: boolean;
  /** 1-based, as everywhere parley shows paragraph numbers. */
  paragraphNumber: number;
  /** The words that decided (sanitised), or null when none in this paragraph did. */
  words: string | null;
  /**
   * True when those words do not name the speaker (`he said`, `the Belarusian leader said`): a pronoun or
   * role noun the parser resolved to the speaker, which the view then shows as `“he said” → Vladimir Putin`.
   */
  resolved: boolean;
  /** The paragraph around the quote and its evidence: plain text, the quote, the deciding words. */
  context: Fragment[];
}

/** How much of the paragraph, before and after the quote and its evidence, the context keeps. */
const AROUND = 160;

export function evidenceFor(doc: Doc, quoteIndex: number): Evidence | null {
  const q = doc.quotes[quoteIndex];
  if (!q) return null;
  const paragraph = doc.transcript.paragraphs[q.paragraphIndex];
  const text = paragraph?.text ?? '';
  const { start, end, evidence } = q.quote;
  const valid = evidence && evidence[0] >= 0 && evidence[1] <= text.length && evidence[0] < evidence[1] ? evidence : null;

  // Each character's tag: the evidence wins over the quote (a label can sit inside a turn's span).
  const from = Math.max(0, Math.min(start, valid?.[0] ?? start) - AROUND);
  const to = Math.min(text.length, Math.max(end, valid?.[1] ?? end) + AROUND);
  const tagAt = (i: number) => (valid && i >= valid[0] && i < valid[1] ? EVIDENCE : i >= start && i < end ? QUOTE : PLAIN);
  const context: Fragment[] = [];
  if (from > 0) context.push({ text: '…', tag: PLAIN });
  let runStart = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && tagAt(i) === tagAt(runStart)) continue;
    const piece = sanitizeForTerminal(text.slice(runStart, i));
    const last = context[context.length - 1];
    if (piece && last && last.tag === tagAt(runStart)) last.text += piece;
    else if (piece) context.push({ text: piece, tag: tagAt(runStart) });
    runStart = i;
  }
  if (to < text.length) context.push({ text: '…', tag: PLAIN });

  const speaker = q.speakerIndex >= 0 ? doc.speakers[q.speakerIndex].name : null;
  const words = valid ? sanitizeForTerminal(text.slice(valid[0], valid[1])) : null;
  const nameWords = (speaker ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 2);
  const resolved = !!words && speaker !== null && !nameWords.some((w) => words.toLowerCase().includes(w));

  return {
    speaker: speaker ?? 'nobody named',
    kind: q.quote.kind,
    cue: q.quote.cue === null ? null : sanitizeForTerminal(q.quote.cue),
    rule: cueRule(q.quote.cue),
    confidence: q.quote.confidence,
    band: confidenceBand(q.quote.confidence).name,
    uncertain: isUncertain(q.quote),
    paragraphNumber: q.paragraphIndex + 1,
    words,
    resolved,
    context,
  };
}
