/** Plain-text output for people and for grep: a heading line per quote, the quote indented below it. */
import type { Library } from '../library/load-library.js';
import type { LoadedTranscript } from '../load/index.js';
import type { Quote, Section, Speaker } from '../model/transcript.js';
import { personCounts, speakerCounts, sectionCounts } from './print-json.js';
import { clean, emphasise, type Style } from './style.js';

export interface QuoteLine {
  loaded: LoadedTranscript;
  quote: Quote;
  speaker: Speaker | null;
  section: Section | null;
  paragraphIndex: number;
  matches?: readonly [number, number][];
}

function heading(item: QuoteLine, showTranscript: boolean): string {
  const parts: string[] = [];
  if (showTranscript) parts.push(clean(item.loaded.transcript.title) + (item.loaded.transcript.date ? ` (${item.loaded.transcript.date})` : ''));
  parts.push(item.speaker ? clean(item.speaker.name) : '(unattributed)');
  if (item.section) parts.push(clean(item.section.title));
  parts.push(`paragraph ${item.paragraphIndex + 1}`);
  return parts.join(' — ') + (item.quote.kind === 'direct' ? '' : ` [${item.quote.kind}]`);
}

export function quotesText(items: readonly QuoteLine[], style: Style, showTranscript: boolean): string {
  return items.map((item) => `${heading(item, showTranscript)}\n  ${emphasise(item.quote.text, item.matches ?? [], style)}\n`).join('\n');
}

export function speakersText(loaded: readonly LoadedTranscript[]): string {
  return loaded
    .map((l) => {
      const rows = speakerCounts(l.transcript).map(({ speaker, quotes, kinds }) => {
        const role = speaker.role ? `, ${clean(speaker.role)}` : '';
        const byKind = Object.entries(kinds)
          .filter(([, n]) => n)
          .map(([kind, n]) => `${n} ${kind}`)
          .join(', ');
        return `  ${clean(speaker.name)}${role}: ${quotes} quote${quotes === 1 ? '' : 's'}${byKind ? ` (${byKind})` : ''}`;
      });
      return `${clean(l.transcript.title)}\n${rows.join('\n') || '  (no speakers)'}\n`;
    })
    .join('\n');
}

export function sectionsText(loaded: readonly LoadedTranscript[]): string {
  return loaded
    .map((l) => {
      const rows = sectionCounts(l.transcript).map(({ section, quotes }, i) => {
        const [first, last] = section.paragraphs;
        return `  ${i + 1}. ${clean(section.title)} (paragraphs ${first + 1}–${last + 1}, ${quotes} quote${quotes === 1 ? '' : 's'})`;
      });
      return `${clean(l.transcript.title)}\n${rows.join('\n') || '  (no sections)'}\n`;
    })
    .join('\n');
}

/** `parley speakers DIR`: the people of a library, their quotes counted across its transcripts. */
export function peopleText(library: Library): string {
  const rows = personCounts(library).map((c) => {
    const also = c.aliases.length ? ` (also ${c.aliases.map(clean).join(', ')})` : '';
    const role = c.roles.length ? `, ${c.roles.map(clean).join(' / ')}` : '';
    const byKind = Object.entries(c.kinds)
      .filter(([, n]) => n)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    const where = `in ${c.transcripts} transcript${c.transcripts === 1 ? '' : 's'}`;
    return `${clean(c.name)}${also}${role}: ${c.quotes} quote${c.quotes === 1 ? '' : 's'} ${where}${byKind ? ` (${byKind})` : ''}`;
  });
  return `${library.transcripts.length} transcripts, ${rows.length} ${rows.length === 1 ? 'person' : 'people'}\n${rows.join('\n')}\n`;
}
