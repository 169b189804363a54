import React, { memo } from 'react';
import { Box, Text } from 'ink';
import { gutterMarks, gutterText, type GutterMarks } from '../chrome.js';
import type { Doc } from '../document.js';
import type { ReaderLayout, ReaderRow } from '../reader-layout.js';
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
}

function Fragment({ doc, tag, text, cursor, theme }: { doc: Doc; tag: number; text: string; cursor: number; theme: Theme }) {
  if (tag < 0) return <Text>{text}</Text>;
  const q = doc.quotes[tag];
  const color = theme.speakerColor(q.speakerIndex);
  const current = tag === cursor;
  const indirect = q.quote.kind === 'indirect';
  return (
    <Text color={color} inverse={current} italic={indirect} bold={!indirect && !theme.color} dimColor={indirect && !current && theme.color}>
      {text}
    </Text>
  );
}

const Row = memo(function Row({ row, doc, cursor, theme, width, gutterWidth, marks }: { row: ReaderRow; doc: Doc; cursor: number; theme: Theme; width: number; gutterWidth: number; marks: GutterMarks }) {
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
        <Fragment key={i} doc={doc} tag={f.tag} text={f.text} cursor={cursor} theme={theme} />
      ))}
    </Text>
  );
}, (a, b) => {
  if (a.row !== b.row || a.theme !== b.theme || a.width !== b.width || a.gutterWidth !== b.gutterWidth || a.doc !== b.doc) return false;
  if (a.marks.uncertain !== b.marks.uncertain || a.marks.paragraph !== b.marks.paragraph) return false;
  if (a.cursor === b.cursor) return true;
  const has = (cursor: number) => a.row.fragments.some((f) => f.tag === cursor);
  return !has(a.cursor) && !has(b.cursor);
});

/** The reader: only the rows in view are handed to Ink. */
export function Reader({ doc, layout, top, height, width, gutterWidth, cursor, theme, numbers = false }: ReaderProps) {
  const rows = layout.rows.slice(top, top + height);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {rows.length === 0 ? <Text color={theme.muted}>(this transcript has no text)</Text> : null}
      {rows.map((row, i) => (
        <Row key={top + i} row={row} doc={doc} cursor={cursor} theme={theme} width={width} gutterWidth={gutterWidth} marks={gutterMarks(doc, layout, top + i, numbers)} />
      ))}
    </Box>
  );
}
