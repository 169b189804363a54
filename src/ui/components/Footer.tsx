import React from 'react';
import { Box, Text } from 'ink';
import { footerText } from '../chrome.js';
import type { KeyContext } from '../keymap.js';
import type { Theme } from '../theme.js';

export interface FooterProps {
  width: number;
  mode: string;
  context: KeyContext;
  message?: string;
  status?: string;
  theme: Theme;
}

/**
 * Mode, the keys that matter now (from the keymap), and a message or the position on the right.
 * Memoised: the App re-renders on every key, and while a search is typed this row stays the same.
 */
export const Footer = React.memo(function Footer({ width, mode, context, message, status, theme }: FooterProps) {
  const { badge, hints, gap, right } = footerText(width, mode, context, message ?? status ?? '');
  return (
    <Box height={1} width={width}>
      <Text wrap="truncate-end">
        <Text inverse bold>{badge}</Text> <Text color={theme.muted}>{hints}</Text>
        {' '.repeat(gap)}
        {message ? <Text bold color={theme.color ? 'yellow' : undefined}>{right}</Text> : <Text color={theme.muted}>{right}</Text>}
      </Text>
    </Box>
  );
});
