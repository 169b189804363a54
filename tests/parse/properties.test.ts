import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/parse/index.js';
import { findMentions } from '../../src/parse/mentions.js';
import { validateTranscript } from '../../src/model/validate.js';

const seed = readFileSync(new URL('../../data/000_b7a3f8f331ca27dc.txt', import.meta.url), 'utf8');

// Text that looks like what the parser meets: quote marks, labels, names, cues, blank lines.
const piece = fc.constantFrom(
  '"', '“', '”', '«', '»', '‘', '’', "'", "''", ':', ': ', ', ', '. ', '\n', '\n\n', '\r\n', ' ', '(', ')', '[', ']',
  'Vladimir Putin', 'Aleksandr Lukashenko', 'the Belarusian leader', 'he said', 'she added', 'He stressed that ',
  'According to the President, ', 'In his words, ', 'Q', 'Question:', 'MR. SMITH:  ', 'President of Russia ', '* * *',
  '(Laughter.)', 'we will', 'tango', 'Lukashe4nko', '• 5', 'See also', '\u0000', '\u001b[31m', '\ufeff',
);
const textLike = fc.oneof(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

// Slices of the real seed, cut anywhere: the hard cases in their natural surroundings.
const seedSlice = fc.tuple(fc.nat(seed.length), fc.nat(seed.length)).map(([a, b]) => seed.slice(Math.min(a, b), Math.max(a, b)));

const anyInput = fc.oneof(textLike, seedSlice);

describe('parser properties', () => {
  it('never throws, and always produces a valid transcript', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const t = parseTranscript(text);
        expect(() => validateTranscript(JSON.parse(JSON.stringify(t)))).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('finds mentions in text order, none overlapping (attribution walks them by cursor)', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const mentions = findMentions(text);
        for (let k = 1; k < mentions.length; k++) expect(mentions[k].start).toBeGreaterThanOrEqual(mentions[k - 1].end);
      }),
      { numRuns: 400 },
    );
  });

  it('slices every quote’s text out of its paragraph with its offsets', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const t = parseTranscript(text);
        const byId = new Map(t.paragraphs.map((p) => [p.id, p.text]));
        for (const q of t.quotes) expect(byId.get(q.paragraph)!.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 400 },
    );
  });

  it('gives every quote a speaker that exists (or null)', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const t = parseTranscript(text);
        const ids = new Set(t.speakers.map((s) => s.id));
        for (const q of t.quotes) if (q.speaker !== null) expect(ids.has(q.speaker)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        expect(parseTranscript(text)).toEqual(parseTranscript(text));
      }),
      { numRuns: 200 },
    );
  });
});
