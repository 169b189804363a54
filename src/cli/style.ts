/**
 * Terminal-safe text for one-shot output: the one place the text printers (print-text, print-markdown,
 * outline) turn strings into output.
 *
 * A printer builds its output only from `Printable` pieces, and the only ways to make one are the tags
 * below. `line` sanitises every value interpolated into it (sanitizeForTerminal: escape sequences removed,
 * controls made visible, line breaks made spaces); `md` does the same and then escapes Markdown and HTML.
 * Whatever a value's source (a cache entry, a JSON transcript, a sidecar, a file name), a printer cannot
 * print it raw without the type checker objecting: a plain string is not a Printable. Emphasis (the only
 * escape sequence parley writes itself) is added here too, on a terminal without NO_COLOR.
 */
import { sanitizeForTerminal } from '../terminal/sanitize.js';

export interface Style {
  /** Wraps emphasised (matched) text; identity when colour is off. */
  emphasis(text: string): string;
}

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const color = Boolean(stream.isTTY) && !env.NO_COLOR;
  return { emphasis: color ? (t) => `\u001b[1;4m${t}\u001b[22;24m` : (t) => t };
}

export const clean = (text: string): string => sanitizeForTerminal(text);

/** Escapes what Markdown would read as markup, so a value cannot become a link, a heading or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/^([#+\-=]|\d+\.)/, '\\$1');
}

// Not exported: no other module can make a Printable except through the tags and helpers below.
const brand: unique symbol = Symbol('printable');

/** Text that is safe to print: template literals of parley's own code, with every value sanitised. */
export interface Printable {
  readonly [brand]: true;
  readonly text: string;
}

const printable = (text: string): Printable => ({ [brand]: true, text });

/** What may be interpolated: strings and numbers (sanitised) and Printables (kept as they are). */
export type PrintValue = string | number | Printable;

function build(strings: TemplateStringsArray, values: readonly PrintValue[], escape: (text: string) => string): Printable {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    out += (typeof value === 'object' ? value.text : escape(String(value))) + strings[i + 1];
  }
  return printable(out);
}

/** A piece of plain-text output: every string or number interpolated into it is sanitised for the terminal. */
export function line(strings: TemplateStringsArray, ...values: PrintValue[]): Printable {
  return build(strings, values, clean);
}

/** A piece of Markdown output: every interpolated string is sanitised, then its Markdown and HTML escaped. */
export function md(strings: TemplateStringsArray, ...values: PrintValue[]): Printable {
  return build(strings, values, (text) => escapeMarkdown(clean(text)));
}

/** Pieces joined by a separator written in the code (a string literal: never a value from input). */
export function joined<S extends string>(pieces: readonly Printable[], separator: string extends S ? never : S): Printable {
  return printable(pieces.map((p) => p.text).join(separator));
}

/** A value sanitised and cut to `max` characters (with an ellipsis). */
export function shortened(text: string, max: number): Printable {
  const flat = clean(text);
  return printable(flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat);
}

/** The text with the [start, end) ranges emphasised; each piece is sanitised on its own, so offsets stay true. */
export function emphasise(text: string, ranges: readonly [number, number][], style: Style): Printable {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    out += clean(text.slice(at, start));
    const piece = clean(text.slice(start, end));
    out += piece ? style.emphasis(piece) : '';
    at = end;
  }
  return printable(out + clean(text.slice(at)));
}
