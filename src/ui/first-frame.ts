/**
 * The opening screen as one string of text and SGR codes, drawn while React and Ink are still loading (they
 * take as long again as Node itself to start). It shows what the app's first render shows, from the same
 * layout and chrome functions; Ink then draws over it and takes the keyboard. Keys typed in between wait
 * in the terminal and are handled once Ink is ready.
 */
import { footerText, gutterMarks, gutterText, headerText, positionText, sectionEntry, sidePaneRows, speakerEntry } from './chrome.js';
import type { Doc } from './document.js';
import { screenLayout } from './layout.js';
import { startPosition } from './navigation.js';
import { readerLayoutFor, type ReaderRow } from './reader-layout.js';
import { createTheme } from './theme.js';
import { displayWidth } from './wrap.js';

const SGR: Record<string, number> = {
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  gray: 90,
  redBright: 91,
  greenBright: 92,
  yellowBright: 93,
  blueBright: 94,
  magentaBright: 95,
  cyanBright: 96,
};

export interface Style {
  color?: string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

export function styled(text: string, style: Style): string {
  if (!text) return '';
  const codes: number[] = [];
  if (style.bold) codes.push(1);
  if (style.dim) codes.push(2);
  if (style.italic) codes.push(3);
  if (style.underline) codes.push(4);
  if (style.inverse) codes.push(7);
  if (style.color && SGR[style.color]) codes.push(SGR[style.color]);
  return codes.length ? `\u001b[${codes.join(';')}m${text}\u001b[0m` : text;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export interface FirstFrameOptions {
  columns: number;
  rows: number;
  color: boolean;
  /** Right-hand header detail (file name, "1 of N files"). */
  extra?: string;
}

/** Rows-1 lines, as the app draws them with nothing pressed yet: reader focused, at the top, the first quote selected. */
export function firstFrame(doc: Doc, options: FirstFrameOptions): string {
  const theme = createTheme(options.color);
  const screen = screenLayout(options.columns, options.rows, false);
  const textWidth = Math.max(8, screen.readerWidth - screen.gutterWidth);
  const layout = readerLayoutFor(doc, textWidth, null);
  const height = screen.bodyHeight;
  const { cursor } = startPosition(doc, layout, height);
  const lines: string[] = [];

  const header = headerText(doc, screen.columns, options.extra);
  lines.push(styled(header.title, { bold: true, color: theme.accent }) + ' '.repeat(header.gap) + styled(header.right, { color: theme.muted }));

  const side: string[] = [];
  if (screen.sideWidth > 0 && screen.sideWidth < screen.columns) {
    const inner = screen.sideWidth - 1;
    const { sectionRows, speakerRows } = sidePaneRows(doc, height);
    const currentSection = cursor >= 0 ? doc.quotes[cursor].sectionIndex : (layout.rows[0]?.section ?? -1);
    side.push(styled(pad(`Sections (${doc.sections.length})`, inner), { bold: true, color: theme.muted }));
    for (let i = 0; i < sectionRows; i++) {
      const s = doc.sections[i];
      const current = s?.index === currentSection;
      const text = s ? sectionEntry(s, current, inner - 1) : i === 0 ? '  (none)' : '';
      side.push(styled(pad(text, inner), current ? { bold: true, color: theme.accent } : {}));
    }
    side.push(styled(pad(`Speakers (${doc.speakers.length})`, inner), { bold: true, color: theme.muted }));
    for (let i = 0; i < speakerRows; i++) {
      const s = doc.speakers[i];
      if (!s) {
        side.push(pad(i === 0 ? ' (none yet)' : '', inner));
        continue;
      }
      const { mark, name, figures } = speakerEntry(s, false, inner - 2);
      const color = theme.speakerColor(s.index);
      side.push(' ' + styled(mark, { color }) + styled(name, { color }) + styled(figures, { color: theme.muted }) + ' '.repeat(Math.max(0, inner - 1 - displayWidth(mark + name + figures))));
    }
  }

  const readerRow = (row: ReaderRow | undefined, index: number): string => {
    if (!row || row.kind === 'blank') return '';
    if (row.kind === 'heading') return styled(row.fragments[0]?.text ?? '', { bold: true, underline: true, color: theme.accent });
    const marks = gutterMarks(doc, layout, index, false);
    const gutter = gutterText(doc, row, screen.gutterWidth, marks);
    let out = styled(gutter.text, { bold: row.gutter >= 0 || !!marks.uncertain, color: theme.speakerColor(gutter.speaker) });
    for (const f of row.fragments) {
      if (f.tag < 0) {
        out += f.text;
        continue;
      }
      const q = doc.quotes[f.tag];
      const indirect = q.quote.kind === 'indirect';
      const current = f.tag === cursor;
      out += styled(f.text, { color: theme.speakerColor(q.speakerIndex), inverse: current, italic: indirect, dim: indirect && !current && theme.color, bold: !indirect && !theme.color });
    }
    return out;
  };

  for (let i = 0; i < height; i++) {
    const left = side.length ? (side[i] ?? ' '.repeat(screen.sideWidth - 1)) + styled('│', { color: theme.muted }) : '';
    lines.push(left + readerRow(layout.rows[i], i));
  }

  const nav = doc.quotes.map((q) => q.index);
  const footer = footerText(screen.columns, 'READER', 'reader', positionText(layout, nav, cursor, 0, height));
  lines.push(styled(footer.badge, { inverse: true, bold: true }) + ' ' + styled(footer.hints, { color: theme.muted }) + ' '.repeat(footer.gap) + styled(footer.right, { color: theme.muted }));

  return lines.join('\n');
}
