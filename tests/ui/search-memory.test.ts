import { describe, expect, test } from 'vitest';
import { HISTORY_KEPT, olderEntry, rememberQuery } from '../../src/ui/query-history.js';
import { markPattern, markPieces } from '../../src/ui/search-marks.js';

describe('query history', () => {
  test('keeps each query once, newest first, at most HISTORY_KEPT', () => {
    expect(rememberQuery(['b', 'a'], 'a')).toEqual(['a', 'b']);
    expect(rememberQuery(['a'], '  ')).toEqual(['a']);
    const many = Array.from({ length: HISTORY_KEPT + 5 }, (_, i) => `q${i}`).reduce<string[]>((h, q) => rememberQuery(h, q), []);
    expect(many).toHaveLength(HISTORY_KEPT);
    expect(many[0]).toBe(`q${HISTORY_KEPT + 4}`);
  });

  test('steps to older entries and wraps to the newest', () => {
    const h = ['c', 'b', 'a'];
    expect(olderEntry(h, -1)).toEqual({ query: 'c', at: 0 });
    expect(olderEntry(h, 0)).toEqual({ query: 'b', at: 1 });
    expect(olderEntry(h, 2)).toEqual({ query: 'c', at: 0 });
    expect(olderEntry([], 0)).toBeNull();
  });
});

describe('search marks', () => {
  test('mark the words case-insensitively, the longest first, either apostrophe', () => {
    const pattern = markPattern(['tan', 'Tango', "don't"]);
    const marked = (text: string) => markPieces(text, pattern).filter((p) => p.marked).map((p) => p.text);
    expect(marked('The TANGO and a tan; I don’t know')).toEqual(['TANGO', 'tan', 'don’t']);
    expect(markPieces('plain', null)).toEqual([{ text: 'plain', marked: false }]);
    expect(markPattern(['', ' '])).toBeNull();
  });
});
