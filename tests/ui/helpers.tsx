import React from 'react';
import { render } from 'ink-testing-library';
import { App, type AppProps } from '../../src/ui/App.js';
import { fallbackIndex, summit } from './fixtures.js';

export const KEYS = {
  down: '\u001b[B',
  up: '\u001b[A',
  pageDown: '\u001b[6~',
  pageUp: '\u001b[5~',
  home: '\u001b[H',
  end: '\u001b[F',
  tab: '\t',
  shiftTab: '\u001b[Z',
  enter: '\r',
  escape: '\u001b',
  ctrlN: '\u000e',
  ctrlP: '\u0010',
  ctrlC: '\u0003',
  ctrlU: '\u0015',
  backspace: '\u007f',
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reading and driving a rendered Ink app: the frame, waiting for one, pressing keys, the footer line. */
export function driver(app: ReturnType<typeof render>) {
  const frame = () => app.lastFrame() ?? '';
  /** Polls the frame until the predicate holds (2 s at most), then returns it. */
  const waitFor = async (predicate: (frame: string) => boolean, what = 'frame'): Promise<string> => {
    for (let i = 0; i < 400; i++) {
      if (predicate(frame())) return frame();
      await sleep(5);
    }
    throw new Error(`timed out waiting for ${what}; last frame:\n${frame()}`);
  };
  /** Writes each key in turn and waits until Ink has drawn a frame for it. */
  const press = async (...keys: string[]) => {
    for (const key of keys) {
      const before = app.frames.length;
      app.stdin.write(key);
      // A lone Esc is only reported after Ink's escape-sequence timeout (setImmediate).
      for (let i = 0; i < 40 && app.frames.length === before; i++) await sleep(key === KEYS.escape ? 10 : 2);
      await sleep(1);
    }
    return frame();
  };
  const footer = () => frame().split('\n').filter(Boolean).at(-1) ?? '';
  return { frame, waitFor, press, footer };
}

/** Mounts the app at a fixed size with a recording clipboard and exit spy. */
export function mount(props: Partial<AppProps> = {}) {
  const copied: string[] = [];
  const exits: number[] = [];
  const app = render(
    <App
      transcripts={[summit]}
      createIndex={fallbackIndex}
      size={{ columns: 100, rows: 24 }}
      color={false}
      clipboard={{ write: (chunk: string) => (copied.push(chunk), true) }}
      onExit={(code) => exits.push(code)}
      {...props}
    />,
  );
  return { app, ...driver(app), copied, exits };
}

/** The footer's position figure, e.g. "3/8". */
export function position(footer: string): string {
  return footer.trim().split(/\s+/).at(-1) ?? '';
}
