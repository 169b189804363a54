import React, { memo } from 'react';
import { Box, Text } from 'ink';
import { gutterMarks, gutterText, type GutterMarks } from '../chrome.js';
import type { Doc } from '../document.js';
import type { ReaderLayout, ReaderRow } from '../reader-layout.js';
import { markPieces, type SearchMarks } from '../search-marks.js';
import type { Theme } from '../theme.js';
import { truncate } from '../wrap.js';

export interface ReaderProps {
  doc: Doc;
  layout: ReaderLayout;
  top: number;
  height: number;
  width: number;
  gutterWidth: number;
  cursor: number;
  theme: Theme;
  /** Paragraph numbers in the gutter (`#`). */
  numbers?: boolean;
  /** The last search's matched words, highlighted in the paragraphs of its results (null: none). */
  marks?: SearchMarks | null;
  /** The paragraph of the current result (n / N), highlighted more strongly; -1 for none. */
  currentMark?: number;
}

/** Matched words: underlined; in the current result's paragraph also bold (and yellow with colour). */
function Marked({ text, strong, theme }: { text: string; strong: boolean; theme: Theme }) {
  return (
    <Text underline bold={strong} color={strong && theme.color ? 'yellow' : undefined}>
      {text}
    </Text>
  );
}

function Fragment({ doc, tag, text, cursor, theme, mark, strong }: { doc: Doc; tag: number; text: string; cursor: number; theme: Theme; mark: RegExp | null; strong: boolean }) {
  const pieces = mark ? markPieces(text, mark) : null;
  const body = pieces ? pieces.map((p, i) => (p.marked ? <Marked key={i} text={p.text} strong={strong} theme={theme} /> : p.text)) : text;
  if (tag < 0) return <Text>{body}</Text>;
  const q = doc.quotes[tag];
  const color = theme.speakerColor(q.speakerIndex);
  const current = tag === cursor;
  const indirect = q.quote.kind === 'indirect';
  return (
    <Text color={color} inverse={current} italic={indirect} bold={!indirect && !theme.color} dimColor={indirect && !current && theme.color}>
      {body}
    </Text>
  );
}

interface RowProps {
  row: ReaderRow;
  doc: Doc;
  cursor: number;
  theme: Theme;
  width: number;
  gutterWidth: number;
  /** The gutter's marks: uncertain attribution, paragraph number. */
  marks: GutterMarks;
  /** The search's matched words in this row's paragraph, and whether it is the current result's. */
  mark: RegExp | null;
  strong: boolean;
}

const Row = memo(function Row({ row, doc, cursor, theme, width, gutterWidth, marks, mark, strong }: RowProps) {
  if (row.kind === 'blank') return <Text> </Text>;
  if (row.kind === 'heading') {
    return (
      <Text bold underline color={theme.accent} wrap="truncate-end">
        {truncate(row.fragments[0]?.text ?? '', width)}
      </Text>
    );
  }
  const gutter = gutterText(doc, row, gutterWidth, marks);
  // Only the rows holding the current quote depend on `cursor`; memo keeps the others untouched.
  return (
    <Text wrap="truncate-end">
      {gutter.number ? <Text color={theme.muted} dimColor={!theme.color}>{gutter.number}</Text> : null}
      <Text color={theme.speakerColor(gutter.speaker)} bold={row.gutter >= 0 || !!marks.uncertain}>{gutter.text}</Text>
      {row.fragments.map((f, i) => (
        <Fragment key={i} doc={doc} tag={f.tag} text={f.text} cursor={cursor} theme={theme} mark={mark} strong={strong} />
      ))}
    </Text>
  );
}, (a, b) => {
  if (a.row !== b.row || a.theme !== b.theme || a.width !== b.width || a.gutterWidth !== b.gutterWidth || a.doc !== b.doc) return false;
  if (a.marks.uncertain !== b.marks.uncertain || a.marks.paragraph !== b.marks.paragraph) return false;
  if (a.mark !== b.mark || a.strong !== b.strong) return false;
  if (a.cursor === b.cursor) return true;
  const has = (cursor: number) => a.row.fragments.some((f) => f.tag === cursor);
  return !has(a.cursor) && !has(b.cursor);
});

/** The reader: only the rows in view are handed to Ink. */
export function Reader({ doc, layout, top, height, width, gutterWidth, cursor, theme, numbers = false, marks = null, currentMark = -1 }: ReaderProps) {
  const rows = layout.rows.slice(top, top + height);
  // A block is a paragraph, or (with a speaker filter) a quote, whose paragraph decides its marks.
  const paragraphOf = (row: ReaderRow) => (layout.blockQuotes ? (doc.quotes[layout.blockQuotes[row.block]]?.paragraphIndex ?? -1) : row.block);
  const markOf = (row: ReaderRow) => (marks && row.kind === 'text' ? (marks.patterns.get(paragraphOf(row)) ?? null) : null);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {rows.length === 0 ? <Text color={theme.muted}>(this transcript has no text)</Text> : null}
      {rows.map((row, i) => (
        <Row
          key={top + i}
          row={row}
          doc={doc}
          cursor={cursor}
          theme={theme}
          width={width}
          gutterWidth={gutterWidth}
          marks={gutterMarks(doc, layout, top + i, numbers)}
          mark={markOf(row)}
          strong={currentMark >= 0 && paragraphOf(row) === currentMark}
        />
      ))}
    </Box>
  );
}
