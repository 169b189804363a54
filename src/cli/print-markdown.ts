/** Markdown output: each quote a block quote with a citation line (speaker, title, date, section). */
import { clean } from './style.js';
import type { QuoteLine } from './print-text.js';

/** Escapes what Markdown would read as markup, so a quote cannot become a link, a heading or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/^([#+\-=]|\d+\.)/, '\\$1');
}

export function quotesMarkdown(items: readonly QuoteLine[]): string {
  return items
    .map((item) => {
      const t = item.loaded.transcript;
      const who = item.speaker ? clean(item.speaker.name) : 'Unattributed';
      const where = [`*${escapeMarkdown(clean(t.title))}*`, t.date, t.place ? clean(t.place) : null, item.section ? escapeMarkdown(clean(item.section.title)) : null]
        .filter(Boolean)
        .join(', ');
      const kind = item.quote.kind === 'indirect' ? ' (reported speech)' : '';
      return `> ${escapeMarkdown(clean(item.quote.text))}\n>\n> — ${escapeMarkdown(who)}${kind}, ${where}\n`;
    })
    .join('\n');
}
