/**
 * The readable outline of a transcript (`parley parse FILE`, and `parley` when stdout is not a terminal):
 * title and facts, sections, speakers with quote counts, then every quote by section, with quotes the
 * parser was not sure of (confidence below 0.7: the weak rules, such as the subject of the previous
 * sentence or an opinion verb, and unattributed quotes) flagged.
 */
import type { LoadedTranscript } from '../load/index.js';
import type { Transcript } from '../model/transcript.js';
import { quotesBySection, sectionCounts, speakerCounts } from './print-json.js';
import { clean } from './style.js';

export const LOW_CONFIDENCE = 0.7;
const PREVIEW = 100;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function preview(text: string): string {
  const flat = clean(text);
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1).trimEnd()}…` : flat;
}

export function outline(t: Transcript, file?: string): string {
  const lines: string[] = [];
  lines.push(clean(t.title) || '(untitled)');
  const facts = [t.date, t.place && clean(t.place), t.source && clean(t.source)].filter(Boolean);
  if (facts.length) lines.push(facts.join(' · '));
  if (file) lines.push(`file: ${clean(file)}`);
  const byKind = new Map<string, number>();
  for (const q of t.quotes) byKind.set(q.kind, (byKind.get(q.kind) ?? 0) + 1);
  const kinds = (['direct', 'indirect', 'turn'] as const)
    .map((k) => [k, byKind.get(k) ?? 0] as const)
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${k}`);
  lines.push(`${t.sections.length} sections · ${t.quotes.length} quotes${kinds.length ? ` (${kinds.join(', ')})` : ''} · ${t.speakers.length} speakers`);

  lines.push('', 'Sections');
  for (const [i, { section, quotes }] of sectionCounts(t).entries()) {
    lines.push(`  ${i + 1}. ${clean(section.title)} (paragraphs ${section.paragraphs[0] + 1}–${section.paragraphs[1] + 1}, ${plural(quotes, 'quote')})`);
  }

  lines.push('', 'Speakers');
  for (const { speaker, quotes } of speakerCounts(t)) {
    lines.push(`  ${clean(speaker.name)}${speaker.role ? `, ${clean(speaker.role)}` : ''}${speaker.unnamed ? ' (unnamed)' : ''}: ${plural(quotes, 'quote')}`);
  }
  let unattributed = 0;
  for (const q of t.quotes) if (q.speaker === null) unattributed++;
  if (unattributed) lines.push(`  (unattributed): ${plural(unattributed, 'quote')}`);

  const speakerName = new Map(t.speakers.map((s) => [s.id, s.name]));
  const bySection = quotesBySection(t);
  const low = t.quotes.filter((q) => q.confidence < LOW_CONFIDENCE).length;
  lines.push('', `Quotes${low ? ` (${low} flagged "?": confidence below ${LOW_CONFIDENCE})` : ''}`);
  for (const section of t.sections) {
    const inSection = bySection.get(section.id) ?? [];
    if (!inSection.length) continue;
    lines.push(`  ${clean(section.title)}`);
    for (const q of inSection) {
      const flag = q.confidence < LOW_CONFIDENCE ? '?' : ' ';
      const who = q.speaker ? clean(speakerName.get(q.speaker) ?? q.speaker) : '(unattributed)';
      // Ids and cues come from the input too (a JSON file can hold anything): cleaned like the text.
      const how = `${q.kind}, ${q.cue === null ? 'no cue' : clean(q.cue)} ${q.confidence.toFixed(2)}`;
      lines.push(`  ${flag} ${clean(q.id)} ${who} (${how}): ${preview(q.text)}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function outlines(loaded: readonly LoadedTranscript[]): string {
  return loaded.map((l) => outline(l.transcript, loaded.length > 1 ? l.file : undefined)).join('\n');
}
