import React from 'react';
import { Box, Text } from 'ink';
import { headerText } from '../chrome.js';
import type { Doc } from '../document.js';
import type { Theme } from '../theme.js';

/**
 * One row: the title on the left; date, place and counts on the right, dropped from the end when narrow.
 * Memoised (as the footer is): the App re-renders on every key, and this row seldom changes.
 */
export const Header = React.memo(function Header({ doc, width, theme, extra }: { doc: Doc; width: number; theme: Theme; extra?: string }) {
  const { title, gap, right } = headerText(doc, width, extra);
  return (
    <Box height={1} width={width}>
      <Text wrap="truncate-end">
        <Text bold color={theme.accent}>{title}</Text>
        {' '.repeat(gap)}
        <Text color={theme.muted}>{right}</Text>
      </Text>
    </Box>
  );
});
