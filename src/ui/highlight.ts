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

/** At most `width` columns, starting shortly before the first match, with … where the text is cut (either end). */
export function snippet(fragments: readonly Fragment[], width: number): Fragment[] {
  if (width <= 0) return [];
  const { out, cut } = snippetWindow(fragments, width);
  // Cut at the end too: the last column becomes …, so a line cut to the width says so.
  return cut && width > 1 ? endWithEllipsis(out, width) : out;
}

/** The fragments with their last column replaced by … (at most `width` columns in all). */
function endWithEllipsis(fragments: readonly Fragment[], width: number): Fragment[] {
  const out: Fragment[] = [];
  let used = 0;
  for (const f of fragments) {
    let text = '';
    for (const ch of f.text) {
      const w = displayWidth(ch);
      if (used + w > width - 1) break;
      text += ch;
      used += w;
    }
    if (text) out.push({ text, tag: f.tag });
    if (used >= width - 1) break;
  }
  const last = out[out.length - 1];
  if (last && last.tag === 0) last.text += '…';
  else out.push({ text: '…', tag: 0 });
  return out;
}

function snippetWindow(fragments: readonly Fragment[], width: number): { out: Fragment[]; cut: boolean } {
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
  let total = 0;
  for (const f of fragments) total += displayWidth(f.text);
  const shown = used - (skip > 0 ? 1 : 0);
  return { out, cut: skipped + shown < total };
}

/** Tags of previewFragments(): narration, a matched word, the hit's quote. */
export const PREVIEW_TEXT = 0;
export const PREVIEW_MATCH = 1;
export const PREVIEW_QUOTE = 2;

/**
 * A whole paragraph for the search preview: the hit's quote (paragraph offsets [quoteStart, quoteEnd)) tagged
 * PREVIEW_QUOTE, matched text (paragraph offsets) PREVIEW_MATCH, the rest PREVIEW_TEXT; sanitised piece by piece.
 */
export function previewFragments(paragraph: string, quote: [number, number] | null, matches: readonly [number, number][]): Fragment[] {
  const cuts = new Set<number>([0, paragraph.length]);
  const clamp = (n: number) => Math.max(0, Math.min(paragraph.length, n));
  if (quote) quote.forEach((n) => cuts.add(clamp(n)));
  for (const [s, e] of matches) cuts.add(clamp(s)), cuts.add(clamp(e));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Fragment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const matched = matches.some(([s, e]) => s <= from && to <= e);
    const inQuote = quote !== null && quote[0] <= from && to <= quote[1];
    const tag = matched ? PREVIEW_MATCH : inQuote ? PREVIEW_QUOTE : PREVIEW_TEXT;
    const text = sanitizeForTerminal(paragraph.slice(from, to));
    if (!text) continue;
    const last = out[out.length - 1];
    if (last && last.tag === tag) last.text += text;
    else out.push({ text, tag });
  }
  return out;
}
