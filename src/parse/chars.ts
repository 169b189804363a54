/**
 * Character tests by UTF-16 code unit, for loops that step through a text: cheaper than testing a one-character
 * string against a regex, and exactly the same sets.
 */

/** Exactly what /\s/ matches. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[from, to) holds nothing but blanks (spaces, tabs, line breaks, no-break spaces). */
export function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 160) return false;
  }
  return true;
}
