/**
 * The text of the screen's fixed parts (header, footer, side-pane entries, gutter, position), as plain
 * data. The Ink components style it; first-frame.ts draws the same text before Ink has loaded.
 */
import { shortName, type Doc, type DocSection, type DocSpeaker } from './document.js';
import { footerHints, type KeyContext } from './keymap.js';
import type { ReaderLayout, ReaderRow } from './reader-layout.js';
import { displayWidth, truncate } from './wrap.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Title on the left; date, place and counts on the right, dropped from the end when narrow. */
export function headerText(doc: Doc, width: number, extra?: string): { title: string; gap: number; right: string } {
  const counts = [plural(doc.sections.length, 'section'), plural(doc.quotes.length, 'quote'), plural(doc.speakers.length, 'speaker')];
  const where = [doc.date, doc.place].filter(Boolean).join(' · ');
  // Right-hand detail, from most to least: each candidate drops something from the previous one.
  const candidates = [[where, ...counts, extra], [where, ...counts], [where, counts[1], extra], [where, counts[1]], [where], []].map((parts) =>
    parts.filter(Boolean).join(' · '),
  );
  const fullTitle = displayWidth(doc.title);
  // The title comes first: the most detail that fits beside the whole title, else the least detail beside
  // at least 16 columns of title.
  const fits = (c: string, titleRoom: number) => displayWidth(c) + (c ? 2 : 0) + titleRoom <= width;
  const right =
    candidates.find((c) => fits(c, fullTitle)) ?? candidates.slice().reverse().find((c) => c && fits(c, Math.min(fullTitle, 16))) ?? '';
  const title = truncate(doc.title, Math.max(1, width - displayWidth(right) - (right ? 2 : 0)));
  const gap = Math.max(right ? 2 : 0, width - displayWidth(title) - displayWidth(right));
  return { title, gap, right };
}

/** Mode badge, the keys that matter in this context (from the keymap), then a message or the position. */
export function footerText(width: number, mode: string, context: KeyContext, right: string): { badge: string; hints: string; gap: number; right: string } {
  const badge = ` ${mode} `;
  const hintsWidth = Math.max(0, width - displayWidth(badge) - displayWidth(right) - 2);
  let hints = '';
  for (const h of footerHints(context)) {
    const next = `${hints}${hints ? '  ' : ''}${h.keys} ${h.hint}`;
    if (displayWidth(next) > hintsWidth) break;
    hints = next;
  }
  const used = displayWidth(badge) + 1 + displayWidth(hints);
  return { badge, hints, gap: Math.max(1, width - used - displayWidth(right)), right: truncate(right, Math.max(1, width - used - 1)) };
}

/** How many rows each side-pane list gets (each list also has a heading row). */
export function sidePaneRows(doc: Doc, height: number): { sectionRows: number; speakerRows: number } {
  const speakerRows = Math.max(1, Math.min(Math.max(1, doc.speakers.length), Math.floor((height - 2) / 2)));
  return { speakerRows, sectionRows: Math.max(1, height - 2 - speakerRows) };
}

/**
 * A sections-pane row, `width` columns at most: one mark column, then `N. Title`. The mark is `›` on the
 * focused list's selection, else `▸` on the current section: one marker, never both (`›▸`).
 */
export function sectionEntry(section: DocSection, current: boolean, width: number, selected = false): string {
  return `${selected ? '›' : current ? '▸' : ' '}${truncate(`${section.index + 1}. ${section.title}`, Math.max(1, width - 1))}`;
}

export function speakerEntry(speaker: DocSpeaker, filtered: boolean, width: number): { mark: string; name: string; figures: string } {
  const figures = ` ${speaker.quoteCount}q ${Math.round(speaker.share * 100)}%`;
  return { mark: `${filtered ? '◆' : '●'} `, name: truncate(speaker.name, Math.max(1, width - 2 - figures.length)), figures };
}

/** The gutter of a reader row: the speaker's (short) name where a quote starts, else blanks. */
export function gutterText(doc: Doc, row: ReaderRow, gutterWidth: number): { text: string; speaker: number } {
  if (row.gutter < 0) return { text: ' '.repeat(gutterWidth), speaker: -1 };
  const q = doc.quotes[row.gutter];
  const label = shortName(q.speakerIndex >= 0 ? doc.speakers[q.speakerIndex].name : '?', gutterWidth - 1);
  return { text: label + ' '.repeat(Math.max(1, gutterWidth - displayWidth(label))), speaker: q.speakerIndex };
}

/** The footer's position: `3/33` on a quote, else how far down the text the screen reaches. */
export function positionText(layout: ReaderLayout, nav: readonly number[], cursor: number, top: number, height: number): string {
  const at = nav.indexOf(cursor);
  if (at >= 0) return `${at + 1}/${nav.length}`;
  const rows = layout.rows.length;
  return rows <= height ? 'all' : `${Math.round((Math.min(rows, top + height) / rows) * 100)}%`;
}
