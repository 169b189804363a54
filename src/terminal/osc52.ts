/**
 * Clipboard through OSC 52 (ESC ] 52 ; c ; BASE64 BEL). The terminal, not the machine parley runs on, owns
 * the clipboard, so this works over SSH. tmux takes the sequence itself (with its default `set-clipboard`)
 * and passes it on to the outer terminal; GNU screen needs it wrapped in a DCS passthrough.
 */

/** Terminals commonly cap OSC 52 payloads near 100 kB; longer text is cut (on a character boundary). */
export const OSC52_MAX_BYTES = 74_994; // base64 of this is just under 100 000 bytes

export interface Osc52Options {
  env?: NodeJS.ProcessEnv;
}

export function osc52Sequence(text: string, options: Osc52Options = {}): string {
  const env = options.env ?? process.env;
  let bytes = Buffer.from(text, 'utf8');
  if (bytes.length > OSC52_MAX_BYTES) {
    // Back off to the start of a UTF-8 character.
    let end = OSC52_MAX_BYTES;
    while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
    bytes = bytes.subarray(0, end);
  }
  const osc = `\u001b]52;c;${bytes.toString('base64')}\u0007`;
  const inScreen = !env.TMUX && (env.TERM ?? '').startsWith('screen') && env.STY !== undefined;
  if (inScreen) return `\u001bP${osc}\u001b\\`;
  return osc;
}

/** Writes the clipboard sequence; returns false when the stream refused it. */
export function writeClipboard(stream: { write(chunk: string): boolean }, text: string, options: Osc52Options = {}): boolean {
  try {
    stream.write(osc52Sequence(text, options));
    return true;
  } catch {
    return false;
  }
}
