/**
 * `parley quotes --format tsv`: one line per quote, for fzf, cut and awk. Columns: id, speaker, section,
 * paragraph (numbered from 1, as in text output), kind, text. Inside a field a backslash, tab, newline
 * and carriage return are written `\\`, `\t`, `\n`, `\r`, so a line is always one quote and a tab always
 * ends a field; everything else is sanitised as in text output (`line`).
 */
import path from 'node:path';
import { joined, line } from './style.js';
import type { QuoteLine } from './print-text.js';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A field with its separators escaped (then sanitised by `line`). */
export function tsvField(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]);
}

/**
 * A quote's id for lookup (`parley quotes --id ID`): the quote's own id (`q12`) for one transcript; in a
 * library, where every transcript has its `q12`, the file as found too (`lib/2023/talks.txt#q12`: two
 * folders may each hold a `talks.txt`).
 */
export function quoteRef(item: QuoteLine, inLibrary: boolean): string {
  return inLibrary ? `${item.loaded.file}#${item.quote.id}` : item.quote.id;
}

/** Whether `id` names this quote: as quoteRef writes it, or by the file's name alone (`talks.txt#q12`), or `q12`. */
export function isQuoteRef(item: QuoteLine, id: string): boolean {
  return id === item.quote.id || id === quoteRef(item, true) || id === `${path.basename(item.loaded.file)}#${item.quote.id}`;
}

export function quoteTsv(item: QuoteLine, inLibrary: boolean): string {
  const fields = [
    quoteRef(item, inLibrary),
    item.speaker?.name ?? '',
    item.section?.title ?? '',
    String(item.paragraphIndex + 1),
    item.quote.kind,
    item.quote.text,
  ].map((f) => line`${tsvField(f)}`);
  return `${joined(fields, '\t').text}\n`;
}
