import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/model/transcript.js';
import { validateTranscript } from '../../src/model/validate.js';
import { createSearchIndex, narrationText } from '../../src/search/index.js';
import { bundled, transcriptOf } from './helpers.js';

/** Paragraphs written with [[speaker|quoted text]] marks; the rest of each paragraph is narration. */
function article(paragraphs: string[]): Transcript {
  const quotes: Transcript['quotes'] = [];
  const texts = paragraphs.map((raw, pi) => {
    let text = '';
    let at = 0;
    for (const m of raw.matchAll(/\[\[(\w+)\|([^\]]+)\]\]/g)) {
      text += raw.slice(at, m.index);
      const start = text.length;
      text += m[2];
      quotes.push({ id: `q${quotes.length + 1}`, kind: 'direct', speaker: m[1], paragraph: `p${pi + 1}`, text: m[2], start, end: text.length, cue: 'said', confidence: 0.9 });
      at = m.index + m[0].length;
    }
    return text + raw.slice(at);
  });
  return validateTranscript({
    version: 1,
    title: 'Talks',
    date: null,
    place: null,
    source: null,
    speakers: [
      { id: 'putin', name: 'Vladimir Putin', role: null, aliases: [] },
      { id: 'luka', name: 'Aleksandr Lukashenko', role: null, aliases: [] },
    ],
    sections: [{ id: 's1', title: 'Talks', paragraphs: [0, texts.length - 1] }],
    paragraphs: texts.map((text, i) => ({ id: `p${i + 1}`, section: 's1', text })),
    quotes,
  });
}

const talks = article([
  'The two leaders met in Minsk on Friday for a long day of talks.',
  'Putin made a few remarks about the sanctions introduced by Western countries. “[[putin|European companies are losing the markets they had here.]]”',
  '“[[luka|Our economy has grown despite the pressure,]]” the Belarusian leader said, and then added that the gas price was fair. “[[luka|We will pay on time.]]”',
  '“[[putin|Tangoing is a scenario we both know well.]]” Putin joked about the dance.',
]);
const index = createSearchIndex([talks]);

describe('search: narration', () => {
  it('finds the words of a paragraph outside its quotes, and says so', () => {
    const [hit] = index.search('wester sanctions');
    expect(hit.doc.in).toBe('narration');
    expect(hit.complete).toBe(true);
    expect(hit.matches.map(([s, e]) => hit.doc.text.slice(s, e))).toEqual(['sanctions', 'Western']);
    // It leads to the quote after it in the paragraph.
    expect(hit.doc.quote.id).toBe('q1');
    expect(hit.doc.speaker?.name).toBe('Vladimir Putin');
    expect(hit.doc.paragraphIndex).toBe(1);
  });

  it('names the next quote in the paragraph, or the paragraph’s first when none follows', () => {
    const [gas] = index.search('gas price');
    expect(gas.doc.in).toBe('narration');
    expect(gas.doc.quote.text).toBe('We will pay on time.');
    const [joke] = index.search('joked dance');
    expect(joke.doc.in).toBe('narration');
    expect(joke.doc.quote.text).toBe('Tangoing is a scenario we both know well.');
  });

  it('leads a paragraph without quotes to the next quote of the transcript', () => {
    const [hit] = index.search('minsk friday');
    expect(hit.doc.in).toBe('narration');
    expect(hit.doc.paragraphIndex).toBe(0);
    expect(hit.doc.quote.id).toBe('q1');
  });

  it('never matches the quoted words as narration', () => {
    const hits = index.search('european companies');
    expect(hits.map((h) => h.doc.in)).toEqual(['quote']);
    expect(narrationText('a “b” c', [{ start: 3, end: 4 }])).toBe('a “ ” c');
  });

  it('ranks a quote above narration with the same words', () => {
    const same = article(['Putin spoke of the tango. “[[putin|The tango is over.]]”']);
    const hits = createSearchIndex([same]).search('tango');
    expect(hits.map((h) => h.doc.in)).toEqual(['quote', 'narration']);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
  });

  it('keeps narration out of the quote list and of filter-only searches', () => {
    expect(index.docs.every((d) => d.in === 'quote')).toBe(true);
    expect(index.docs).toHaveLength(talks.quotes.length);
    expect(index.search('@putin').every((h) => h.doc.in === 'quote')).toBe(true);
  });

  it('filters narration by the speaker of the quote it leads to', () => {
    expect(index.search('sanctions @putin').map((h) => h.doc.in)).toEqual(['narration']);
    expect(index.search('sanctions @lukashenko')).toEqual([]);
  });

  it('stores and reads back its words with narration (the search pack)', () => {
    const again = createSearchIndex([talks], { words: index.words!() });
    expect(again.fromPack).toBe(true);
    expect(again.search('wester sanctions')[0].doc.quote.id).toBe('q1');
  });
});

describe('search: closest results when no result holds every word', () => {
  const meeting = transcriptOf([
    { speaker: 'putin', text: 'Tangoing is good, but it is important that Ukraine does not forget how to dance.' },
    { speaker: 'lukashenko', text: 'We will reach the pre-sanctions level of our economy next year.' },
    { speaker: 'putin', text: 'The budget process is nearing completion, and the tango of budgets goes on.' },
  ]);
  const small = createSearchIndex([meeting]);

  it('returns complete results when some result holds every word', () => {
    const hits = small.search('tango budgets');
    expect(hits[0].doc.quote.id).toBe('q3');
    expect(hits.every((h) => h.complete)).toBe(true);
  });

  it('returns the closest results, most words first, marked incomplete', () => {
    const hits = small.search('tnago ukraine zeppelin submarine');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => !h.complete)).toBe(true);
    // q1 holds two of the words (Tangoing, Ukraine), q3 one (tango).
    expect(hits[0].doc.quote.id).toBe('q1');
    expect(hits.map((h) => h.doc.quote.id)).toContain('q3');
  });

  it('with all but one of four words in a quote, that quote is the closest, still marked incomplete', () => {
    const hits = small.search('tango budgets process zeppelin');
    expect(hits[0].doc.quote.id).toBe('q3');
    expect(hits.every((h) => !h.complete)).toBe(true);
  });

  it('still finds Tangoing for tnago', () => {
    const texts = (q: string) => small.search(q).map((h) => h.doc.quote.text.split(' ')[0]);
    expect(texts('tnago')).toContain('Tangoing');
    expect(texts('tnago zeppelin')).toContain('Tangoing');
  });

  it('returns nothing when no word matches at all', () => {
    expect(small.search('zeppelin submarine')).toEqual([]);
  });
});

describe('search: the bundled transcript', () => {
  const bundledIndex = createSearchIndex([bundled()]);

  it('finds the narration before a quote by `wester sanctions`', () => {
    const [hit] = bundledIndex.search('wester sanctions');
    expect(hit.doc.in).toBe('narration');
    expect(hit.doc.text).toMatch(/Putin made a few remarks about the sanctions introduced by Western countries/);
    expect(hit.doc.quote.text).toMatch(/^European companies/);
  });

  it('finds Tangoing for tnago (a mistyped start of a longer word)', () => {
    expect(bundledIndex.search('tnago').some((h) => h.doc.quote.text.startsWith('Tangoing'))).toBe(true);
  });
});

describe('search: a turn’s speaker label is not narration', () => {
  it('makes no narration document of `Name:` before a turn', () => {
    const text = 'Mikhail Dorn: The bridge opens in spring.';
    const t = validateTranscript({
      version: 1,
      title: 'Turns',
      date: null,
      place: null,
      source: null,
      speakers: [{ id: 'dorn', name: 'Mikhail Dorn', role: null, aliases: [] }],
      sections: [{ id: 's1', title: 'Talks', paragraphs: [0, 0] }],
      paragraphs: [{ id: 'p1', section: 's1', text }],
      quotes: [{ id: 'q1', kind: 'turn', speaker: 'dorn', paragraph: 'p1', text: 'The bridge opens in spring.', start: 14, end: text.length, cue: 'label', confidence: 1 }],
    });
    const hits = createSearchIndex([t]).search('dorn');
    expect(hits.map((h) => h.doc.in)).toEqual(['quote']);
  });
});
