/**
 * Transcript text is untrusted. Before any of it reaches a terminal (through Ink or plain stdout) every
 * escape sequence (CSI, OSC, DCS, SOS/PM/APC, and their 8-bit C1 forms) is removed and every other
 * control character is made visible, so a quote can never move the cursor, set the window title or write
 * the clipboard (OSC 52). Tabs become spaces; newlines are kept only where the caller allows them.
 *
 * Unicode's own line breaks, the line separator U+2028 and the paragraph separator U+2029, are line ends
 * like \n (terminals draw them unpredictably: some as a break, some as nothing, some as a box), so they
 * follow the same rule: a space, or a newline where newlines are kept. The directional marks LRM (U+200E),
 * RLM (U+200F) and ALM (U+061C) are kept: they are invisible, belong to ordinary Arabic and Hebrew
 * text, and unlike the overrides and isolates (removed) they cannot reorder strongly directional letters.
 */

// ESC [ ... final byte, and the 8-bit CSI (U+009B).
const CSI = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g;
// OSC, DCS, SOS, PM, APC: ESC ] / ESC P / ESC X / ESC ^ / ESC _ (or C1 forms) up to BEL or ST (ESC \ or U+009C).
const STRING_SEQUENCE =
  /(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g;
// Any other two-byte escape (ESC 7, ESC c, ESC ( B ...).
const OTHER_ESCAPE = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
// Remaining C0 controls (except \n and \t), DEL and C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides can make text display in a misleading order.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ ␁ … ␟
  if (code === 0x7f) return '\u2421'; // ␡
  return '\ufffd';
}

export interface SanitizeOptions {
  /** Keep line feeds (default false: they become spaces). */
  keepNewlines?: boolean;
}

export function sanitizeForTerminal(text: string, options: SanitizeOptions = {}): string {
  let out = text
    .replace(STRING_SEQUENCE, '')
    .replace(CSI, '')
    .replace(OTHER_ESCAPE, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, visible)
    .replace(BIDI, '');
  if (!options.keepNewlines) out = out.replace(/\n/g, ' ');
  return out;
}
