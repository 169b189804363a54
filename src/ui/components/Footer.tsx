import React from 'react';
import { Box, Text } from 'ink';
import { footerHints, type KeyContext } from '../keymap.js';
import type { Theme } from '../theme.js';
import { displayWidth, truncate } from '../wrap.js';

export interface FooterProps {
  width: number;
  mode: string;
  context: KeyContext;
  message?: string;
  status?: string;
  theme: Theme;
}

/** Mode, the keys that matter now (from the keymap), and a message or the position on the right. */
export function Footer({ width, mode, context, message, status, theme }: FooterProps) {
  const badge = ` ${mode} `;
  const right = message ?? status ?? '';
  const hintsWidth = Math.max(0, width - displayWidth(badge) - displayWidth(right) - 2);
  let hints = '';
  for (const h of footerHints(context)) {
    const next = `${hints}${hints ? '  ' : ''}${h.keys} ${h.hint}`;
    if (displayWidth(next) > hintsWidth) break;
    hints = next;
  }
  const used = displayWidth(badge) + 1 + displayWidth(hints);
  const gap = Math.max(1, width - used - displayWidth(right));
  return (
    <Box height={1} width={width}>
      <Text wrap="truncate-end">
        <Text inverse bold>{badge}</Text> <Text color={theme.muted}>{hints}</Text>
        {' '.repeat(gap)}
        {message ? <Text bold color={theme.color ? 'yellow' : undefined}>{truncate(right, Math.max(1, width - used - 1))}</Text> : <Text color={theme.muted}>{right}</Text>}
      </Text>
    </Box>
  );
}
