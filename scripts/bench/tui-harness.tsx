/**
 * In-process measurements of the TUI for scripts/bench/tui.mjs (bundled by it with esbuild): the real App
 * rendered by Ink into a fake terminal, keys written to a fake stdin, every write to the terminal timed
 * and counted. Nothing here is imported by parley itself.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import React from 'react';
import { render } from 'ink';
import { App } from '../../src/ui/App.js';
import { createFrameStream } from '../../src/ui/frame-stream.js';
import { validateTranscript } from '../../src/model/validate.js';
import { createSearchIndex } from '../../src/search/index.js';
import type { Transcript } from '../../src/model/transcript.js';

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write(data: string) {
    this.data = data;
    this.emit('readable');
  }
  read() {
    const d = this.data;
    this.data = null;
    return d;
  }
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

class FakeTerminal extends EventEmitter {
  isTTY = true;
  writes: { at: number; bytes: number }[] = [];
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write(chunk: string | Uint8Array, callback?: () => void) {
    this.writes.push({ at: performance.now(), bytes: Buffer.byteLength(chunk) });
    callback?.();
    return true;
  }
}

/** The bundled transcript as parley ships it (data/*.json, parsed ahead of time). */
export function loadTranscript(jsonPath: string): Transcript {
  return validateTranscript(JSON.parse(readFileSync(jsonPath, 'utf8')));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Session {
  press(key: string): Promise<{ latencyMs: number; bytes: number }>;
  close(): void;
}

/** Mounts the App on a fake terminal, as runTui would (maxFps 60, incremental rendering, frame stream). */
export async function open(transcripts: Transcript[], options: { columns: number; rows: number; incremental: boolean; gapMs: number }): Promise<Session> {
  const terminal = new FakeTerminal(options.columns, options.rows);
  const stdin = new FakeStdin();
  const frames = createFrameStream(terminal as unknown as NodeJS.WriteStream);
  const instance = render(<App transcripts={transcripts} createIndex={createSearchIndex} clipboard={{ write: () => true }} />, {
    stdout: frames.stream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: terminal as unknown as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: 60,
    incrementalRendering: options.incremental,
  });
  await sleep(50); // first frame, then the search index is built after it
  return {
    async press(key: string) {
      await sleep(options.gapMs);
      const before = terminal.writes.length;
      const t0 = performance.now();
      stdin.write(key);
      for (let i = 0; i < 200 && terminal.writes.length === before; i++) await sleep(1);
      const first = terminal.writes[before];
      await sleep(options.gapMs);
      const bytes = terminal.writes.slice(before).reduce((a, w) => a + w.bytes, 0);
      return { latencyMs: first ? first.at - t0 : NaN, bytes };
    },
    close() {
      instance.unmount();
    },
  };
}
