import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeJson, safeJsonChunks } from '../../src/cli/print-json.js';

describe('safeJsonChunks: JSON streamed one record at a time', () => {
  it('joined, is exactly safeJson(value) + newline, for any JSON value and depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect([...safeJsonChunks(value, depth)].join('')).toBe(`${safeJson(value)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes what safeJson escapes, in keys and values at every depth', () => {
    const value = { 'k\u009b': ['\u001b]0;title\u0007', { deep: '\u202e\u2028' }] };
    const text = [...safeJsonChunks(value, 3)].join('');
    expect(text).toBe(`${safeJson(value)}\n`);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
  });

  it('never makes a chunk bigger than one record, however many records there are', () => {
    const record = (i: number) => ({ quote: { id: `q${i}`, text: 'A sentence someone said. '.repeat(4) }, speaker: { id: 's1', name: 'Ann Berg' }, n: i });
    const records = Array.from({ length: 20_000 }, (_, i) => record(i));
    const chunks = [...safeJsonChunks(records)];
    const biggest = chunks.reduce((m, c) => Math.max(m, c.length), 0);
    expect(biggest).toBeLessThanOrEqual(safeJson(record(19_999)).length * 2);
    expect(chunks.join('').length).toBeGreaterThan(biggest * 1000);
  });

  it('a transcript (parse --json) is streamed paragraph by paragraph and quote by quote', () => {
    const transcript = { title: 'T', paragraphs: Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, text: 'words '.repeat(20) })), quotes: [] };
    const chunks = [...safeJsonChunks(transcript)];
    expect(chunks.reduce((m, c) => Math.max(m, c.length), 0)).toBeLessThan(400);
    expect(chunks.join('')).toBe(`${safeJson(transcript)}\n`);
  });
});
