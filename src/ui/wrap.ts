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
// marks), the dashes, curly quotes and ellipsis of General Punctuation, the arrows (← ↑ → ↓ of the footer
// and narration results), box drawing and block elements (the preview's ─ rule, │) and the UI's own glyphs
// (▸ ◆ ●). Text made only of these (almost every transcript and every line of chrome) is measured by
// counting; anything else asks string-width, whose first call alone costs several milliseconds of
// start-up and which takes about 1 µs a character on text that is not plain ASCII.
const NARROW = /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u259f\u25b8\u25c6\u25cf]*$/;
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

/** The token cut in two after `at` UTF-16 units of its text (0 < at < its length). */
function cutToken(token: Token, at: number): [Token, Token] {
  const head: Token = { fragments: [], width: 0, space: false, offset: token.offset, length: at };
  const tail: Token = { fragments: [], width: 0, space: false, offset: token.offset + at, length: token.length - at };
  let seen = 0;
  for (const f of token.fragments) {
    const split = Math.max(0, Math.min(f.text.length, at - seen));
    if (split > 0) head.fragments.push({ text: f.text.slice(0, split), tag: f.tag });
    if (split < f.text.length) tail.fragments.push({ text: f.text.slice(split), tag: f.tag });
    seen += f.text.length;
  }
  head.width = head.fragments.reduce((w, f) => w + widthOf(f.text), 0);
  tail.width = token.width - head.width;
  return [head, tail];
}

const HYPHEN = /[-\u2010]/;
const LETTER = /\p{L}/u;

/**
 * Where a word that does not fit in `room` columns may break: after its last hyphen that fits, between
 * letters (`pre-|sanctions`; not `-5`, `--` or a date's `2023-09-15`); else, when `force`, after as many characters
 * as fit (at least one). The cut is a length in the token's text, or 0 for none.
 */
function breakPoint(token: Token, room: number, force: boolean): number {
  const text = token.fragments.map((f) => f.text).join('');
  let best = 0;
  let width = 0;
  let chars = 0;
  for (const ch of text) {
    width += widthOf(ch);
    if (width > room) break;
    chars += ch.length;
    if (HYPHEN.test(ch) && LETTER.test(text[chars - ch.length - 1] ?? '') && LETTER.test(text[chars] ?? '')) best = chars;
  }
  if (best) return best;
  if (!force) return 0;
  return chars || [...text][0].length;
}

/**
 * Greedy word wrap. Spaces at a row's start are dropped. A word that does not fit breaks after a hyphen
 * (`pre-` / `sanctions`) when one fits; a word wider than the whole row without one is cut by width.
 */
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
    let rest = token;
    while (true) {
      const room = row ? w - rowWidth : w;
      if (rest.width <= room) {
        push(rest);
        break;
      }
      // Not on this row: break after a hyphen that fits; on a fresh row, after whatever fits.
      const at = breakPoint(rest, room, !row);
      if (!at) {
        row = null;
        continue;
      }
      const [head, tail] = cutToken(rest, at);
      push(head);
      row = null;
      rest = tail;
    }
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
