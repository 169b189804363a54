/** A path or a problem is shown in at most this many characters: an error stays one short line. */
export const MAX_PATH_SHOWN = 80;
export const MAX_PROBLEM_SHOWN = 200;

/**
 * `text` in at most `max` characters, cut in the middle with `…` when longer, so both the start of a path
 * (which folder) and its end (which file) stay readable. Counts code points, never splitting one.
 */
export function cutMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${tail > 0 ? chars.slice(-tail).join('') : ''}`;
}

/** A problem with one input: which file, and what is wrong with it, in one line. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${cutMiddle(file, MAX_PATH_SHOWN)}: ${cutMiddle(problem, MAX_PROBLEM_SHOWN)}`);
    this.name = 'LoadError';
  }
}
