/**
 * Word wrapping of styled text into rows of a fixed display width. The TUI wraps text itself (rather than
 * letting Ink wrap) because it must know how many rows each paragraph takes: to scroll by rows, keep the
 * reading position on resize, and hand Ink only the rows that are visible.
 */
import stringWidth from 'string-width';

export interface Fragment {
  text: string;
  /** Opaque tag carried through wrapping (the TUI uses a quote index, -1 for plain text). */
  tag: number;
}

export interface WrappedRow {
  fragments: Fragment[];
  /** Offset (in UTF-16 units of the concatenated input) of the row's first character. */
  offset: number;
}

interface Token {
  fragments: Fragment[];
  width: number;
  space: boolean;
  /** Offset of the token in the concatenated input, and its length there (runs of spaces count in full). */
  offset: number;
  length: number;
}

// Characters that are always one column: printable ASCII, Latin, Greek, Cyrillic (without combining
// marks), the dashes, curly quotes and ellipsis of General Punctuation, and the UI's own glyphs (│ ▸ ◆ ●).
// Text made only of these (almost every transcript) is measured by counting; anything else asks
// string-width, whose first call alone costs several milliseconds of start-up.
const NARROW = /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u2502\u25b8\u25c6\u25cf]*$/;
const widthOf = (text: string): number => (NARROW.test(text) ? text.length : stringWidth(text));

function tokenize(pieces: readonly Fragment[]): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const re = /\s+|\S+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(piece.text))) {
      const text = m[0];
      const space = /^\s/.test(text);
      const last = tokens[tokens.length - 1];
      const frag = { text: space ? ' ' : text, tag: piece.tag };
      if (last && last.space === space && last.offset + last.length === offset + m.index) {
        // A word (or a run of spaces) that continues across a piece boundary stays one token.
        if (!space) {
          last.fragments.push(frag);
          last.width += widthOf(text);
        }
        last.length += text.length;
      } else {
        tokens.push({ fragments: [frag], width: space ? 1 : widthOf(text), space, offset: offset + m.index, length: text.length });
      }
    }
    offset += piece.text.length;
  }
  return tokens;
}

/** Splits a too-long word into chunks of at most `width` columns. */
function splitWord(token: Token, width: number): Token[] {
  const out: Token[] = [];
  let current: Token = { fragments: [], width: 0, space: false, offset: token.offset, length: 0 };
  let offset = token.offset;
  for (const fragment of token.fragments) {
    for (const ch of fragment.text) {
      const w = widthOf(ch);
      if (current.width + w > width && current.width > 0) {
        out.push(current);
        current = { fragments: [], width: 0, space: false, offset, length: 0 };
      }
      const last = current.fragments[current.fragments.length - 1];
      if (last && last.tag === fragment.tag) last.text += ch;
      else current.fragments.push({ text: ch, tag: fragment.tag });
      current.width += w;
      offset += ch.length;
    }
  }
  if (current.width > 0) out.push(current);
  return out;
}

/** Greedy word wrap. Spaces at a row's start are dropped; words wider than the row are cut. */
export function wrapFragments(pieces: readonly Fragment[], width: number): WrappedRow[] {
  const w = Math.max(1, width);
  const rows: WrappedRow[] = [];
  let row: WrappedRow | null = null;
  let rowWidth = 0;
  const push = (token: Token) => {
    if (!row) {
      row = { fragments: [], offset: token.offset };
      rows.push(row);
      rowWidth = 0;
    }
    for (const f of token.fragments) {
      const last: Fragment | undefined = row.fragments[row.fragments.length - 1];
      if (last && last.tag === f.tag) last.text += f.text;
      else row.fragments.push({ ...f });
    }
    rowWidth += token.width;
  };
  for (const token of tokenize(pieces)) {
    if (token.space) {
      if (row && rowWidth + 1 < w) push(token);
      else row = null;
      continue;
    }
    if (row && rowWidth + token.width > w) row = null;
    if (token.width > w) {
      for (const chunk of splitWord(token, w)) {
        row = null;
        push(chunk);
      }
      continue;
    }
    push(token);
  }
  if (!rows.length) rows.push({ fragments: [], offset: 0 });
  return rows;
}

/** Cuts plain text to at most `width` columns, with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (widthOf(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = widthOf(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + '…';
}

export { widthOf as displayWidth };
