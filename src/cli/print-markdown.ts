/**
 * Markdown output: each quote a block quote with a citation line (speaker, title, date, place, section).
 * Built with `md` (style.ts): every value from a transcript or sidecar is sanitised and its Markdown and
 * HTML escaped, so no field can become a link, an image, a heading or a tag.
 *
 * Worded as `y` copies it (model/quote-wording.ts): direct quotes and turns in quotation marks; reported
 * speech without them, as `X said (reported speech) that …`; an uncertain speaker marked in the citation.
 */
import { citedSpeaker, quoteWording } from '../model/quote-wording.js';
import { joined, md, type Printable } from './style.js';
import type { QuoteLine } from './print-text.js';

export { escapeMarkdown } from './style.js';

export function quotesMarkdown(items: readonly QuoteLine[]): string {
  return joined(
    items.map((item) => {
      const t = item.loaded.transcript;
      const name = item.speaker ? item.speaker.name : null;
      const where: Printable[] = [md`*${t.title}*`];
      if (t.date) where.push(md`${t.date}`);
      if (t.place) where.push(md`${t.place}`);
      if (item.section?.title) where.push(md`${item.section.title}`);
      return md`> ${quoteWording(item.quote, item.quote.text, name)}\n>\n> — ${citedSpeaker(item.quote, name)}, ${joined(where, ', ')}\n`;
    }),
    '\n',
  ).text;
}
