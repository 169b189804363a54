import React, { memo } from 'react';
import { Box, Text } from 'ink';
import { columnTitles, libraryListHeight, rowCells, rowColumns, type LibraryRow, type RowColumns } from '../library-rows.js';
import type { Theme } from '../theme.js';

export interface LibraryViewProps {
  /** Rows in display order (sorted). */
  rows: readonly LibraryRow[];
  /** Position of the cursor in `rows`. */
  cursor: number;
  /** First row shown. */
  top: number;
  width: number;
  height: number;
  theme: Theme;
  /** The progress line while loading (null once the library is ready). */
  progress: { label: string; bar: string; figures: string } | null;
}

const Row = memo(function Row({ row, columns, selected, theme }: { row: LibraryRow; columns: RowColumns; selected: boolean; theme: Theme }) {
  const cells = rowCells(row, columns, selected);
  return (
    <Text wrap="truncate-end" inverse={selected} bold={selected && !theme.color}>
      <Text color={theme.accent}>{cells.marker}</Text>
      <Text color={selected ? undefined : theme.muted}>{cells.date}</Text>
      <Text>{cells.title}</Text>
      <Text color={theme.accent}>{cells.speakers}</Text>
      <Text color={selected ? undefined : theme.muted}>{cells.quotes}</Text>
    </Text>
  );
});

/** The list of transcripts: column titles, only the rows in view, and a progress bar while loading. */
export function LibraryView({ rows, cursor, top, width, height, theme, progress }: LibraryViewProps) {
  const columns = rowColumns(width);
  const listHeight = libraryListHeight(height, progress !== null);
  const visible = rows.slice(top, top + listHeight);
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text wrap="truncate-end" color={theme.muted} bold>
        {columnTitles(width)}
      </Text>
      <Box flexDirection="column" height={listHeight}>
        {visible.length === 0 ? <Text color={theme.muted}>  (no transcripts yet)</Text> : null}
        {visible.map((row, i) => (
          <Row key={row.index} row={row} columns={columns} selected={top + i === cursor} theme={theme} />
        ))}
      </Box>
      {progress ? (
        <Text wrap="truncate-end">
          <Text bold>{progress.label}</Text>
          <Text color={theme.accent}>{progress.bar}</Text>
          <Text color={theme.muted}>{progress.figures}</Text>
        </Text>
      ) : null}
    </Box>
  );
}
