import React from 'react';
import { Box, Text } from 'ink';
import type { Doc } from '../document.js';
import type { Theme } from '../theme.js';
import { displayWidth, truncate } from '../wrap.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One row: the title on the left; date, place and counts on the right, dropped from the end when narrow. */
export function Header({ doc, width, theme, extra }: { doc: Doc; width: number; theme: Theme; extra?: string }) {
  const counts = [plural(doc.sections.length, 'section'), plural(doc.quotes.length, 'quote'), plural(doc.speakers.length, 'speaker')];
  const where = [doc.date, doc.place].filter(Boolean).join(' · ');
  // Right-hand detail, from most to least: each candidate drops something from the previous one.
  const candidates = [
    [where, ...counts, extra],
    [where, ...counts],
    [where, counts[1], extra],
    [where, counts[1]],
    [where],
    [],
  ].map((parts) => parts.filter(Boolean).join(' · '));
  const titleWidth0 = displayWidth(doc.title);
  // The title comes first: the most detail that fits beside the whole title, else the least detail beside
  // at least 16 columns of title.
  const fits = (c: string, titleRoom: number) => displayWidth(c) + (c ? 2 : 0) + titleRoom <= width;
  const right =
    candidates.find((c) => fits(c, titleWidth0)) ?? candidates.slice().reverse().find((c) => c && fits(c, Math.min(titleWidth0, 16))) ?? '';
  const titleWidth = Math.max(1, width - displayWidth(right) - (right ? 2 : 0));
  const title = truncate(doc.title, titleWidth);
  const gap = Math.max(right ? 2 : 0, width - displayWidth(title) - displayWidth(right));
  return (
    <Box height={1} width={width}>
      <Text wrap="truncate-end">
        <Text bold color={theme.accent}>{title}</Text>
        {' '.repeat(gap)}
        <Text color={theme.muted}>{right}</Text>
      </Text>
    </Box>
  );
}
