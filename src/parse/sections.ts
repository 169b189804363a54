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

/** Every press turn names reporters, journalists, the press or the media: a cheap test rules most text out. */
const PRESS_WORD = /[Rr]eport|[Jj]ournalist|[Pp]ress|[Mm]edia|REPORT|JOURNALIST|PRESS|MEDIA/;

export function isPressTurn(text: string): boolean {
  return PRESS_WORD.test(text) && PRESS_TURN.test(text);
}

/** Splits paragraphs into sections; titles of speaker sections are filled in by titleSections. */
export function splitSections(paragraphs: ParagraphFacts[], options: { bySpeaker: boolean }): SectionDraft[] {
  const sections: SectionDraft[] = [];
  let current: SectionDraft | null = null;
  let pressStarted = false;
  let runSpeaker: number | null = null;
  const dominant = paragraphs.map((p) => (p.speakers.length ? mode(p.speakers) : null));
  // next[i]: the first paragraph at or after i that has a speaker (dominant.length if none), found in one
  // backward pass, so looking ahead costs nothing however many paragraphs have no speaker.
  // A plain array: a typed array costs more to make than this short loop does to fill.
  const next: number[] = new Array<number>(dominant.length + 1);
  next[dominant.length] = dominant.length;
  for (let j = dominant.length - 1; j >= 0; j--) next[j] = dominant[j] !== null ? j : next[j + 1];
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
      const first = next[i];
      const speaker = first < dominant.length ? dominant[first] : null;
      // The next two paragraphs that have a speaker both belong to the new one.
      const second = first < dominant.length ? next[first + 1] : dominant.length;
      const run = speaker !== null && second < dominant.length && dominant[second] === speaker;
      if (speaker !== null && runSpeaker !== null && speaker !== runSpeaker && run) reason = 'speaker';
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

/** Roughly singular: "sanctions" → "sanction", "competencies" → "competency", "process" stays. */
function stem(raw: string): string {
  const w = hasUpper(raw) ? raw.toLowerCase() : raw;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Gives a word its vocabulary id (-1 for a stop word). */
function learnWord(word: string): number {
  const id = STOPWORDS.has(word) ? -1 : vocabularySize++;
  vocabulary.set(word, id);
  if (id >= seenBy.length) {
    const grownSeen = new Int32Array(seenBy.length * 2);
    grownSeen.set(seenBy);
    seenBy = grownSeen;
    const grownSlot = new Int32Array(slotIn.length * 2);
    grownSlot.set(slotIn);
    slotIn = grownSlot;
  }
  return id;
}

/** stem(text.slice(from, to)) for a word already in lower case. */
function plainStem(text: string, from: number, to: number): string {
  if (text.charCodeAt(to - 1) !== 115) return text.slice(from, to);
  const before = text.charCodeAt(to - 2);
  if (before === 101 && text.charCodeAt(to - 3) === 105) return `${text.slice(from, to - 3)}y`;
  return before === 115 ? text.slice(from, to) : text.slice(from, to - 1);
}

/** Letters of a word as CONTENT words see them: Latin letters, Latin-1 and Latin Extended letters, hyphens. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || (c >= 0xc0 && c <= 0x24f);
}

/**
 * Content words of the sections titled by their topic ("Putin on economy and …"), counted in one table:
 * lower-case, roughly singular, no names or stop words. A content word is a whole run of word letters, four or
 * more, that starts in lower case (names start with a capital). Whether a word is a stop word or a name is
 * decided the first time it is seen.
 */
/**
 * Every content word met so far, across documents (bounded): word → vocabulary id, or -1 for a stop word.
 * A document then finds its words in one look-up each, and keeps its own counts in plain arrays.
 */
const vocabulary = new Map<string, number>();
let vocabularySize = 0;
/** By vocabulary id: the SectionWords (by stamp) that last saw the word, and the word's slot there (-1: a name). */
let seenBy = new Int32Array(4096);
let slotIn = new Int32Array(4096);
let stamps = 0;

/** Words a text names as its topics: "Speaking about X", "remarks about the sanctions". */
const TOPIC_AFTER = /\b(?:about|regarding|concerning|on the (?:topic|issue|subject) of|discuss(?:ed|ing)?)\s+((?:[A-Za-z-]+\s+){0,4}[A-Za-z-]+)/gi;
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ful|less|able|ible|ary|ern)$/i;

export class SectionWords {
  /** This document's words, by slot. */
  private readonly words: string[] = [];
  /** counts[slot * sections + section]. */
  private readonly counts: number[] = [];
  private readonly stamp: number;

  constructor(
    private readonly sections: number,
    private readonly exclude: Set<string>,
  ) {
    if (vocabulary.size > 200_000 || stamps >= 0x7fffffff) {
      vocabulary.clear();
      vocabularySize = 0;
      seenBy.fill(0);
      stamps = 0;
    }
    this.stamp = ++stamps;
  }

  count(text: string, section: number): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      const start = i;
      let plain = true;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!isWordChar(d)) break;
        if (d < 97 ? d !== 45 : d > 122) plain = false;
      }
      if (i - start < 4 || !((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff))) continue;
      // A word of lower-case ASCII letters and hyphens is stemmed in place, with one string made.
      const word = plain ? plainStem(text, start, i) : stem(text.slice(start, i));
      let id = vocabulary.get(word);
      if (id === undefined) id = learnWord(word);
      if (id === -1) continue;
      let slot: number;
      if (seenBy[id] === this.stamp) slot = slotIn[id];
      else {
        // First time in this document: a name's words are never counted.
        slot = this.exclude.has(word) ? -1 : this.words.length;
        if (slot !== -1) {
          this.words.push(word);
          for (let k = 0; k < this.sections; k++) this.counts.push(0);
        }
        seenBy[id] = this.stamp;
        slotIn[id] = slot;
      }
      if (slot !== -1) this.counts[slot * this.sections + section]++;
    }
  }

  private total(id: number): number {
    let n = 0;
    for (let k = 0; k < this.sections; k++) n += this.counts[id * this.sections + k];
    return n;
  }

  /** The words that make a section distinct from the other sections counted, most telling first (at most two). */
  keywords(sectionText: string, section: number): string[] {
    // Words the text names as topics ("Speaking about X", "remarks about the sanctions") weigh more.
    const topics = new Set<string>();
    TOPIC_AFTER.lastIndex = 0;
    for (let m = TOPIC_AFTER.exec(sectionText); m; m = TOPIC_AFTER.exec(sectionText))
      // Adjectives ("trilateral cooperation") name no topic; their endings give most of them away.
      for (const w of m[1].split(/\s+/)) if (!ADJECTIVE_ENDING.test(w)) topics.add(stem(w));
    const { counts, sections, words } = this;
    const here = (id: number): number => counts[id * sections + section];
    // Words said twice or named as topics, when there are any; only those few need scoring and ordering.
    let pool: number[] = [];
    for (let id = 0, at = section; id < words.length; id++, at += sections) {
      const n = counts[at];
      if (n >= 2 || (n > 0 && topics.size > 0 && topics.has(words[id]))) pool.push(id);
    }
    if (!pool.length) for (let id = 0, at = section; id < words.length; id++, at += sections) if (counts[at] > 0) pool.push(id);
    const scored = pool.map((id) => {
      const n = here(id);
      const word = this.words[id];
      return { word, score: ((n * n) / this.total(id) + n * 0.1) * (topics.has(word) ? 3 : 1) };
    });
    // Ties go to the word first in code-unit order: stable across machines and cheap (no locale tables).
    scored.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    return scored.slice(0, 2).map((s) => s.word);
  }
}
