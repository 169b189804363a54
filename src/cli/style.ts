/**
 * Terminal-safe text for one-shot output. Every string that came from a transcript (or a file name)
 * passes through sanitizeForTerminal here; emphasis is added only on a terminal without NO_COLOR.
 */
import { sanitizeForTerminal } from '../terminal/sanitize.js';

export interface Style {
  /** Wraps emphasised (matched) text; identity when colour is off. */
  emphasis(text: string): string;
}

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const color = Boolean(stream.isTTY) && !env.NO_COLOR;
  return { emphasis: color ? (t) => `\u001b[1;4m${t}\u001b[22;24m` : (t) => t };
}

export const clean = (text: string): string => sanitizeForTerminal(text);

/** The text with the [start, end) ranges emphasised; each piece is sanitised on its own, so offsets stay true. */
export function emphasise(text: string, ranges: readonly [number, number][], style: Style): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    out += clean(text.slice(at, start));
    const piece = clean(text.slice(start, end));
    out += piece ? style.emphasis(piece) : '';
    at = end;
  }
  return out + clean(text.slice(at));
}
