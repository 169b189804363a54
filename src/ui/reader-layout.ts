/**
 * The reader as rows: section headings, wrapped paragraphs (or, with a speaker filter, only that speaker's
 * quotes), blank rows between blocks. Rows know which block and character they start at, so the reading
 * position survives a re-wrap at another width. Pure; memoised by the caller per (doc, filter, width).
 */
import type { Doc } from './document.js';
import { wrapFragments, type Fragment } from './wrap.js';

export interface ReaderRow {
  kind: 'heading' | 'text' | 'blank';
  /** Block index (a paragraph, or a quote when filtered). */
  block: number;
  /** Offset in the block's text of the row's first character; -1 for a heading, Infinity for a blank. */
  offset: number;
  /** Text fragments; `tag` is a quote index or -1. A heading has one fragment with tag -1. */
  fragments: Fragment[];
  /** Quote whose speaker the gutter names on this row, or -1. */
  gutter: number;
  section: number;
}

export interface Anchor {
  block: number;
  offset: number;
}

export interface ReaderLayout {
  rows: ReaderRow[];
  /** First and last row of each quote that appears. */
  quoteRows: Map<number, [number, number]>;
  /** Row of each section's heading (or first row), for sections that appear. */
  sectionRows: Map<number, number>;
  /** Doc quote index of each block when filtered; null when blocks are paragraphs. */
  blockQuotes: number[] | null;
}

interface Block {
  section: number;
  pieces: Fragment[];
}

/** Whether the row's text before the quote's first fragment names the quote's speaker (by surname). */
function namedBefore(doc: Doc, fragments: readonly Fragment[], quote: number): boolean {
  const speaker = doc.speakers[doc.quotes[quote].speakerIndex];
  if (!speaker) return false;
  const surname = speaker.name.split(/\s+/).filter(Boolean).pop();
  if (!surname) return false;
  let before = '';
  for (const f of fragments) {
    if (f.tag === quote) break;
    before += f.text;
  }
  if (!before) return false;
  let word = WHOLE_WORD.get(surname);
  if (!word) WHOLE_WORD.set(surname, (word = new RegExp(`(^|[^\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u')));
  return word.test(before);
}
const WHOLE_WORD = new Map<string, RegExp>();

export function buildReaderLayout(doc: Doc, width: number, speakerFilter: number | null): ReaderLayout {
  const blocks: Block[] = [];
  let blockQuotes: number[] | null = null;
  if (speakerFilter === null) {
    for (const p of doc.paragraphs) blocks.push({ section: p.sectionIndex, pieces: p.pieces.map((x) => ({ text: x.text, tag: x.quote })) });
  } else {
    blockQuotes = [];
    for (const q of doc.quotes) {
      if (q.speakerIndex !== speakerFilter) continue;
      blockQuotes.push(q.index);
      blocks.push({ section: q.sectionIndex, pieces: [{ text: q.text, tag: q.index }] });
    }
  }

  const rows: ReaderRow[] = [];
  const quoteRows = new Map<number, [number, number]>();
  const sectionRows = new Map<number, number>();
  let previousSection: number | undefined;
  blocks.forEach((block, b) => {
    if (block.section !== previousSection) {
      if (rows.length && rows[rows.length - 1].kind !== 'blank')
        rows.push({ kind: 'blank', block: b, offset: -2, fragments: [], gutter: -1, section: block.section });
      const title = block.section >= 0 ? doc.sections[block.section]?.title ?? '' : '';
      if (block.section >= 0 && !sectionRows.has(block.section)) sectionRows.set(block.section, rows.length);
      rows.push({ kind: 'heading', block: b, offset: -1, fragments: [{ text: title, tag: -1 }], gutter: -1, section: block.section });
      previousSection = block.section;
    }
    const startedQuotes = new Set<number>();
    for (const row of wrapFragments(block.pieces, width)) {
      const index = rows.length;
      let gutter = -1;
      for (const f of row.fragments) {
        if (f.tag < 0) continue;
        const span = quoteRows.get(f.tag);
        if (span) span[1] = index;
        else quoteRows.set(f.tag, [index, index]);
        if (gutter < 0 && !startedQuotes.has(f.tag)) gutter = f.tag;
        startedQuotes.add(f.tag);
      }
      // A quote that starts mid-row after narration naming its speaker (`Lukashenko remarked that …`)
      // needs no name in the gutter too.
      if (gutter >= 0 && namedBefore(doc, row.fragments, gutter)) gutter = -1;
      // Two quotes of one speaker starting on adjacent rows need the name only once.
      const above = rows[index - 1];
      if (gutter >= 0 && above?.kind === 'text' && above.gutter >= 0 && doc.quotes[above.gutter].speakerIndex === doc.quotes[gutter].speakerIndex)
        gutter = -1;
      rows.push({ kind: 'text', block: b, offset: row.offset, fragments: row.fragments, gutter, section: block.section });
    }
    rows.push({ kind: 'blank', block: b, offset: Infinity, fragments: [], gutter: -1, section: block.section });
  });
  if (rows.length && rows[rows.length - 1].kind === 'blank') rows.pop();
  return { rows, quoteRows, sectionRows, blockQuotes };
}

const layouts = new WeakMap<Doc, Map<string, ReaderLayout>>();

/** buildReaderLayout, remembered per document for a few (width, filter) pairs. */
export function readerLayoutFor(doc: Doc, width: number, speakerFilter: number | null): ReaderLayout {
  let byKey = layouts.get(doc);
  if (!byKey) layouts.set(doc, (byKey = new Map()));
  const key = `${width}|${speakerFilter}`;
  let layout = byKey.get(key);
  if (!layout) {
    if (byKey.size >= 8) byKey.clear();
    layout = buildReaderLayout(doc, width, speakerFilter);
    byKey.set(key, layout);
  }
  return layout;
}

/** The row at which an anchor sits: the last row of its block starting at or before its offset. */
export function rowOfAnchor(layout: ReaderLayout, anchor: Anchor): number {
  const rows = layout.rows;
  let lo = 0;
  let hi = rows.length - 1;
  let best = 0;
  // Rows are sorted by (block, offset) except the blank before a heading (offset -2), which sorts first too.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid];
    if (r.block < anchor.block || (r.block === anchor.block && r.offset <= anchor.offset)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function anchorOfRow(layout: ReaderLayout, row: number): Anchor {
  const r = layout.rows[Math.max(0, Math.min(row, layout.rows.length - 1))];
  if (!r) return { block: 0, offset: -2 };
  return { block: r.block, offset: r.offset };
}

/** Largest useful top row: the last page ends at the last row. */
export function maxTop(layout: ReaderLayout, height: number): number {
  return Math.max(0, layout.rows.length - height);
}
