/**
 * The stdout Ink draws on. Ink 6.8's incremental renderer assumes the cursor rests on the frame's last
 * line, but a frame shorter than the terminal ends with a newline, which leaves the cursor one line lower:
 * every redraw would then start one line down and scroll the screen. Drawing one row less than the
 * terminal (so Ink diffs lines instead of clearing the screen each frame) and stepping the cursor back up
 * after each frame keeps the two in step. Everything else passes straight through to the real stream.
 */
const CURSOR_NEXT_LINE = '\u001b[E';
const CURSOR_UP = '\u001b[1A';
const CLEAR_FROM_TOP = '\u001b[H\u001b[J';

export interface FrameStreamStats {
  /** Bytes written to the terminal by Ink since creation (frames, cursor moves). */
  bytes: number;
  writes: number;
}

export interface FrameStreamOptions {
  /** Clear the screen (from the top) just before Ink's first frame, which replaces one drawn earlier. */
  clearBeforeFirstFrame?: boolean;
}

export function createFrameStream(stdout: NodeJS.WriteStream, options: FrameStreamOptions = {}): { stream: NodeJS.WriteStream; stats: FrameStreamStats } {
  const stats: FrameStreamStats = { bytes: 0, writes: 0 };
  let framesSeen = 0;
  const write = (chunk: unknown, ...rest: unknown[]): boolean => {
    let text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    const isFrame = text.endsWith('\n') || text.endsWith(CURSOR_NEXT_LINE);
    if (isFrame) {
      if (framesSeen === 0 && options.clearBeforeFirstFrame) text = CLEAR_FROM_TOP + text;
      framesSeen += 1;
      text += CURSOR_UP;
    }
    stats.bytes += Buffer.byteLength(text);
    stats.writes += 1;
    return (stdout.write as (...args: unknown[]) => boolean)(text, ...rest);
  };
  const stream = new Proxy(stdout, {
    get(target, property) {
      if (property === 'write') return write;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { stream, stats };
}
