/**
 * What parley prints for an error it did not expect (a bug, not bad input): one sanitised line on stderr,
 * `parley: internal error: MESSAGE`, never a stack trace and never the message raw (an error message can
 * quote transcript text, escape sequences and all). PARLEY_DEBUG=1 adds the stack, sanitised too.
 */
import { sanitizeForTerminal } from './sanitize.js';

const MAX_MESSAGE = 300;

export function internalErrorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = sanitizeForTerminal(message.split('\n')[0]).trim();
  return `parley: internal error: ${first.length > MAX_MESSAGE ? `${first.slice(0, MAX_MESSAGE - 1)}…` : first}`;
}

/** The stack (or the value) for PARLEY_DEBUG, line breaks kept, escape sequences removed. */
export function debugDetails(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return sanitizeForTerminal(text, { keepNewlines: true });
}
