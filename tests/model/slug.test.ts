import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/model/slug.js';

describe('slugify', () => {
  it('makes ASCII names lower case, with one hyphen for each run of other characters', () => {
    expect(slugify('Vladimir Putin')).toBe('vladimir-putin');
    expect(slugify('  A. Lukashenko ')).toBe('a-lukashenko');
    expect(slugify("O'Brien-Smith")).toBe('o-brien-smith');
    expect(slugify('Speaker 1')).toBe('speaker-1');
  });

  it('drops accents and keeps letters of any script', () => {
    expect(slugify('Anna Kovács')).toBe('anna-kovacs');
    expect(slugify('Éric Zemmour')).toBe('eric-zemmour');
    expect(slugify('Владимир Путин')).toBe('владимир-путин');
  });

  it('falls back when nothing is left', () => {
    expect(slugify('---')).toBe('speaker');
    expect(slugify('«»', 'x')).toBe('x');
  });
});
