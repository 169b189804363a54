/**
 * The library's opening screen, drawn before React and Ink load (as first-frame.ts does for one
 * transcript): the same header, rows, progress line and footer as LibraryApp's first render, from the
 * same functions in library-rows.ts.
 */
import { footerText } from './chrome.js';
import { styled } from './first-frame.js';
import { screenLayout } from './layout.js';
import type { LibrarySnapshot } from './library-feed.js';
import { columnTitles, libraryHeaderText, libraryListHeight, libraryRow, libraryStatus, progressText, rowCells, rowColumns, sortRows } from './library-rows.js';
import { createTheme } from './theme.js';

export interface LibraryFrameOptions {
  columns: number;
  rows: number;
  color: boolean;
  label?: string;
}

export function libraryFirstFrame(library: LibrarySnapshot, options: LibraryFrameOptions): string {
  const theme = createTheme(options.color);
  const screen = screenLayout(options.columns, options.rows, false);
  const rows = sortRows(
    library.transcripts.map((t, i) => libraryRow(t, i)),
    'newest',
  );
  const lines: string[] = [];
  const header = libraryHeaderText(options.label ?? '', { transcripts: rows.length, quotes: rows.reduce((n, r) => n + r.quotes, 0), people: null }, screen.columns);
  lines.push(styled(header.title, { bold: true, color: theme.accent }) + ' '.repeat(header.gap) + styled(header.right, { color: theme.muted }));
  const progress = progressText(library.phase, library.done, library.total, screen.columns, library.error);
  const listHeight = libraryListHeight(screen.bodyHeight, progress !== null);
  lines.push(styled(columnTitles(screen.columns), { bold: true, color: theme.muted }));
  const columns = rowColumns(screen.columns);
  for (let i = 0; i < listHeight; i++) {
    const row = rows[i];
    if (!row) {
      lines.push(i === 0 ? styled('  (no transcripts yet)', { color: theme.muted }) : '');
      continue;
    }
    const selected = i === 0;
    const c = rowCells(row, columns, selected);
    const inverse = selected;
    lines.push(
      styled(c.marker, { color: theme.accent, inverse }) +
        styled(c.date, { color: selected ? undefined : theme.muted, inverse }) +
        styled(c.title, { inverse }) +
        styled(c.speakers, { color: theme.accent, inverse }) +
        styled(c.quotes, { color: selected ? undefined : theme.muted, inverse }),
    );
  }
  if (progress) lines.push(styled(progress.label, { bold: true }) + styled(progress.bar, { color: theme.accent }) + styled(progress.figures, { color: theme.muted }));
  const footer = footerText(screen.columns, 'LIBRARY', 'library', libraryStatus('newest', 0, rows.length));
  lines.push(styled(footer.badge, { inverse: true, bold: true }) + ' ' + styled(footer.hints, { color: theme.muted }) + ' '.repeat(footer.gap) + styled(footer.right, { color: theme.muted }));
  return lines.join('\n');
}
