/**
 * Sections: headings and `* * *` separators start them; in articles, so do turns of the event in prose
 * (the press part) and a change of who is speaking. Titles are ones a reader recognises:
 * "Opening remarks — Lukashenko", "Putin on economy and sanctions", "Press Q&A".
 */
import { STOPWORDS } from './lexicon.js';

export interface SectionDraft {
  title: string | null;
  first: number;
  last: number;
  /** Why it starts: a heading's text, a separator, the press part, or a change of speaker. */
  reason: 'start' | 'heading' | 'separator' | 'press' | 'speaker';
}

export interface ParagraphFacts {
  text: string;
  /** Speaker keys of the paragraph's quotes, in order. */
  speakers: number[];
  /** A heading that came right before this paragraph, if any. */
  heading: string | null;
  /** A separator (`* * *`) came right before this paragraph. */
  separatorBefore: boolean;
  isTurn: boolean;
}

const PRESS_TURN =
  /\b(?:(?:talked|spoke|speaking|talking|answered|answering)\s+(?:to|with|questions? (?:from|of))\s+(?:the\s+)?(?:reporters|journalists|the press|media|press)|press (?:conference|briefing|approach)|journalists? (?:also\s+)?asked|reporters? (?:also\s+)?asked|questions? from (?:the\s+)?(?:journalists|reporters|media|press))\b/i;

export function isPressTurn(text: string): boolean {
  return PRESS_TURN.test(text);
}

/** Splits paragraphs into sections; titles of speaker sections are filled in by titleSections. */
export function splitSections(paragraphs: ParagraphFacts[], options: { bySpeaker: boolean }): SectionDraft[] {
  const sections: SectionDraft[] = [];
  let current: SectionDraft | null = null;
  let pressStarted = false;
  let runSpeaker: number | null = null;
  const dominant = paragraphs.map((p) => (p.speakers.length ? mode(p.speakers) : null));
  paragraphs.forEach((p, i) => {
    let reason: SectionDraft['reason'] | null = null;
    let title: string | null = null;
    if (p.heading) {
      reason = 'heading';
      title = p.heading;
    } else if (p.separatorBefore) reason = 'separator';
    else if (!pressStarted && !p.isTurn && isPressTurn(p.text)) {
      reason = 'press';
      title = 'Press Q&A';
    } else if (options.bySpeaker && !pressStarted && !p.isTurn && current && current.reason !== 'heading') {
      // A new speaker takes over in an article: their run starts a section once it lasts two paragraphs.
      const next = dominant[i] ?? nextDominant(dominant, i);
      if (next !== null && runSpeaker !== null && next !== runSpeaker && sameRun(dominant, i, next)) reason = 'speaker';
    }
    if (reason === 'press') pressStarted = true;
    if (!current || reason) {
      current = { title, first: i, last: i, reason: reason ?? 'start' };
      sections.push(current);
      runSpeaker = null;
    } else current.last = i;
    if (dominant[i] !== null) runSpeaker ??= dominant[i];
  });
  return sections;
}

function nextDominant(dominant: (number | null)[], i: number): number | null {
  for (let j = i; j < dominant.length; j++) if (dominant[j] !== null) return dominant[j];
  return null;
}

/** The next two paragraphs that have a speaker both belong to `speaker`. */
function sameRun(dominant: (number | null)[], i: number, speaker: number): boolean {
  let seen = 0;
  for (let j = i; j < dominant.length && seen < 2; j++) {
    if (dominant[j] === null) continue;
    if (dominant[j] !== speaker) return false;
    seen++;
  }
  return seen >= 2;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** Words that make a section distinct from the rest of the text, most telling first. */
/** Roughly singular: "sanctions" → "sanction", "competencies" → "competency", "process" stays. */
function stem(raw: string): string {
  const w = raw.toLowerCase();
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Lower-case words of four letters or more (names, which start with a capital, are left out). */
const CONTENT_WORD = /(?<![A-Za-z\u00C0-\u024F-])[a-z\u00DF-\u00FF][A-Za-z\u00C0-\u024F-]{3,}/g;

/** Counts of the content words of a text (lower-case, roughly singular, no names or stop words). */
export function contentWordCounts(text: string, exclude: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  CONTENT_WORD.lastIndex = 0;
  for (let m = CONTENT_WORD.exec(text); m; m = CONTENT_WORD.exec(text)) {
    const word = stem(m[0]);
    if (STOPWORDS.has(word) || exclude.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

export function sectionKeywords(sectionText: string, here: Map<string, number>, all: Map<string, number>): string[] {
  // Words the text names as topics ("Speaking about X", "remarks about the sanctions") weigh more.
  const topics = new Set<string>();
  for (const m of sectionText.matchAll(/\b(?:about|regarding|concerning|on the (?:topic|issue|subject) of|discuss(?:ed|ing)?)\s+((?:[A-Za-z-]+\s+){0,4}[A-Za-z-]+)/gi))
    // Adjectives ("trilateral cooperation") name no topic; their endings give most of them away.
    for (const w of m[1].split(/\s+/)) if (!/(?:al|ic|ive|ous|ful|less|able|ible|ary|ern)$/i.test(w)) topics.add(stem(w));
  const scored = [...here].map(([word, n]) => ({ word, score: ((n * n) / (all.get(word) ?? n) + n * 0.1) * (topics.has(word) ? 3 : 1) }));
  scored.sort((a, b) => b.score - a.score || a.word.localeCompare(b.word));
  const strong = scored.filter((s) => here.get(s.word)! >= 2 || topics.has(s.word));
  return (strong.length ? strong : scored).slice(0, 2).map((s) => s.word);
}
