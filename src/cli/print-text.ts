/**
 * Plain-text output for people and for grep: a heading line per quote, the quote indented below it.
 * Built with `line` (style.ts), which sanitises every value from a transcript.
 */
import type { Library } from '../library/load-library.js';
import type { LoadedTranscript } from '../load/index.js';
import { isUncertain } from '../model/confidence.js';
import type { Quote, Section, Speaker } from '../model/transcript.js';
import { personCounts, speakerCounts, sectionCounts } from './print-json.js';
import { emphasise, joined, line, type Printable, type Style } from './style.js';

export interface QuoteLine {
  loaded: LoadedTranscript;
  quote: Quote;
  speaker: Speaker | null;
  section: Section | null;
  paragraphIndex: number;
  matches?: readonly [number, number][];
  /** A search hit in the narration: the paragraph's text and the matches in it (the quote is the one it leads to). */
  narration?: { text: string; matches: readonly [number, number][] };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function byKind(kinds: Record<string, number>): Printable {
  const parts = Object.entries(kinds)
    .filter(([, n]) => n)
    .map(([kind, n]) => line`${n} ${kind}`);
  return parts.length ? line` (${joined(parts, ', ')})` : line``;
}

/**
 * What the heading says of a quote besides who and where: `[reported speech]` (its words are the
 * journalist's, not the speaker's), `[turn]`, `[attribution uncertain]` (model/confidence.ts).
 */
function marks(quote: Quote): string {
  const out: string[] = [];
  if (quote.kind === 'indirect') out.push('reported speech');
  else if (quote.kind === 'turn') out.push('turn');
  if (isUncertain(quote)) out.push('attribution uncertain');
  return out.map((m) => ` [${m}]`).join('');
}

function heading(item: QuoteLine, showTranscript: boolean): Printable {
  const parts: Printable[] = [];
  const t = item.loaded.transcript;
  if (showTranscript) parts.push(t.date ? line`${t.title} (${t.date})` : line`${t.title}`);
  parts.push(item.speaker ? line`${item.speaker.name}` : line`(unattributed)`);
  if (item.section) parts.push(line`${item.section.title}`);
  parts.push(line`paragraph ${item.paragraphIndex + 1}`);
  return line`${joined(parts, ' — ')}${marks(item.quote)}`;
}

export function quotesText(items: readonly QuoteLine[], style: Style, showTranscript: boolean): string {
  return joined(
    items.map((item) =>
      item.narration
        ? line`${heading(item, showTranscript)} [narration]\n  ${emphasise(item.narration.text, item.narration.matches, style)}\n  → ${item.quote.text}\n`
        : line`${heading(item, showTranscript)}\n  ${emphasise(item.quote.text, item.matches ?? [], style)}\n`,
    ),
    '\n',
  ).text;
}

export function speakersText(loaded: readonly LoadedTranscript[]): string {
  return joined(
    loaded.map((l) => {
      const rows = speakerCounts(l.transcript).map(({ speaker, quotes, kinds }) => {
        const role = speaker.role ? line`, ${speaker.role}` : line``;
        return line`  ${speaker.name}${role}: ${plural(quotes, 'quote')}${byKind(kinds)}`;
      });
      return line`${l.transcript.title}\n${rows.length ? joined(rows, '\n') : line`  (no speakers)`}\n`;
    }),
    '\n',
  ).text;
}

export function sectionsText(loaded: readonly LoadedTranscript[]): string {
  return joined(
    loaded.map((l) => {
      const rows = sectionCounts(l.transcript).map(({ section, quotes }, i) => {
        const [first, last] = section.paragraphs;
        return line`  ${i + 1}. ${section.title} (paragraphs ${first + 1}–${last + 1}, ${plural(quotes, 'quote')})`;
      });
      return line`${l.transcript.title}\n${rows.length ? joined(rows, '\n') : line`  (no sections)`}\n`;
    }),
    '\n',
  ).text;
}

/** `parley speakers DIR`: the people of a library, their quotes counted across its transcripts. */
export function peopleText(library: Library): string {
  const byId = new Map(library.people.map((p) => [p.id, p]));
  const rows = personCounts(library).map((c) => {
    // Clean other names only (typos and raw labels stay searchable, unshown); an unnamed speaker says where.
    const first = c.unnamed ? library.transcripts[byId.get(c.person)?.appearances[0]?.transcript ?? -1]?.transcript : undefined;
    const also = first ? line` (in ${first.title})` : c.otherNames.length ? line` (also ${joined(c.otherNames.map((a) => line`${a}`), ', ')})` : line``;
    const role = c.roles.length ? line`, ${joined(c.roles.map((r) => line`${r}`), ' / ')}` : line``;
    const where = `in ${plural(c.transcripts, 'transcript')}`;
    return line`${c.name}${also}${role}: ${plural(c.quotes, 'quote')} ${where}${byKind(c.kinds)}`;
  });
  const people = `${rows.length} ${rows.length === 1 ? 'person' : 'people'}`;
  return line`${library.transcripts.length} transcripts, ${people}\n${joined(rows, '\n')}\n`.text;
}
