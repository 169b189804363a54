/**
 * The transcript model: the one contract shared by the parser, the loader, search, the CLI and the TUI.
 * Version 1. Fields may be added, never renamed. See README.md ("The JSON format").
 */

export const MODEL_VERSION = 1 as const;

export type QuoteKind = 'direct' | 'indirect' | 'turn';

export interface Speaker {
  id: string;
  name: string;
  role: string | null;
  aliases: string[];
  /** True for generic speakers such as "Reporter" or "Speaker 1": nobody's personal name. */
  unnamed?: boolean;
  /**
   * In a library: one id for the same person across transcripts ("Aleksandr Lukashenko",
   * "Alexander Lukashenko" and "A. Lukashenko" share it). Set by the library loader, not by the parser.
   */
  person?: string;
}

export interface Section {
  id: string;
  title: string;
  /** Indexes of the first and last paragraph of the section (inclusive). */
  paragraphs: [number, number];
}

export interface Paragraph {
  id: string;
  section: string;
  text: string;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  speaker: string | null;
  paragraph: string;
  text: string;
  /** Offsets in the paragraph's text: paragraph.text.slice(start, end) === text. */
  start: number;
  end: number;
  /** Which attribution rule decided the speaker (null when nobody could be named). */
  cue: string | null;
  /** 0..1: how sure that rule is. */
  confidence: number;
  /** Offsets (in the quote's text) of [editorial insertions] kept in the text. */
  insertions?: [number, number][];
  /**
   * Offsets in the paragraph's text of the words that decided the speaker: the label, or the cue (`the
   * Belarusian leader said`, `he noted`, `According to the minister`). Absent when no words in this
   * paragraph decided it (a turn continued from an earlier paragraph, the previous sentence's subject).
   */
  evidence?: [number, number];
}

export interface Transcript {
  version: typeof MODEL_VERSION;
  title: string;
  date: string | null;
  place: string | null;
  source: string | null;
  speakers: Speaker[];
  sections: Section[];
  paragraphs: Paragraph[];
  quotes: Quote[];
}
