/**
 * Clipboard through OSC 52 (ESC ] 52 ; c ; BASE64 BEL). The terminal, not the machine parley runs on, owns
 * the clipboard, so this works over SSH. tmux takes the sequence itself (with its default `set-clipboard`)
 * and passes it on to the outer terminal; GNU screen needs it wrapped in a DCS passthrough.
 */

/**
 * The longest text copied, in UTF-8 bytes. Terminals commonly drop OSC 52 payloads over about 100 kB (and
 * some cut them silently), so a longer text is not sent at all, and the user is told: half a quote cut
 * mid-word is worse than none.
 */
export const OSC52_MAX_BYTES = 74_994; // base64 of this is just under 100 000 bytes

export interface Osc52Options {
  env?: NodeJS.ProcessEnv;
}

/** The sequence that puts all of `text` on the clipboard (whatever its length: see writeClipboard). */
export function osc52Sequence(text: string, options: Osc52Options = {}): string {
  const env = options.env ?? process.env;
  const osc = `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
  const inScreen = !env.TMUX && (env.TERM ?? '').startsWith('screen') && env.STY !== undefined;
  if (inScreen) return `\u001bP${osc}\u001b\\`;
  return osc;
}

export type CopyOutcome = { copied: true } | { copied: false; reason: 'too-long'; bytes: number } | { copied: false; reason: 'failed' };

/** Writes the clipboard sequence for the whole text, or nothing when it is over OSC52_MAX_BYTES. */
export function writeClipboard(stream: { write(chunk: string): boolean }, text: string, options: Osc52Options = {}): CopyOutcome {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > OSC52_MAX_BYTES) return { copied: false, reason: 'too-long', bytes };
  try {
    stream.write(osc52Sequence(text, options));
    return { copied: true };
  } catch {
    return { copied: false, reason: 'failed' };
  }
}

/** What the footer says after `y`. */
export function copyMessage(outcome: CopyOutcome): string {
  if (outcome.copied) return 'copied';
  if (outcome.reason === 'failed') return 'copy failed';
  return `quote too long to copy (${Math.ceil(outcome.bytes / 1024)} KB; limit ${Math.floor(OSC52_MAX_BYTES / 1024)} KB)`;
}
