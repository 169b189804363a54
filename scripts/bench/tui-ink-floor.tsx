/**
 * For scripts/bench/tui.mjs: the smallest Ink program that draws a screenful (the title and 28 coloured
 * lines), bundled the same way as parley. Its first frame is the floor any Ink app starts from.
 */
import '../../src/ui/hide-fetch-from-yoga.js';
import React from 'react';
import { Box, Text, render, useApp, useInput } from 'ink';
import '../../src/ui/restore-fetch.js';

const lines = Array.from({ length: 28 }, (_, i) => `${i + 1}. The budget process is nearing completion, “everything is stable”.`);

function Floor() {
  const { exit } = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
  return (
    <Box flexDirection="column">
      <Text bold>Meeting with Russian President Vladimir Putin</Text>
      {lines.map((line, i) => (
        <Text key={i} color="cyan">
          {line}
        </Text>
      ))}
    </Box>
  );
}

render(<Floor />, { maxFps: 60, incrementalRendering: true });
