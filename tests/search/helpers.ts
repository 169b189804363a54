import { readFileSync } from 'node:fs';
import type { Transcript } from '../../src/model/transcript.js';
import { validateTranscript } from '../../src/model/validate.js';

/** A transcript with one paragraph per quote; each quote is the whole paragraph. */
export function transcriptOf(
  quotes: { speaker: string | null; text: string; section?: string }[],
  speakers: { id: string; name: string; role?: string; aliases?: string[] }[] = [
    { id: 'putin', name: 'Vladimir Putin', role: 'Russian President', aliases: ['Putin', 'Russian President'] },
    { id: 'lukashenko', name: 'Aleksandr Lukashenko', role: 'Belarusian President', aliases: ['Lukashenko', 'Belarusian leader'] },
  ],
): Transcript {
  const sectionTitles = [...new Set(quotes.map((q) => q.section ?? 'Opening remarks'))];
  const t: Transcript = {
    version: 1,
    title: 'Test meeting',
    date: null,
    place: null,
    source: null,
    speakers: speakers.map((s) => ({ id: s.id, name: s.name, role: s.role ?? null, aliases: s.aliases ?? [] })),
    sections: [],
    paragraphs: quotes.map((q, i) => ({ id: `p${i + 1}`, section: `s${sectionTitles.indexOf(q.section ?? 'Opening remarks') + 1}`, text: q.text })),
    quotes: quotes.map((q, i) => ({
      id: `q${i + 1}`,
      kind: 'direct',
      speaker: q.speaker,
      paragraph: `p${i + 1}`,
      text: q.text,
      start: 0,
      end: q.text.length,
      cue: 'label',
      confidence: 0.9,
    })),
  };
  t.sections = sectionTitles.map((title, si) => {
    const indexes = t.paragraphs.flatMap((p, i) => (p.section === `s${si + 1}` ? [i] : []));
    return { id: `s${si + 1}`, title, paragraphs: [indexes[0], indexes[indexes.length - 1]] };
  });
  return validateTranscript(t);
}

export function bundled(): Transcript {
  return validateTranscript(JSON.parse(readFileSync(new URL('../../data/000_b7a3f8f331ca27dc.json', import.meta.url), 'utf8')));
}

/** The matched text of a hit, joined with `|`. */
export function matchedText(hit: { doc: { quote: { text: string } }; matches: [number, number][] }): string {
  return hit.matches.map(([s, e]) => hit.doc.quote.text.slice(s, e)).join('|');
}
