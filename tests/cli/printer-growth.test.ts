/**
 * The outline and the sections, speakers and people printers do work in proportion to the transcript, not
 * to sections × quotes: a 31 MB article with thousands of sections took minutes when every section
 * re-scanned every quote. Counted, not timed: every read of an element of the transcript's arrays is
 * counted through a Proxy, at two sizes, and the count must grow like the size (4x the input, at most 6x
 * the reads; a scan per section would be 16x).
 */
import { describe, expect, it } from 'vitest';
import type { LoadedTranscript } from '../../src/load/index.js';
import type { Transcript } from '../../src/model/transcript.js';
import { outline } from '../../src/cli/outline.js';
import { peopleJson, sectionsJson, speakersJson } from '../../src/cli/print-json.js';
import { peopleText, sectionsText, speakersText } from '../../src/cli/print-text.js';
import type { Library } from '../../src/library/load-library.js';

/** A transcript of n sections of one paragraph each, each paragraph one quote, n / 2 speakers. */
function transcriptOf(n: number): Transcript {
  const speakers = Array.from({ length: n / 2 }, (_, i) => ({ id: `s${i}`, name: `Speaker Number${i}`, role: null, aliases: [] }));
  const sections = Array.from({ length: n }, (_, i) => ({ id: `sec${i}`, title: `Section ${i}`, paragraphs: [i, i] as [number, number] }));
  const paragraphs = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, section: `sec${i}`, text: `Speaker Number${i % (n / 2)} said: "Words number ${i}."` }));
  const quotes = paragraphs.map((p, i) => ({
    id: `q${i}`,
    kind: (i % 3 === 0 ? 'indirect' : 'direct') as 'direct' | 'indirect',
    speaker: i % 5 === 0 ? null : `s${i % (n / 2)}`,
    paragraph: p.id,
    text: `Words number ${i}.`,
    start: 0,
    end: 1,
    cue: 'said',
    confidence: i % 4 === 0 ? 0.5 : 0.9,
  }));
  return { version: 1, title: 'Growth', date: null, place: null, source: null, speakers, sections, paragraphs, quotes };
}

/** The transcript with its arrays wrapped so that every element read adds to `reads.count`. */
function counted(t: Transcript, reads: { count: number }): Transcript {
  const wrap = <T extends object>(array: T[]): T[] =>
    new Proxy(array, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
        return Reflect.get(target, key, receiver);
      },
    });
  return { ...t, speakers: wrap(t.speakers), sections: wrap(t.sections), paragraphs: wrap(t.paragraphs), quotes: wrap(t.quotes) };
}

function readsFor(n: number, print: (t: Transcript) => unknown): number {
  const reads = { count: 0 };
  const t = counted(transcriptOf(n), reads);
  print(t);
  return reads.count;
}

const loaded = (t: Transcript): LoadedTranscript[] => [{ file: 'growth.txt', transcript: t }];
const library = (t: Transcript): Library => ({
  transcripts: [loaded(t)[0], { file: 'other.txt', transcript: t }],
  people: t.speakers.map((s) => ({ id: s.id, name: s.name, aliases: [], otherNames: [], appearances: [{ transcript: 0, speaker: s.id }, { transcript: 1, speaker: s.id }] })),
});

describe('printers grow linearly with the transcript', () => {
  const printers: [string, (t: Transcript) => unknown][] = [
    ['the outline', (t) => outline(t)],
    ['sections (text)', (t) => sectionsText(loaded(t))],
    ['sections (JSON)', (t) => sectionsJson(loaded(t))],
    ['speakers (text)', (t) => speakersText(loaded(t))],
    ['speakers (JSON)', (t) => speakersJson(loaded(t))],
    ['people (text)', (t) => peopleText(library(t))],
    ['people (JSON)', (t) => peopleJson(library(t))],
  ];
  for (const [name, print] of printers) {
    it(`${name}: 4x the sections and quotes, at most 6x the reads`, () => {
      const small = readsFor(500, print);
      const large = readsFor(2000, print);
      expect(small).toBeGreaterThan(500);
      expect(large / small).toBeLessThan(6);
    });
  }

  it('the outline still lists each section with its own quotes', () => {
    const text = outline(transcriptOf(4));
    expect(text).toMatch(/ {2}Section 1\n {4}q1 Speaker Number1 \(direct, said 0\.90\): Words number 1\.\n {2}Section 2\n/);
  });
});
