import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal } from '../../src/terminal/sanitize.js';

describe('sanitizeForTerminal: Unicode line breaks and directional marks', () => {
  it('the line and paragraph separators (U+2028, U+2029) are line ends: a space, or a newline where newlines are kept', () => {
    expect(sanitizeForTerminal('one\u2028two\u2029three')).toBe('one two three');
    expect(sanitizeForTerminal('one\u2028two\u2029three', { keepNewlines: true })).toBe('one\ntwo\nthree');
  });

  it('keeps the length of text where no sequence is removed (highlight offsets stay true)', () => {
    const text = 'a\u2028b\u2029c\td';
    expect(sanitizeForTerminal(text)).toHaveLength(text.length);
  });

  it('keeps LRM, RLM and ALM (invisible marks of ordinary right-to-left text), removes overrides and isolates', () => {
    const marks = 'שלום\u200e 2023 \u200fמרחבא\u061c';
    expect(sanitizeForTerminal(marks)).toBe(marks);
    expect(sanitizeForTerminal('a\u202eb\u2066c\u2069d\u202ae')).toBe('abcde');
  });
});
