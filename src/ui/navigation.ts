/**
 * Reader movement as pure functions of (layout, viewport height, position). The position is the current
 * quote plus an anchor for the top row (block + character), so the same place stays on screen when the
 * text is re-wrapped at another width.
 */
import type { Doc } from './document.js';
import { anchorOfRow, maxTop, rowOfAnchor, type Anchor, type ReaderLayout } from './reader-layout.js';

export interface ReaderPosition {
  /** Current quote (index in Doc.quotes), or -1 for none. */
  cursor: number;
  top: Anchor;
  /**
   * The section `]`, `[` or the sections pane went to, when it has no quote to select: the reader is there
   * even when its heading cannot reach the top row (near the end of the text).
   */
  section?: number;
}

export const START: ReaderPosition = { cursor: -1, top: { block: 0, offset: -2 } };

/**
 * Where the reader opens: at the top, the first quote selected when it is on the first screen (so `y`, `}`
 * and the footer's `1/33` work at once); none when the text opens with more than a screen of narration.
 */
export function startPosition(doc: Doc, layout: ReaderLayout, height: number): ReaderPosition {
  const first = navigableQuotes(doc, layout)[0];
  const span = first === undefined ? undefined : layout.quoteRows.get(first);
  return span && span[0] < height ? { ...START, cursor: first } : START;
}

/** The quotes j/k step through: all of them, or the filtered speaker's. */
export function navigableQuotes(doc: Doc, layout: ReaderLayout): number[] {
  return layout.blockQuotes ?? doc.quotes.map((q) => q.index);
}

function clampTop(layout: ReaderLayout, height: number, row: number): number {
  return Math.max(0, Math.min(row, maxTop(layout, height)));
}

export function topRow(layout: ReaderLayout, height: number, position: ReaderPosition): number {
  return clampTop(layout, height, rowOfAnchor(layout, position.top));
}

function withTop(layout: ReaderLayout, height: number, cursor: number, row: number): ReaderPosition {
  return { cursor, top: anchorOfRow(layout, clampTop(layout, height, row)) };
}

/** Shows the quote with up to two rows of context around it; does not scroll when it is already in view. */
export function reveal(layout: ReaderLayout, height: number, position: ReaderPosition, cursor: number): ReaderPosition {
  const span = layout.quoteRows.get(cursor);
  const top = topRow(layout, height, position);
  if (!span) return withTop(layout, height, cursor, top);
  const [first, last] = span;
  const size = last - first + 1;
  const context = Math.max(0, Math.min(2, Math.floor((height - size) / 2)));
  if (size >= height) return withTop(layout, height, cursor, first);
  if (first - context >= top && last + context < top + height) return withTop(layout, height, cursor, top);
  // Out of view: scroll so the quote starts a quarter of the way down rather than by the fewest rows.
  // The next few quotes are then already on screen, so j redraws a couple of lines instead of the page.
  let wanted = first - Math.max(context, Math.floor(height / 4));
  if (last + context >= wanted + height) wanted = last + context - height + 1;
  return withTop(layout, height, cursor, Math.min(wanted, first - context));
}

function firstQuoteFrom(layout: ReaderLayout, nav: number[], row: number): number {
  for (const q of nav) {
    const span = layout.quoteRows.get(q);
    if (span && span[1] >= row) return q;
  }
  return -1;
}

/** j / k. Without any quote, scrolls one row. */
export function stepQuote(doc: Doc, layout: ReaderLayout, height: number, position: ReaderPosition, delta: 1 | -1): ReaderPosition {
  const nav = navigableQuotes(doc, layout);
  const top = topRow(layout, height, position);
  if (!nav.length) return withTop(layout, height, -1, top + delta);
  const at = nav.indexOf(position.cursor);
  let next: number;
  if (at < 0) {
    // No current quote yet: start from the first one on screen.
    const visible = firstQuoteFrom(layout, nav, top);
    next = visible >= 0 ? (delta > 0 ? visible : nav[Math.max(0, nav.indexOf(visible) - 1)]) : nav[nav.length - 1];
  } else {
    next = nav[Math.max(0, Math.min(nav.length - 1, at + delta))];
  }
  return reveal(layout, height, position, next);
}

/** } / { : the next quote of the current quote's speaker. */
export function stepSameSpeaker(doc: Doc, layout: ReaderLayout, height: number, position: ReaderPosition, delta: 1 | -1): ReaderPosition | null {
  if (position.cursor < 0) return null;
  const speaker = doc.quotes[position.cursor].speakerIndex;
  const nav = navigableQuotes(doc, layout);
  const at = nav.indexOf(position.cursor);
  for (let i = at + delta; i >= 0 && i < nav.length; i += delta) {
    if (doc.quotes[nav[i]].speakerIndex === speaker) return reveal(layout, height, position, nav[i]);
  }
  return null;
}

/**
 * PgDn / PgUp: scroll a page (keeping one row), or half a page (`half`, less's Ctrl-D / Ctrl-U); then the
 * current quote is the first one on screen unless it is still in view.
 */
export function page(doc: Doc, layout: ReaderLayout, height: number, position: ReaderPosition, delta: 1 | -1, half = false): ReaderPosition {
  const rows = half ? Math.max(1, Math.floor(height / 2)) : Math.max(1, height - 1);
  const top = clampTop(layout, height, topRow(layout, height, position) + delta * rows);
  const nav = navigableQuotes(doc, layout);
  let cursor = position.cursor;
  const span = layout.quoteRows.get(cursor);
  const stillVisible = span && span[0] >= top && span[0] < top + height;
  if (!stillVisible) {
    const candidate = firstQuoteFrom(layout, nav, top);
    const candidateSpan = layout.quoteRows.get(candidate);
    cursor = candidateSpan && candidateSpan[0] < top + height ? candidate : -1;
  }
  return withTop(layout, height, cursor, top);
}

/** g / G */
export function edge(doc: Doc, layout: ReaderLayout, height: number, end: boolean): ReaderPosition {
  const nav = navigableQuotes(doc, layout);
  const cursor = nav.length ? nav[end ? nav.length - 1 : 0] : -1;
  return withTop(layout, height, cursor, end ? maxTop(layout, height) : 0);
}

/** The section the reader is in: the current quote's, else the top row's. */
export function currentSection(doc: Doc, layout: ReaderLayout, height: number, position: ReaderPosition): number {
  if (position.cursor >= 0 && layout.quoteRows.has(position.cursor)) return doc.quotes[position.cursor].sectionIndex;
  if (position.section !== undefined && layout.sectionRows.has(position.section)) return position.section;
  const row = layout.rows[topRow(layout, height, position)];
  return row ? row.section : -1;
}

/** Jumps to a section: its heading at the top, the current quote its first one. */
export function gotoSection(doc: Doc, layout: ReaderLayout, height: number, section: number): ReaderPosition | null {
  const row = layout.sectionRows.get(section);
  if (row === undefined) return null;
  const nav = navigableQuotes(doc, layout);
  let cursor = firstQuoteFrom(layout, nav, row);
  if (cursor >= 0 && doc.quotes[cursor].sectionIndex !== section) cursor = -1;
  const position = withTop(layout, height, cursor, row);
  return cursor < 0 ? { ...position, section } : position;
}

/**
 * ] / [ : the next section (in reading order) that appears in the reader, sections without quotes
 * included. Past the last it wraps to the first (and back), as the sections pane's list does; `wrapped`
 * says so.
 */
export function stepSection(
  doc: Doc,
  layout: ReaderLayout,
  height: number,
  position: ReaderPosition,
  delta: 1 | -1,
): { position: ReaderPosition; wrapped: boolean } | null {
  const ordered = [...layout.sectionRows.entries()].sort((a, b) => a[1] - b[1]).map(([s]) => s);
  if (!ordered.length) return null;
  const current = currentSection(doc, layout, height, position);
  const at = ordered.indexOf(current);
  const next = at < 0 ? (delta > 0 ? 0 : ordered.length - 1) : at + delta;
  const wrapped = next < 0 || next >= ordered.length;
  const target = ordered[(next + ordered.length) % ordered.length];
  const moved = gotoSection(doc, layout, height, target);
  return moved && { position: moved, wrapped };
}

/** Keeps the position meaningful after a layout change (new width, filter on or off). */
export function settle(layout: ReaderLayout, height: number, position: ReaderPosition): ReaderPosition {
  if (position.cursor < 0) return position;
  if (!layout.quoteRows.has(position.cursor)) return { cursor: -1, top: position.top };
  // After a resize the current quote may have moved out of view: bring it back with the least scrolling.
  const [first, last] = layout.quoteRows.get(position.cursor)!;
  const top = topRow(layout, height, position);
  if (last >= top && first < top + height) return position;
  return reveal(layout, height, position, position.cursor);
}
