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

function hasUpper(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 0xc0) return true;
  }
  return false;
}

/** Words that make a section distinct from the rest of the text, most telling first. */
/** Roughly singular: "sanctions" → "sanction", "competencies" → "competency", "process" stays. */
function stem(raw: string): string {
  const w = hasUpper(raw) ? raw.toLowerCase() : raw;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Letters of a word as CONTENT words see them: Latin letters, Latin-1 and Latin Extended letters, hyphens. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || (c >= 0xc0 && c <= 0x24f);
}

/**
 * Counts of the content words of a text: lower-case, roughly singular, no names or stop words. A content word
 * is a whole run of word letters, four or more, that starts in lower case (names start with a capital).
 * `total`, when given, is counted up as well: the counts over several texts.
 */
export function contentWordCounts(text: string, exclude: Set<string>, total?: Map<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (i - start < 4 || !((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff))) continue;
    const word = stem(text.slice(start, i));
    if (STOPWORDS.has(word) || exclude.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    total?.set(word, (total.get(word) ?? 0) + 1);
  }
  return counts;
}

export function sectionKeywords(sectionText: string, here: Map<string, number>, all: Map<string, number>): string[] {
  // Words the text names as topics ("Speaking about X", "remarks about the sanctions") weigh more.
  const topics = new Set<string>();
  for (const m of sectionText.matchAll(/\b(?:about|regarding|concerning|on the (?:topic|issue|subject) of|discuss(?:ed|ing)?)\s+((?:[A-Za-z-]+\s+){0,4}[A-Za-z-]+)/gi))
    // Adjectives ("trilateral cooperation") name no topic; their endings give most of them away.
    for (const w of m[1].split(/\s+/)) if (!/(?:al|ic|ive|ous|ful|less|able|ible|ary|ern)$/i.test(w)) topics.add(stem(w));
  // Words said twice or named as topics, when there are any; only those few need scoring and ordering.
  let pool: string[] = [];
  for (const [word, n] of here) if (n >= 2 || topics.has(word)) pool.push(word);
  if (!pool.length) pool = [...here.keys()];
  const scored = pool.map((word) => {
    const n = here.get(word)!;
    return { word, score: ((n * n) / (all.get(word) ?? n) + n * 0.1) * (topics.has(word) ? 3 : 1) };
  });
  scored.sort((a, b) => b.score - a.score || a.word.localeCompare(b.word));
  return scored.slice(0, 2).map((s) => s.word);
}
