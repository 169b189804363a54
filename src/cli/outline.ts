/**
 * The readable outline of a transcript (`parley parse FILE`, and `parley` when stdout is not a terminal):
 * title and facts, sections, speakers with quote counts, then every quote by section, with quotes the
 * parser was not sure of (confidence below 0.7: the weak rules, such as the subject of the previous
 * sentence or an opinion verb, and unattributed quotes) flagged.
 */
import type { LoadedTranscript } from '../load/index.js';
import { CONFIDENCE_BANDS, confidenceBand, isUncertain, LOW_CONFIDENCE } from '../model/confidence.js';
import type { Transcript } from '../model/transcript.js';
import { quotesBySection, sectionCounts, speakerCounts } from './print-json.js';
import { joined, line, shortened, type Printable } from './style.js';

export { LOW_CONFIDENCE };
const PREVIEW = 100;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function outline(t: Transcript, file?: string): string {
  const lines: Printable[] = [];
  const title = line`${t.title}`;
  lines.push(title.text ? title : line`(untitled)`);
  const facts = [t.date, t.place, t.source].filter((f): f is string => Boolean(f)).map((f) => line`${f}`);
  if (facts.length) lines.push(joined(facts, ' · '));
  if (file) lines.push(line`file: ${file}`);
  const byKind = new Map<string, number>();
  for (const q of t.quotes) byKind.set(q.kind, (byKind.get(q.kind) ?? 0) + 1);
  const kinds = (['direct', 'indirect', 'turn'] as const)
    .map((k) => [k, byKind.get(k) ?? 0] as const)
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${k}`);
  lines.push(line`${t.sections.length} sections · ${t.quotes.length} quotes${kinds.length ? ` (${kinds.join(', ')})` : ''} · ${t.speakers.length} speakers`);

  lines.push(line``, line`Sections`);
  for (const [i, { section, quotes }] of sectionCounts(t).entries()) {
    lines.push(line`  ${i + 1}. ${section.title} (paragraphs ${section.paragraphs[0] + 1}–${section.paragraphs[1] + 1}, ${plural(quotes, 'quote')})`);
  }

  lines.push(line``, line`Speakers`);
  for (const { speaker, quotes } of speakerCounts(t)) {
    const role = speaker.role ? line`, ${speaker.role}` : line``;
    lines.push(line`  ${speaker.name}${role}${speaker.unnamed ? ' (unnamed)' : ''}: ${plural(quotes, 'quote')}`);
  }
  const unattributed = t.quotes.filter((q) => q.speaker === null).length;
  if (unattributed) lines.push(line`  (unattributed): ${plural(unattributed, 'quote')}`);

  const speakerName = new Map(t.speakers.map((s) => [s.id, s.name]));
  const bySection = quotesBySection(t);
  const low = t.quotes.filter(isUncertain).length;
  lines.push(line``, line`Quotes${low ? ` (${low} flagged "?": confidence below ${LOW_CONFIDENCE})` : ''}`);
  // What the confidence numbers mean, as measured on the development set (src/model/confidence.ts).
  const legend = CONFIDENCE_BANDS.map((b, i) => {
    const range = i === 0 ? `≥ ${b.min}` : `${b.min}–${CONFIDENCE_BANDS[i - 1].min}`;
    return `${b.flag === ' ' ? '' : `${b.flag} `}${b.name} ${range}: ${Math.round(b.measured * 100)}% right`;
  });
  lines.push(line`  confidence (share right on parley's development set): ${legend.join(' · ')}`);
  for (const section of t.sections) {
    const inSection = bySection.get(section.id) ?? [];
    if (!inSection.length) continue;
    lines.push(line`  ${section.title}`);
    for (const q of inSection) {
      // The band's flag, and "?" for a quote nobody is named for (whatever its confidence says).
      const flag = isUncertain(q) ? '?' : confidenceBand(q.confidence).flag;
      // Ids and cues come from the input too (a JSON file can hold anything): `line` cleans them like the text.
      const who = q.speaker ? (speakerName.get(q.speaker) ?? q.speaker) : '(unattributed)';
      const how = line`${q.kind}, ${q.cue === null ? 'no cue' : q.cue} ${q.confidence.toFixed(2)}`;
      lines.push(line`  ${flag} ${q.id} ${who} (${how}): ${shortened(q.text, PREVIEW)}`);
    }
  }
  return joined(lines, '\n').text + '\n';
}

export function outlines(loaded: readonly LoadedTranscript[]): string {
  return loaded.map((l) => outline(l.transcript, loaded.length > 1 ? l.file : undefined)).join('\n');
}
