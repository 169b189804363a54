/**
 * The library view's text, as plain data: one row per transcript (date, title, speakers, quote count), the
 * order by date, the header, the progress line. Pure, so the Ink view and the opening frame (drawn before
 * Ink loads) show the same text. Every transcript string is sanitised here, before it can reach Ink.
 */
import type { Transcript } from '../model/transcript.js';
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { displayWidth, truncate } from './wrap.js';

export interface LibraryRow {
  /** Index of the transcript in the library (load order). */
  index: number;
  date: string;
  title: string;
  /** Speakers as people (merged names once the library is merged), most quoted first. */
  speakers: string;
  quotes: number;
  /** Milliseconds since the epoch for sorting; NaN when the date is missing or unreadable. */
  time: number;
}

export type SortOrder = 'newest' | 'oldest';

const clean = (text: string) => sanitizeForTerminal(text).trim();

/** A transcript's row. `personName` maps a merged `speaker.person` id to the person's name. */
export function libraryRow(transcript: Transcript, index: number, personName?: (id: string) => string | undefined): LibraryRow {
  const counts = new Map<string, number>();
  for (const q of transcript.quotes) if (q.speaker !== null) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const names: string[] = [];
  const speakers = [...transcript.speakers].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  for (const s of speakers) {
    const name = clean((s.person !== undefined ? personName?.(s.person) : undefined) ?? s.name);
    if (name && !names.includes(name)) names.push(name);
  }
  const date = transcript.date === null ? '' : clean(transcript.date);
  return { index, date, title: clean(transcript.title) || 'Untitled transcript', speakers: names.join(', '), quotes: transcript.quotes.length, time: date ? Date.parse(date) : NaN };
}

/** Rows by date (undated last either way); equal dates keep load order (a folder's name order). */
export function sortRows(rows: readonly LibraryRow[], order: SortOrder): LibraryRow[] {
  const sign = order === 'newest' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const an = Number.isNaN(a.time);
    const bn = Number.isNaN(b.time);
    if (an || bn) return an === bn ? a.index - b.index : an ? 1 : -1;
    return sign * (a.time - b.time) || a.index - b.index;
  });
}

export interface RowColumns {
  date: number;
  title: number;
  speakers: number;
  quotes: number;
}

const MARKER = 2;
const GAP = 2;

/** Column widths at a screen width: speakers only from 70 columns, the title takes what is left. */
export function rowColumns(width: number): RowColumns {
  const date = 10;
  const quotes = 6;
  const rest = Math.max(8, width - MARKER - date - GAP - quotes - GAP);
  const speakers = width >= 70 ? Math.floor(rest * 0.4) : 0;
  return { date, quotes, speakers, title: rest - (speakers ? speakers + GAP : 0) };
}

const padTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** One row's cells, each cut and padded to its column. */
export function rowCells(row: LibraryRow, columns: RowColumns, selected: boolean): { marker: string; date: string; title: string; speakers: string; quotes: string } {
  const count = `${row.quotes}q`;
  return {
    marker: selected ? '› ' : '  ',
    date: padTo(truncate(row.date || '—', columns.date), columns.date + GAP),
    title: padTo(truncate(row.title, columns.title), columns.title + (columns.speakers ? GAP : 0)),
    speakers: columns.speakers ? padTo(truncate(row.speakers, columns.speakers), columns.speakers) : '',
    quotes: ' '.repeat(GAP) + count.padStart(columns.quotes),
  };
}

/** The line of column titles above the rows. */
export function columnTitles(width: number): string {
  const columns = rowColumns(width);
  const cells = rowCells({ index: -1, date: 'Date', title: 'Title', speakers: 'Speakers', quotes: 0, time: NaN }, columns, false);
  return truncate(`  ${cells.date}${cells.title}${cells.speakers}${'Quotes'.padStart(cells.quotes.length)}`, width);
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Header: the library's name on the left; counts on the right, dropped when narrow. */
export function libraryHeaderText(label: string, counts: { transcripts: number; quotes: number; people: number | null }, width: number): { title: string; gap: number; right: string } {
  const parts = [plural(counts.transcripts, 'transcript'), plural(counts.quotes, 'quote'), counts.people === null ? '' : plural(counts.people, 'person').replace(/persons$/, 'people')].filter(Boolean);
  const name = clean(label) || 'Library';
  let right = '';
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join(' · ');
    if (displayWidth(candidate) + 2 + Math.min(displayWidth(name), 16) <= width) {
      right = candidate;
      break;
    }
  }
  const title = truncate(name, Math.max(1, width - displayWidth(right) - (right ? 2 : 0)));
  return { title, gap: Math.max(right ? 2 : 0, width - displayWidth(title) - displayWidth(right)), right };
}

export type LibraryPhase = 'loading' | 'merging' | 'indexing' | 'ready';

/**
 * The line under the rows while the library is being read, merged and indexed (null once it is ready);
 * after a file that could not be read, that problem, for good.
 */
export function progressText(phase: LibraryPhase, done: number, total: number, width: number, error?: string | null): { label: string; bar: string; figures: string } | null {
  if (error) return { label: truncate(`Stopped reading at ${clean(error)} (${plural(done, 'transcript')} read)`, width), bar: '', figures: '' };
  if (phase === 'ready') return null;
  if (phase === 'merging') return { label: 'Merging speakers into people…', bar: '', figures: '' };
  if (phase === 'indexing') return { label: truncate(`Indexing ${plural(done, 'transcript')} for search…`, width), bar: '', figures: '' };
  const label = 'Loading ';
  const figures = ` ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} files`;
  const barWidth = Math.max(4, Math.min(40, width - label.length - figures.length));
  const filled = total > 0 ? Math.round((done / total) * barWidth) : 0;
  return { label, bar: '█'.repeat(filled) + '░'.repeat(barWidth - filled), figures };
}

/** Rows of the list below the column titles and above the progress line. */
export function libraryListHeight(height: number, loading: boolean): number {
  return Math.max(1, height - 1 - (loading ? 1 : 0));
}

/** Footer right-hand side: the sort order and the cursor's place. */
export function libraryStatus(order: SortOrder, cursor: number, count: number): string {
  return `${order} first · ${count ? cursor + 1 : 0}/${count}`;
}
