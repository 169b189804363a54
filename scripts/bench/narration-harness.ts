// In-process half of scripts/bench/search-narration.mjs (bundled by it with esbuild): 2,000 article-style
// transcripts × 50 paragraphs (100,000 quotes), each paragraph narration around a quote, generated in memory
// (seeded). `narration` indexes them as they are; `quotes-only` indexes the same quotes with the narration
// removed (each paragraph is its quote alone): the baseline, what search covered before. Then every
// keystroke of a few typed queries is timed as the TUI runs them (limit 50). Prints one JSON line.
import type { Transcript } from '../../src/model/transcript.js';
import { createSearchIndex } from '../../src/search/index.js';
import { mulberry32 } from './lib/quality-queries.mjs';
import { typeEachPrefix } from './lib/typing.js';

const [mode = 'narration', filesArg = '2000', paragraphsArg = '50'] = process.argv.slice(2);
const FILES = Number(filesArg);
const PARAGRAPHS = Number(paragraphsArg);
const TYPED = ['gas storage deadlines', 'the contractors promised', '@lukashenko weather', 'wester sanctions', 'tnago budget', 'speaking about railways', 'regions need more support'];

// The same seeded generator the quality queries use, so the bench text is the same every run.
const random = mulberry32(0x2545f491);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

const PEOPLE = ['Aleksandr Lukashenko', 'Vladimir Putin', 'Mikhail Dorn', 'Irina Valk', 'Sergei Tolmachev', 'Anna Kovacs', 'Pieter de Vries', 'Owen Marsh'];
const TOPICS = ['energy', 'grain', 'the budget', 'railways', 'the border', 'sanctions introduced by Western countries', 'gas storage', 'the harvest', 'tariffs', 'the new bridge', 'heating', 'exports'];
const LEADS = ['Speaking about', 'Turning to', 'Asked about', 'Commenting on', 'In his remarks on', 'Returning to'];
const VERBS = ['said', 'noted', 'stressed', 'added', 'remarked'];
const MIDDLES = ['the deadlines are tight but realistic', 'the money is already in the budget', 'we lost two months to the weather', 'the regions need more support', 'the contractors promised to finish by autumn', 'prices must come down before winter', 'we will not accept another delay', 'we checked every site ourselves'];

function transcript(f: number, withNarration: boolean): Transcript {
  const speakers = PEOPLE.map((name, i) => ({ id: `p${i}`, name, role: null, aliases: [] }));
  const paragraphs: Transcript['paragraphs'] = [];
  const quotes: Transcript['quotes'] = [];
  for (let p = 0; p < PARAGRAPHS; p++) {
    const who = pick(speakers);
    const quote = `${pick(MIDDLES).replace(/^./, (c) => c.toUpperCase())}, and ${pick(MIDDLES)}. As for ${pick(TOPICS)}, ${pick(MIDDLES)}.`;
    const before = `${pick(LEADS)} ${pick(TOPICS)}, ${who.name} ${pick(VERBS)} that ${pick(MIDDLES)}. “`;
    const text = withNarration ? `${before}${quote}”` : quote;
    const start = withNarration ? before.length : 0;
    paragraphs.push({ id: `para${p}`, section: 's1', text });
    quotes.push({ id: `q${p}`, kind: 'direct', speaker: who.id, paragraph: `para${p}`, text: quote, start, end: start + quote.length, cue: 'quote-after-cue', confidence: 0.9 });
  }
  return { version: 1, title: `Meeting ${f}`, date: null, place: null, source: null, speakers, sections: [{ id: 's1', title: 'Talks', paragraphs: [0, PARAGRAPHS - 1] }], paragraphs, quotes };
}

const transcripts = Array.from({ length: FILES }, (_, f) => transcript(f, mode === 'narration'));
const t0 = performance.now();
const index = createSearchIndex(transcripts);
const indexMs = performance.now() - t0;
const keystrokes = typeEachPrefix(index, TYPED, 50);
const quotes = transcripts.reduce((n, t) => n + t.quotes.length, 0);
console.log(JSON.stringify({ mode, quotes, indexMs, keystrokes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
