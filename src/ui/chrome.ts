/**
 * The text of the screen's fixed parts (header, footer, side-pane entries, gutter, position), as plain
 * data. The Ink components style it; first-frame.ts draws the same text before Ink has loaded.
 */
import { isUncertain } from '../model/confidence.js';
import { shortName, type Doc, type DocSection, type DocSpeaker } from './document.js';
import { footerHints, type KeyContext } from './keymap.js';
import type { ReaderLayout, ReaderRow } from './reader-layout.js';
import { displayWidth, truncate } from './wrap.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Title on the left; date, place and counts on the right, dropped from the end when narrow. */
export function headerText(doc: Doc, width: number, extra?: string): { title: string; gap: number; right: string } {
  const counts = [plural(doc.sections.length, 'section'), plural(doc.quotes.length, 'quote'), plural(doc.speakers.length, 'speaker')];
  const where = [doc.date, doc.place].filter(Boolean).join(' · ');
  // Right-hand detail, from most to least: each candidate drops something from the previous one.
  const candidates = [[where, ...counts, extra], [where, ...counts], [where, counts[1], extra], [where, counts[1]], [where], []].map((parts) =>
    parts.filter(Boolean).join(' · '),
  );
  const fullTitle = displayWidth(doc.title);
  // The title comes first: the most detail that fits beside the whole title, else the least detail beside
  // at least 16 columns of title.
  const fits = (c: string, titleRoom: number) => displayWidth(c) + (c ? 2 : 0) + titleRoom <= width;
  const right =
    candidates.find((c) => fits(c, fullTitle)) ?? candidates.slice().reverse().find((c) => c && fits(c, Math.min(fullTitle, 16))) ?? '';
  const title = truncate(doc.title, Math.max(1, width - displayWidth(right) - (right ? 2 : 0)));
  const gap = Math.max(right ? 2 : 0, width - displayWidth(title) - displayWidth(right));
  return { title, gap, right };
}

/** Mode badge, the keys that matter in this context (from the keymap), then a message or the position. */
export function footerText(width: number, mode: string, context: KeyContext, right: string): { badge: string; hints: string; gap: number; right: string } {
  const badge = ` ${mode} `;
  const hintsWidth = Math.max(0, width - displayWidth(badge) - displayWidth(right) - 2);
  let hints = '';
  for (const h of footerHints(context)) {
    const next = `${hints}${hints ? '  ' : ''}${h.keys} ${h.hint}`;
    if (displayWidth(next) > hintsWidth) break;
    hints = next;
  }
  const used = displayWidth(badge) + 1 + displayWidth(hints);
  return { badge, hints, gap: Math.max(1, width - used - displayWidth(right)), right: truncate(right, Math.max(1, width - used - 1)) };
}

/** How many rows each side-pane list gets (each list also has a heading row). */
export function sidePaneRows(doc: Doc, height: number): { sectionRows: number; speakerRows: number } {
  const speakerRows = Math.max(1, Math.min(Math.max(1, doc.speakers.length), Math.floor((height - 2) / 2)));
  return { speakerRows, sectionRows: Math.max(1, height - 2 - speakerRows) };
}

/**
 * A sections-pane row, `width` columns at most: one mark column, then `N. Title`. The mark is `›` on the
 * focused list's selection, else `▸` on the current section: one marker, never both (`›▸`).
 */
export function sectionEntry(section: DocSection, current: boolean, width: number, selected = false): string {
  return `${selected ? '›' : current ? '▸' : ' '}${truncate(`${section.index + 1}. ${section.title}`, Math.max(1, width - 1))}`;
}

export function speakerEntry(speaker: DocSpeaker, filtered: boolean, width: number): { mark: string; name: string; figures: string } {
  const figures = ` ${speaker.quoteCount}q ${Math.round(speaker.share * 100)}%`;
  return { mark: `${filtered ? '◆' : '●'} `, name: truncate(speaker.name, Math.max(1, width - 2 - figures.length)), figures };
}

/** What the gutter shows of a row besides the speaker: an uncertain attribution, the paragraph number. */
export interface GutterMarks {
  /** A quote whose speaker is uncertain (model/confidence.ts) starts on this row: marked `?`. */
  uncertain?: boolean;
  /** The paragraph's number (1-based) on its first row, when numbers are shown (`#`). */
  paragraph?: number | null;
}

/** The marks of a layout row: `?` where an uncertain quote starts, the paragraph number when `numbers`. */
export function gutterMarks(doc: Doc, layout: ReaderLayout, rowIndex: number, numbers: boolean): GutterMarks {
  const row = layout.rows[rowIndex];
  if (!row || row.kind !== 'text') return {};
  const uncertain = row.fragments.some((f) => f.tag >= 0 && layout.quoteRows.get(f.tag)?.[0] === rowIndex && isUncertain(doc.quotes[f.tag].quote));
  let paragraph: number | null = null;
  const above = layout.rows[rowIndex - 1];
  if (numbers && !(above?.kind === 'text' && above.block === row.block)) {
    const quote = layout.blockQuotes ? layout.blockQuotes[row.block] : -1;
    paragraph = (quote >= 0 ? doc.quotes[quote].paragraphIndex : row.block) + 1;
  }
  return { uncertain, paragraph };
}

/** Beside a paragraph number: shortName, but a cut surname (`Lukashen…`) rather than bare initials when it has room. */
function gutterName(name: string, room: number): string {
  const short = shortName(name, room);
  if (displayWidth(short) > 3 || room < 5) return short;
  const last = name.split(/\s+/).filter(Boolean).pop() ?? name;
  return truncate(last, room);
}

/**
 * The gutter of a reader row: the paragraph number (when shown), the speaker's (short) name where a quote
 * starts, and `?` when that quote's (or another starting there) attribution is uncertain; else blanks.
 * `number` and `text` together fill `gutterWidth` columns.
 */
export function gutterText(doc: Doc, row: ReaderRow, gutterWidth: number, marks: GutterMarks = {}): { number: string; text: string; speaker: number } {
  const number = marks.paragraph ? `${marks.paragraph} ` : '';
  const mark = marks.uncertain ? '?' : '';
  const q = row.gutter >= 0 ? doc.quotes[row.gutter] : null;
  const named = q !== null && q.speakerIndex >= 0;
  const room = gutterWidth - 1 - number.length - mark.length;
  const name = q === null ? '' : named ? (room > 0 ? (number ? gutterName : shortName)(doc.speakers[q.speakerIndex].name, room) : '') : mark ? '' : '?';
  const label = truncate(number + name + mark, gutterWidth - 1).slice(number.length);
  const text = label + ' '.repeat(Math.max(1, gutterWidth - number.length - displayWidth(label)));
  return { number: number.slice(0, gutterWidth - 1), text, speaker: q ? q.speakerIndex : -1 };
}

/** The footer's position: `3/33` on a quote, else how far down the text the screen reaches. */
export function positionText(layout: ReaderLayout, nav: readonly number[], cursor: number, top: number, height: number): string {
  const at = nav.indexOf(cursor);
  if (at >= 0) return `${at + 1}/${nav.length}`;
  const rows = layout.rows.length;
  return rows <= height ? 'all' : `${Math.round((Math.min(rows, top + height) / rows) * 100)}%`;
}
