/**
 * What the TUI shows of one transcript: every string sanitised for the terminal, quotes in reading order,
 * paragraphs cut into pieces (plain text / part of a quote), and per-speaker figures for the side pane.
 * Built once per transcript; pure.
 */
import type { Quote, Speaker, Transcript } from '../model/transcript.js';
import { displayName } from '../model/display-name.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';

export interface DocQuote {
  /** Position in Doc.quotes (reading order). */
  index: number;
  quote: Quote;
  paragraphIndex: number;
  sectionIndex: number;
  /** Index in Doc.speakers, or -1 when nobody is named. */
  speakerIndex: number;
  /** Sanitised quote text. */
  text: string;
}

/** A run of a paragraph's text, sanitised, belonging to at most one quote (the innermost). */
export interface Piece {
  text: string;
  /** Index in Doc.quotes, or -1 for text outside any quote. */
  quote: number;
}

export interface DocParagraph {
  index: number;
  sectionIndex: number;
  pieces: Piece[];
  /** Indexes in Doc.quotes of the quotes in this paragraph, in order. */
  quotes: number[];
}

export interface DocSection {
  index: number;
  title: string;
  first: number;
  last: number;
}

export interface DocSpeaker {
  index: number;
  speaker: Speaker;
  name: string;
  quoteCount: number;
  words: number;
  /** Share of all quoted words, 0..1. */
  share: number;
}

export interface Doc {
  transcript: Transcript;
  title: string;
  date: string | null;
  place: string | null;
  sections: DocSection[];
  paragraphs: DocParagraph[];
  quotes: DocQuote[];
  speakers: DocSpeaker[];
  quoteIndexById: Map<string, number>;
}

const clean = (text: string) => sanitizeForTerminal(text);

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/** Cuts a paragraph at every quote boundary; each cut piece goes to the innermost quote covering it. */
function cutParagraph(text: string, quotes: { start: number; end: number; index: number }[]): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const q of quotes) {
    cuts.add(Math.max(0, Math.min(text.length, q.start)));
    cuts.add(Math.max(0, Math.min(text.length, q.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    let owner = -1;
    let ownerLength = Infinity;
    for (const q of quotes) {
      if (q.start <= from && q.end >= to && q.end - q.start < ownerLength) {
        owner = q.index;
        ownerLength = q.end - q.start;
      }
    }
    const piece = clean(text.slice(from, to));
    if (!piece) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.quote === owner) last.text += piece;
    else pieces.push({ text: piece, quote: owner });
  }
  return pieces;
}

export function buildDoc(transcript: Transcript): Doc {
  const paragraphIndexById = new Map(transcript.paragraphs.map((p, i) => [p.id, i]));
  const sectionIndexById = new Map(transcript.sections.map((s, i) => [s.id, i]));
  const speakerIndexById = new Map(transcript.speakers.map((s, i) => [s.id, i]));

  const sections: DocSection[] = transcript.sections.map((s, index) => ({
    index,
    title: clean(s.title) || `Section ${index + 1}`,
    first: s.paragraphs[0],
    last: s.paragraphs[1],
  }));
  const sectionOfParagraph = (i: number): number => {
    const bySection = sectionIndexById.get(transcript.paragraphs[i].section);
    if (bySection !== undefined) return bySection;
    const found = sections.findIndex((s) => s.first <= i && i <= s.last);
    return found;
  };

  const ordered = transcript.quotes
    .filter((q) => paragraphIndexById.has(q.paragraph))
    .map((quote) => ({ quote, paragraphIndex: paragraphIndexById.get(quote.paragraph)! }))
    .sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.quote.start - b.quote.start || b.quote.end - a.quote.end);

  const quotes: DocQuote[] = ordered.map(({ quote, paragraphIndex }, index) => ({
    index,
    quote,
    paragraphIndex,
    sectionIndex: sectionOfParagraph(paragraphIndex),
    speakerIndex: quote.speaker === null ? -1 : (speakerIndexById.get(quote.speaker) ?? -1),
    text: clean(quote.text),
  }));

  const quotesByParagraph = new Map<number, number[]>();
  for (const q of quotes) {
    const list = quotesByParagraph.get(q.paragraphIndex) ?? [];
    list.push(q.index);
    quotesByParagraph.set(q.paragraphIndex, list);
  }

  const paragraphs: DocParagraph[] = transcript.paragraphs.map((p, index) => {
    const own = quotesByParagraph.get(index) ?? [];
    return {
      index,
      sectionIndex: sectionOfParagraph(index),
      quotes: own,
      pieces: cutParagraph(
        p.text,
        own.map((qi) => ({ start: quotes[qi].quote.start, end: quotes[qi].quote.end, index: qi })),
      ),
    };
  });

  const words = transcript.speakers.map(() => 0);
  const counts = transcript.speakers.map(() => 0);
  let totalWords = 0;
  for (const q of quotes) {
    const n = countWords(q.quote.text);
    totalWords += n;
    if (q.speakerIndex >= 0) {
      words[q.speakerIndex] += n;
      counts[q.speakerIndex] += 1;
    }
  }
  const speakers: DocSpeaker[] = transcript.speakers.map((speaker, index) => ({
    index,
    speaker,
    // Shown without a raw label's parentheses (`Edward Miliband (Doncaster North) (Lab)`).
    name: clean(displayName(speaker.name)) || speaker.id,
    quoteCount: counts[index],
    words: words[index],
    share: totalWords ? words[index] / totalWords : 0,
  }));

  return {
    transcript,
    title: clean(transcript.title) || 'Untitled transcript',
    date: transcript.date === null ? null : clean(transcript.date),
    place: transcript.place === null ? null : clean(transcript.place),
    sections,
    paragraphs,
    quotes,
    speakers,
    quoteIndexById: new Map(quotes.map((q) => [q.quote.id, q.index])),
  };
}

const docs = new WeakMap<Transcript, Doc>();

/** buildDoc, once per transcript object (the first frame and the app share it). */
export function docFor(transcript: Transcript): Doc {
  let doc = docs.get(transcript);
  if (!doc) {
    doc = buildDoc(transcript);
    docs.set(transcript, doc);
  }
  return doc;
}

/** A short name for narrow gutters: surname-ish last word, or initials. */
export function shortName(name: string, width: number): string {
  if (name.length <= width) return name;
  const parts = name.split(/\s+/).filter(Boolean);
  const last = parts[parts.length - 1] ?? name;
  if (last.length <= width) return last;
  const initials = parts.map((p) => p[0]).join('');
  if (initials.length <= width && parts.length > 1) return initials;
  return last.slice(0, Math.max(1, width - 1)) + '…';
}
