import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/model/edit-distance.js';
import { fold, forEachWord, tokenize, wordSimilarity } from '../../src/search/words.js';
import { parseQuery } from '../../src/search/query.js';
import { queryWords } from '../../src/search/words.js';

describe('words', () => {
  it('fold lowers case and straightens apostrophes without changing the length', () => {
    expect(fold('We’ve MET in Sochi')).toBe("we've met in sochi");
    expect(fold('İstanbul').length).toBe('İstanbul'.length);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(s).length === s.length));
  });

  it('tokenize keeps offsets into the original text', () => {
    const text = 'The PRE-SANCTIONS level, we’ve said.';
    for (const t of tokenize(text)) expect(fold(text.slice(t.start, t.end))).toBe(t.word);
    expect(tokenize(text).map((t) => t.word)).toEqual(['the', 'pre-sanctions', 'level', "we've", 'said']);
  });

  it('editDistance counts a transposition as one edit and stops early', () => {
    expect(editDistance('tnago', 'tango', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'xyzxyz', 1)).toBe(2);
  });

  it('wordSimilarity: same 1, prefix 0.9, one typo 0.8, else 0', () => {
    expect(wordSimilarity('tango', 'tango')).toBe(1);
    expect(wordSimilarity('tang', 'tangoing')).toBe(0.9);
    expect(wordSimilarity('tnago', 'tango')).toBe(0.8);
    expect(wordSimilarity('to', 'tango')).toBe(0);
    expect(wordSimilarity('te', 'the')).toBe(0);
  });
});

describe('parseQuery', () => {
  const parse = (q: string) => parseQuery(q, queryWords);

  it('splits speakers, soft words and hard terms', () => {
    const p = parse(`@putin tango 'exact ^start end$ !not "a phrase" a | b`);
    expect(p.speakers).toEqual(['putin']);
    expect(p.fuzzy.map((t) => t.pattern)).toEqual(['tango']);
    expect(p.hard.map((t) => [t.pattern, t.literal, t.inverse])).toEqual([
      ["'exact", 'exact', false],
      ['^start', null, false],
      ['end$', null, false],
      ['!not', null, true],
      [`'"a phrase"`, 'a phrase', false],
      ['a | b', null, false],
    ]);
  });

  it('trims punctuation from plain words and drops empty operators', () => {
    expect(parse('“tango,” ! ^ $ \'').fuzzy.map((t) => t.pattern)).toEqual(['tango']);
    expect(parse("! ^ ' \"\"").hard).toEqual([]);
  });
});

describe('forEachWord', () => {
  it('finds exactly the words, folded forms and offsets tokenize finds (ASCII fast path and the rest)', () => {
    const unit = fc.constantFrom('a', 'B', 'z', '1', ' ', '-', "'", '’', 'é', 'İ', '.', '\n', '--', "''", 'x-y');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const got: { word: string; start: number; end: number }[] = [];
        forEachWord(text, (folded, start, end) => got.push({ word: folded.slice(start, end), start, end }));
        expect(got).toEqual(tokenize(text));
      }),
      { numRuns: 3000 },
    );
  });
});
