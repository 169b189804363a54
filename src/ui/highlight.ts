/**
 * Search result text with its matched characters marked, sanitised piece by piece so match offsets (which
 * refer to the raw quote text) stay right, then cut to a window that shows the first match.
 */
import { sanitizeForTerminal } from '../terminal/sanitize.js';
import { displayWidth, type Fragment } from './wrap.js';

/** Fragments tagged 1 for matched text and 0 for the rest. */
export function highlightFragments(text: string, matches: readonly [number, number][]): Fragment[] {
  const out: Fragment[] = [];
  let at = 0;
  const push = (from: number, to: number, tag: number) => {
    if (to <= from) return;
    const piece = sanitizeForTerminal(text.slice(from, to));
    if (!piece) return;
    const last = out[out.length - 1];
    if (last && last.tag === tag) last.text += piece;
    else out.push({ text: piece, tag });
  };
  for (const [start, end] of [...matches].sort((a, b) => a[0] - b[0])) {
    const s = Math.max(at, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    push(at, s, 0);
    push(s, e, 1);
    at = e;
  }
  push(at, text.length, 0);
  return out;
}

/** At most `width` columns, starting shortly before the first match (with a leading … when cut). */
export function snippet(fragments: readonly Fragment[], width: number): Fragment[] {
  if (width <= 0) return [];
  const lead = Math.floor(width / 3);
  // Columns before the first match; with no match in the text (a quote found by its speaker's name), none.
  let before = 0;
  if (fragments.some((f) => f.tag === 1)) {
    for (const f of fragments) {
      if (f.tag === 1) break;
      before += displayWidth(f.text);
    }
  }
  let skip = before > lead ? before - lead : 0;
  const out: Fragment[] = [];
  let used = 0;
  if (skip > 0) {
    out.push({ text: '…', tag: 0 });
    used = 1;
    skip += 1;
  }
  let skipped = 0;
  for (const f of fragments) {
    let text = '';
    for (const ch of f.text) {
      const w = displayWidth(ch);
      if (skipped < skip) {
        skipped += w;
        continue;
      }
      if (used + w > width) break;
      text += ch;
      used += w;
    }
    if (text) {
      const last = out[out.length - 1];
      if (last && last.tag === f.tag) last.text += text;
      else out.push({ text, tag: f.tag });
    }
    if (used >= width) break;
  }
  return out;
}
