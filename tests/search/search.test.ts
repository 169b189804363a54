import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { bundled, matchedText, transcriptOf } from './helpers.js';

const meeting = transcriptOf([
  { speaker: 'putin', text: 'As for the Americans, they themselves do not know how to tango. Tango is wonderful.' },
  { speaker: 'lukashenko', text: 'They seem to have begun to tango. Three rounds of negotiations were held in Belarus.' },
  { speaker: 'putin', text: 'Tangoing is good, but it is important that Ukraine does not forget how to dance.', section: 'Press Q&A' },
  { speaker: 'lukashenko', text: 'We will reach the pre-sanctions level of our economy next year.', section: 'Press Q&A' },
  { speaker: 'putin', text: 'The budget process is nearing completion, and the tango of budgets goes on.' },
  { speaker: null, text: 'Is the dance over? asked a reporter who did not know.', section: 'Press Q&A' },
]);
const index = createSearchIndex([meeting]);
const ids = (query: string, options = {}) => index.search(query, options).map((h) => h.doc.quote.id);

describe('search: ranking', () => {
  it('finds a word late in a long quote (ignoreLocation)', () => {
    const long = transcriptOf([{ speaker: 'putin', text: `${'Words before the point. '.repeat(60)}And finally the zeppelin.` }]);
    expect(createSearchIndex([long]).search('zeppelin').map((h) => h.doc.quote.id)).toEqual(['q1']);
  });

  it('puts an exact phrase above quotes that only contain its words', () => {
    expect(ids('how to tango')[0]).toBe('q1');
    const hits = index.search('tango');
    // whole-word "tango" (q1, q2, q5) before "Tangoing" (q3)
    expect(hits.slice(0, 3).map((h) => h.doc.quote.id).sort()).toEqual(['q1', 'q2', 'q5']);
    expect(hits[3].doc.quote.id).toBe('q3');
    expect(hits[2].score).toBeGreaterThan(hits[3].score);
  });

  it('ranks the quote whose words are in the query order first', () => {
    expect(ids('tango of budgets')[0]).toBe('q5');
    expect(ids('begun to tango')[0]).toBe('q2');
  });

  it('scores are between 0 and 1, best first', () => {
    const hits = index.search('tango');
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) expect(h.score).toBeGreaterThan(0), expect(h.score).toBeLessThanOrEqual(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });

  it('returns nothing for words that are nowhere', () => {
    expect(ids('xyzzy plugh')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('honours the limit', () => {
    expect(ids('tango', { limit: 2 })).toHaveLength(2);
  });
});

describe('search: typo tolerance', () => {
  it.each([
    ['tnago', 'transposed letters'],
    ['tangp', 'a wrong letter'],
    ['tago', 'a dropped letter'],
    ['tanngo', 'an extra letter'],
  ])('%s (%s) still finds the tango quotes', (query) => {
    expect(ids(query).slice(0, 3).sort()).toEqual(['q1', 'q2', 'q5']);
  });

  it('a mistyped word inside a phrase still finds the quote', () => {
    expect(ids('reach the pre-sanctoins level')[0]).toBe('q4');
    expect(ids('they themselvs do not know')[0]).toBe('q1');
  });

  it('a word being typed matches as a prefix', () => {
    expect(ids('negotia')[0]).toBe('q2');
  });
});

describe('search: speakers', () => {
  it('a speaker name in the query counts', () => {
    const hits = index.search('putin tango');
    expect(hits[0].doc.speaker?.id).toBe('putin');
    expect(hits[0].doc.quote.text).toContain('tango');
    // every word must match, the name through the speaker: Lukashenko's tango quote is not a result
    expect(hits.map((h) => h.doc.quote.id).sort()).toEqual(['q1', 'q3', 'q5']);
    expect(ids('lukashenko tango')).toEqual(['q2']);
  });

  it('the speaker name is not emphasised in the quote', () => {
    expect(matchedText(index.search('putin tango')[0])).toBe('tango|Tango');
  });

  it('@name limits the search to that speaker', () => {
    expect(ids('@putin tango').sort()).toEqual(['q1', 'q3', 'q5']);
    expect(ids('@lukashenko tango')).toEqual(['q2']);
    expect(ids('@luka')).toEqual(['q2', 'q4']);
  });

  it('@name with a typo falls back to the nearest speaker', () => {
    expect(ids('@lukashenkp tango')).toEqual(['q2']);
  });

  it('options.speaker and options.section filter', () => {
    expect(ids('tango', { speaker: 'Putin' }).sort()).toEqual(['q1', 'q3', 'q5']);
    expect(ids('tango', { section: 'q&a' })).toEqual(['q3']);
    expect(ids('dance', { section: 'press' }).sort()).toEqual(['q3', 'q6']);
  });

  it('a speaker filter alone lists that speaker in order', () => {
    expect(ids('@putin')).toEqual(['q1', 'q3', 'q5']);
  });
});

describe('search: extended syntax', () => {
  it("'exact needs the exact text", () => {
    expect(ids("'tango").sort()).toEqual(['q1', 'q2', 'q3', 'q5']);
    expect(ids("'tnago")).toEqual([]);
  });

  it('^prefix and suffix$ anchor at the quote', () => {
    expect(ids('^tangoing')).toEqual(['q3']);
    expect(ids('belarus.$')).toEqual(['q2']);
  });

  it('!not excludes', () => {
    expect(ids("'tango !americans").sort()).toEqual(['q2', 'q3', 'q5']);
    expect(ids('tango !^they').sort()).toEqual(['q1', 'q3', 'q5']);
  });

  it('"a phrase" and a | b', () => {
    expect(ids('"how to dance"')).toEqual(['q3']);
    expect(ids('budgets | negotiations').sort()).toEqual(['q2', 'q5']);
  });

  it('a word longer than fuse’s 32-character pattern limit does not throw', () => {
    expect(() => index.search('a'.repeat(40) + ' tango')).not.toThrow();
    expect(() => index.search('supercalifragilisticexpialidociousness tango')).not.toThrow();
  });
});

describe('search: match offsets', () => {
  it('are [start, end) offsets into quote.text, sorted and not overlapping', () => {
    for (const query of ['tango', 'how to tango', 'tnago dance', "'tango", '"how to dance"', 'pre-sanctions']) {
      for (const hit of index.search(query)) {
        let last = -1;
        for (const [s, e] of hit.matches) {
          expect(s).toBeGreaterThan(last);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(hit.doc.quote.text.length);
          last = e;
        }
      }
    }
  });

  it('cover the matched words', () => {
    expect(matchedText(index.search('how to tango')[0])).toBe('how|to|tango');
    expect(matchedText(index.search('tnago')[0])).toMatch(/^tango/i);
    expect(matchedText(index.search('"how to dance"')[0])).toBe('how to dance');
    expect(matchedText(index.search('pre-sanctions')[0])).toBe('pre-sanctions');
  });

  it('carry the document: speaker, section and paragraph', () => {
    const [hit] = index.search('how to dance');
    expect(hit.doc.speaker?.name).toBe('Vladimir Putin');
    expect(hit.doc.section?.title).toBe('Press Q&A');
    expect(meeting.paragraphs[hit.doc.paragraphIndex].id).toBe(hit.doc.quote.paragraph);
  });
});

describe('search: the bundled transcript', () => {
  const seed = createSearchIndex([bundled()]);
  it('tnago finds a Putin quote about tango first', () => {
    const [hit] = seed.search('tnago');
    expect(hit.doc.speaker?.name).toBe('Vladimir Putin');
    expect(hit.doc.quote.text.toLowerCase()).toContain('tango');
  });

  it('indexes every quote', () => {
    expect(seed.docs.length).toBe(bundled().quotes.length);
  });
});
