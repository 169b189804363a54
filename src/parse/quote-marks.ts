/**
 * Finding quoted spans in a paragraph: straight and curly double quotes, «guillemets», „low-high“ quotes,
 * '' (two apostrophes), and single ‘…’ quotes used as the outer mark. Mismatched pairs ("… scenario.”)
 * close each other; quotes nested inside quotes stay inside; apostrophes (there’s, leaders' talks) are
 * never marks. A quote still open at the end of the paragraph runs to its end.
 */

import { isSpaceCode } from './chars.js';
import { wrapsOn } from './sentences.js';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (the paragraph's length when unclosed). */
  close: number;
  /** The quoted text, without marks and surrounding blanks: [start, end). */
  start: number;
  end: number;
  closed: boolean;
}

const DOUBLE_OPENERS = new Set(['"', '“', '„', '«', '‟']);
const DOUBLE_CLOSERS = new Set(['"', '”', '»', '“']);
const LETTER = /[\p{L}\p{N}]/u;
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}
/** Characters that can open or close a quote: everything else is skipped in one jump. */
const MARK = /["“”„«»‟‘’']/g;
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.exec(text)?.index ?? -1;
}
const isSpaceOrStart = (ch: string | undefined): boolean => ch === undefined || /[\s([{—–-]/.test(ch);

function trimSpan(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** A single curly quote ‘ used as the outer mark: it needs a closing ’ that is not an apostrophe. */
function findSingleClose(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '’' && !isLetter(text[i + 1])) return i;
    if (ch === '\n') return -1;
  }
  return -1;
}

function findPairedClose(text: string, from: number, open: string): number {
  // A doubled apostrophe opened this quote; it closes at the next doubled apostrophe.
  if (open === "''") return text.indexOf("''", from);
  return -1;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const hasDouble = /["“”«»„]|''/.test(text);
  let i = 0;
  while (i < text.length) {
    i = nextMark(text, i);
    if (i === -1) break;
    const ch = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    let openMark: string | null = null;
    if (ch === "'" && text[i + 1] === "'" && text[i + 2] !== "'") openMark = "''";
    else if (DOUBLE_OPENERS.has(ch)) {
      // A straight quote that follows a letter is a closing mark without its opening, or an inch sign; so is one
      // after a comma or a stop and before a blank ("…for your support," the mayor began).
      const closing = ch === '"' && (isLetter(prev) || (prev !== undefined && /[,.!?…]/.test(prev) && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1)))));
      // 'In the spirit of gratitude, …," the mayor began: opened with a single mark, closed with a double one.
      const lead = closing && spans.length === 0 ? mismatchedOpener(text, i) : -1;
      if (lead !== -1) {
        const [start, end] = trimSpan(text, lead + 1, i);
        spans.push({ open: lead, close: i + 1, start, end, closed: true });
        i++;
        continue;
      }
      if (closing) openMark = null;
      else if (ch === '»' || ch === '”') openMark = null;
      else openMark = ch;
    } else if ((ch === '‘' || (ch === "'" && !hasDouble)) && isSpaceOrStart(prev) && isLetter(text[i + 1])) {
      openMark = ch;
    }
    if (!openMark) {
      i++;
      continue;
    }
    const contentFrom = i + openMark.length;
    let closeAt = -1;
    let closeLength = 1;
    if (openMark === "''") {
      closeAt = findPairedClose(text, contentFrom, openMark);
      closeLength = 2;
    } else if (openMark === '‘') closeAt = findSingleClose(text, contentFrom);
    else if (openMark === "'") {
      for (let j = contentFrom; j < text.length; j++)
        if (text[j] === "'" && !isLetter(text[j + 1]) && text[j - 1] !== 's' && text[j - 1] !== ' ') {
          closeAt = j;
          break;
        }
    } else {
      closeAt = findDoubleClose(text, contentFrom, openMark);
      // `"I do not … the end of the year, ‘ he said.` then, on a later line, `"We have initiated …": a quote left
      // without its closing mark ends at its line's end, and the mark that ended it opens the next quote.
      if (closeAt !== -1 && newOpenerAt === closeAt) {
        // (Its line: the first line break that is not a long line wrapped.)
        let lineEnd = contentFrom;
        while (lineEnd < closeAt && !(text.charCodeAt(lineEnd) === 10 && !wrapsOn(text, lineEnd))) lineEnd++;
        if (lineEnd < closeAt) {
          const [start, end] = trimSpan(text, contentFrom, lineEnd);
          if (end > start) spans.push({ open: i, close: lineEnd, start, end, closed: false });
          i = closeAt;
          continue;
        }
      }
    }
    // A single mark that never closes is an apostrophe, unless a cue's comma or colon stands right before it
    // (`Ms Meaking stated, ‘The police officers …` running on to the next paragraph): then it runs to the end.
    if ((openMark === '‘' || openMark === "'") && closeAt === -1 && !(openMark === '‘' && /[,:]\s*$/.test(text.slice(Math.max(0, i - 3), i)))) {
      i++;
      continue;
    }
    const closed = closeAt !== -1;
    const innerEnd = closed ? closeAt : text.length;
    const [start, end] = trimSpan(text, contentFrom, innerEnd);
    if (end > start) {
      spans.push({ open: i, close: closed ? closeAt + closeLength : text.length, start, end, closed });
    }
    i = closed ? closeAt + closeLength : text.length;
  }
  return spans;
}

/**
 * Where a quote closed by a double mark at `close` opened with a single one at the paragraph's start
 * ('In the spirit …," the mayor began): that mark's offset, or -1. Nothing but apostrophes may stand between.
 */
function mismatchedOpener(text: string, close: number): number {
  let at = 0;
  while (at < close && isSpaceCode(text.charCodeAt(at))) at++;
  if ((text[at] !== "'" && text[at] !== '‘') || !isLetter(text[at + 1])) return -1;
  for (let j = nextMark(text, at + 1); j !== -1 && j < close; j = nextMark(text, j + 1)) if (!(text[j] === '’' || text[j] === "'") || !isLetter(text[j + 1])) return -1;
  return at;
}

/** Set by findDoubleClose when what ended the quote is a new quote opening (its own mark, not a closing one). */
let newOpenerAt = -1;

/** The closing mark of a double quote, stepping over quotes nested inside it. */
function findDoubleClose(text: string, from: number, open: string): number {
  newOpenerAt = -1;
  let nestedSingle = false;
  let nestedDouble = 0;
  for (let j = nextMark(text, from); j !== -1; j = nextMark(text, j + 1)) {
    const ch = text[j];
    const prev = text[j - 1];
    const next = text[j + 1];
    if (ch === '‘' && isSpaceOrStart(prev)) nestedSingle = true;
    else if (ch === '’' && nestedSingle && !isLetter(next)) nestedSingle = false;
    else if (open === '«') {
      if (ch === '«') nestedDouble++;
      else if (ch === '»') {
        if (nestedDouble === 0) return j;
        nestedDouble--;
      } else if (ch === '„' || (ch === '“' && isSpaceOrStart(prev))) nestedDouble++;
      else if ((ch === '“' || ch === '”' || ch === '"') && nestedDouble > 0 && !isSpaceOrStart(prev)) nestedDouble--;
      else if (ch === '"' && isSpaceOrStart(prev)) nestedDouble++;
    } else if (ch === '«') nestedDouble++;
    else if (ch === '»' && nestedDouble > 0) nestedDouble--;
    else if (ch === '“' && open !== '„' && isSpaceOrStart(prev) && isLetter(next) && hasLaterClose(text, j + 1)) {
      nestedDouble++;
    } else if (DOUBLE_CLOSERS.has(ch) || (ch === "'" && next === "'")) {
      if (ch === '“' && open !== '„' && isSpaceOrStart(prev)) continue;
      if (nestedDouble > 0) {
        nestedDouble--;
        continue;
      }
      if (ch === '"' && isSpaceOrStart(prev) && isLetter(next)) {
        // A straight quote that opens inside a straight quote: nested ("When X told this House "the border is
        // calm", three newsrooms had been raided," she said) when two closing marks follow it, one for each;
        // otherwise a new quote starts while this one never closed, so this one ends here.
        if (open === '"' && closingMarksAhead(text, j + 1) >= 2) {
          nestedDouble++;
          continue;
        }
        newOpenerAt = j;
        return j;
      }
      return j;
    }
  }
  return -1;
}

/** How far ahead a nested straight quote's closing marks are looked for (keeps the scan linear). */
const NESTED_REACH = 600;

/** Straight quotes shaped as closing marks (after a non-blank, not before a letter) before the next opening one. */
function closingMarksAhead(text: string, from: number): number {
  let count = 0;
  const to = Math.min(text.length, from + NESTED_REACH);
  for (let j = text.indexOf('"', from); j !== -1 && j < to; j = text.indexOf('"', j + 1)) {
    if (isSpaceOrStart(text[j - 1]) && isLetter(text[j + 1])) break;
    if (++count >= 2) break;
  }
  return count;
}

function hasLaterClose(text: string, from: number): boolean {
  let count = 0;
  for (let j = from; j < text.length; j++) if (text[j] === '”' || text[j] === '"') count++;
  return count >= 2;
}

/** Offsets of [bracketed editorial insertions] inside a quote's text. */
export function findInsertions(quoteText: string): [number, number][] {
  const out: [number, number][] = [];
  if (!quoteText.includes('[')) return out;
  for (const m of quoteText.matchAll(/\[[^\]\n]*\]/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}
