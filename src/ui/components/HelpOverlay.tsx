import React from 'react';
import { Box, Text } from 'ink';
import { CONTEXT_TITLES, keymap, keysLabel, type Action, type KeyContext } from '../keymap.js';
import type { Theme } from '../theme.js';
import { truncate } from '../wrap.js';

export interface HelpLine {
  kind: 'title' | 'binding' | 'blank';
  keys: string;
  text: string;
}

/** The reader's keys first; the library's last (LibraryApp puts them first in its own help). */
export const HELP_ORDER: readonly KeyContext[] = ['reader', 'global', 'list', 'search', 'evidence', 'help', 'library'];

/** Every binding of the keymap, grouped by where it applies. */
export function helpLines(order: readonly KeyContext[] = HELP_ORDER): HelpLine[] {
  const lines: HelpLine[] = [];
  for (const context of order) {
    const bindings = keymap.filter((b) => b.context === context);
    if (!bindings.length) continue;
    if (lines.length) lines.push({ kind: 'blank', keys: '', text: '' });
    lines.push({ kind: 'title', keys: '', text: CONTEXT_TITLES[context] });
    for (const b of bindings) lines.push({ kind: 'binding', keys: keysLabel(b), text: b.description });
  }
  return lines;
}

/** The help overlay's first line after a scrolling key (help.down / up / pageDown / pageUp), kept in range. */
export function scrollHelp(action: Action, top: number, height: number, order?: readonly KeyContext[]): number {
  const step = action === 'help.down' ? 1 : action === 'help.up' ? -1 : action === 'help.pageDown' ? height - 1 : action === 'help.pageUp' ? -(height - 1) : 0;
  const max = Math.max(0, helpLines(order).length - height);
  return Math.max(0, Math.min(max, top + step));
}

export function HelpOverlay({ width, height, top, theme, order }: { width: number; height: number; top: number; theme: Theme; order?: readonly KeyContext[] }) {
  const lines = helpLines(order);
  const visible = lines.slice(top, top + height);
  // Wide enough for the longest keys (`PgDn Space Ctrl-F`) where the screen allows.
  const keysWidth = Math.min(Math.max(16, Math.floor(width / 4)), Math.max(...lines.map((l) => l.keys.length)) + 2);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {visible.map((line, i) =>
        line.kind === 'title' ? (
          <Text key={top + i} bold underline color={theme.accent}>
            {truncate(line.text, width)}
          </Text>
        ) : line.kind === 'blank' ? (
          <Text key={top + i}> </Text>
        ) : (
          <Text key={top + i} wrap="truncate-end">
            <Text bold>{truncate(line.keys, keysWidth - 1).padEnd(keysWidth)}</Text>
            {truncate(line.text, Math.max(1, width - keysWidth))}
          </Text>
        ),
      )}
    </Box>
  );
}
