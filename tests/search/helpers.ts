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
  // One section per run of quotes with the same section title (a title may come back later as another section:
  // each paragraph lies in the one section whose range holds it).
  const sections: Transcript['sections'] = [];
  const sectionOf = quotes.map((q, i) => {
    const title = q.section ?? 'Opening remarks';
    const last = sections.at(-1);
    if (last && last.title === title) last.paragraphs[1] = i;
    else sections.push({ id: `s${sections.length + 1}`, title, paragraphs: [i, i] });
    return sections.at(-1)!.id;
  });
  const t: Transcript = {
    version: 1,
    title: 'Test meeting',
    date: null,
    place: null,
    source: null,
    speakers: speakers.map((s) => ({ id: s.id, name: s.name, role: s.role ?? null, aliases: s.aliases ?? [] })),
    sections,
    paragraphs: quotes.map((q, i) => ({ id: `p${i + 1}`, section: sectionOf[i], text: q.text })),
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
  return validateTranscript(t);
}

export function bundled(): Transcript {
  return validateTranscript(JSON.parse(readFileSync(new URL('../../data/000_b7a3f8f331ca27dc.json', import.meta.url), 'utf8')));
}

/** The matched text of a hit, joined with `|`. */
export function matchedText(hit: { doc: { quote: { text: string } }; matches: [number, number][] }): string {
  return hit.matches.map(([s, e]) => hit.doc.quote.text.slice(s, e)).join('|');
}
