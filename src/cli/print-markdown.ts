/**
 * Markdown output: each quote a block quote with a citation line (speaker, title, date, place, section).
 * Built with `md` (style.ts): every value from a transcript or sidecar is sanitised and its Markdown and
 * HTML escaped, so no field can become a link, an image, a heading or a tag.
 */
import { joined, md, type Printable } from './style.js';
import type { QuoteLine } from './print-text.js';

export { escapeMarkdown } from './style.js';

export function quotesMarkdown(items: readonly QuoteLine[]): string {
  return joined(
    items.map((item) => {
      const t = item.loaded.transcript;
      const who = item.speaker ? item.speaker.name : 'Unattributed';
      const where: Printable[] = [md`*${t.title}*`];
      if (t.date) where.push(md`${t.date}`);
      if (t.place) where.push(md`${t.place}`);
      if (item.section?.title) where.push(md`${item.section.title}`);
      const kind = item.quote.kind === 'indirect' ? md` (reported speech)` : md``;
      return md`> ${item.quote.text}\n>\n> — ${who}${kind}, ${joined(where, ', ')}\n`;
    }),
    '\n',
  ).text;
}
