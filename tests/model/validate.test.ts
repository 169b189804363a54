import { describe, expect, it } from 'vitest';
import { parseMetadata } from '../../src/model/metadata.js';
import type { Transcript } from '../../src/model/transcript.js';
import { isCalendarDate, TranscriptValidationError, validateTranscript } from '../../src/model/validate.js';

// Two sections of two paragraphs, two speakers, three quotes: every cross-reference the model has.
function transcript(): Transcript {
  const p = ['Olsen said: "The ferry runs all winter."', 'Serov: We agree.', 'Olsen said: "Good [news] for the islands."', 'Applause.'];
  const quote = (id: string, paragraph: number, text: string, speaker: string) => {
    const start = p[paragraph].indexOf(text);
    return { id, kind: 'direct' as const, speaker, paragraph: `p${paragraph + 1}`, text, start, end: start + text.length, cue: 'label', confidence: 0.9 };
  };
  return {
    version: 1,
    title: 'Council',
    date: '2024-02-29',
    place: null,
    source: null,
    speakers: [
      { id: 'olsen', name: 'Maria Olsen', role: null, aliases: [] },
      { id: 'serov', name: 'Mikhail Serov', role: null, aliases: [] },
    ],
    sections: [
      { id: 's1', title: 'Ferry', paragraphs: [0, 1] },
      { id: 's2', title: 'Islands', paragraphs: [2, 3] },
    ],
    paragraphs: p.map((text, i) => ({ id: `p${i + 1}`, section: i < 2 ? 's1' : 's2', text })),
    quotes: [quote('q1', 0, 'The ferry runs all winter.', 'olsen'), quote('q2', 1, 'We agree.', 'serov'), { ...quote('q3', 2, 'Good [news] for the islands.', 'olsen'), insertions: [[5, 11]] }],
  };
}

function refusal(edit: (t: Transcript) => void): string {
  const t = transcript();
  edit(t);
  try {
    validateTranscript(JSON.parse(JSON.stringify(t)));
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptValidationError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('validateTranscript refuses what cannot be true, naming the field', () => {
  it('accepts the well-formed transcript', () => {
    expect(validateTranscript(transcript())).toEqual(transcript());
  });

  it.each([
    ['a speaker id used twice', (t: Transcript) => (t.speakers[1].id = 'olsen'), 'speakers[1].id: "olsen" is used twice (also speakers[0])'],
    ['a section id used twice', (t: Transcript) => (t.sections[1].id = 's1'), 'sections[1].id: "s1" is used twice (also sections[0])'],
    ['a paragraph id used twice', (t: Transcript) => (t.paragraphs[3].id = 'p1'), 'paragraphs[3].id: "p1" is used twice (also paragraphs[0])'],
    ['a quote id used twice', (t: Transcript) => (t.quotes[2].id = 'q1'), 'quotes[2].id: "q1" is used twice (also quotes[0])'],
    ['a month that does not exist', (t: Transcript) => (t.date = '2023-13-45'), 'date: is not a day of the calendar'],
    ['a day the month does not have', (t: Transcript) => (t.date = '2023-02-30'), 'date: is not a day of the calendar'],
    ['February 29th of a common year', (t: Transcript) => (t.date = '2023-02-29'), 'date: is not a day of the calendar'],
    ['day zero', (t: Transcript) => (t.date = '2023-04-00'), 'date: is not a day of the calendar'],
    ['a date of another shape', (t: Transcript) => (t.date = '15.09.2023'), 'date: expected YYYY-MM-DD'],
    ['a reversed quote', (t: Transcript) => ([t.quotes[0].start, t.quotes[0].end] = [t.quotes[0].end, t.quotes[0].start]), 'quotes[0].text: does not match paragraph text at start..end'],
    ['a quote past its paragraph', (t: Transcript) => (t.quotes[1].end = 400), 'quotes[1].text: does not match paragraph text at start..end'],
    ['a reversed insertion', (t: Transcript) => (t.quotes[2].insertions = [[11, 5]]), 'quotes[2].insertions[0]: [11, 5] is reversed'],
    ['an insertion past the quote', (t: Transcript) => (t.quotes[2].insertions = [[5, 11], [20, 40]]), "quotes[2].insertions[1]: [20, 40] is outside the quote's text (28 characters)"],
    ['a negative insertion offset', (t: Transcript) => (t.quotes[2].insertions = [[-1, 3]]), 'quotes[2].insertions[0][0]: expected a whole number of 0 or more (got -1)'],
    ['an empty speaker id', (t: Transcript) => (t.speakers[0].id = ''), 'speakers[0].id: expected a non-empty string'],
    ['an empty speaker name', (t: Transcript) => (t.speakers[1].name = ''), 'speakers[1].name: expected a non-empty string'],
    ['an empty paragraph section', (t: Transcript) => (t.paragraphs[2].section = ''), 'paragraphs[2].section: expected a non-empty string'],
    ['an empty quote speaker (null is how nobody is said)', (t: Transcript) => (t.quotes[0].speaker = ''), 'quotes[0].speaker: expected a non-empty string'],
    ['a negative quote start', (t: Transcript) => (t.quotes[1].start = -2), 'quotes[1].start: expected a whole number of 0 or more (got -2)'],
    ['a fractional quote end', (t: Transcript) => (t.quotes[1].end = 3.5), 'quotes[1].end: expected a whole number of 0 or more (got 3.5)'],
    ['a fractional section bound', (t: Transcript) => (t.sections[0].paragraphs = [0, 0.5]), 'sections[0].paragraphs[1]: expected a whole number of 0 or more (got 0.5)'],
    ['a confidence over 1', (t: Transcript) => (t.quotes[2].confidence = 2), 'quotes[2].confidence: expected a number from 0 to 1 (got 2)'],
    ['a role of the wrong type', (t: Transcript) => ((t.speakers[0] as unknown as { role: number }).role = 42), /^speakers\[0\]\.role: /],
    ['a reversed section range', (t: Transcript) => (t.sections[1].paragraphs = [3, 2]), 'sections[1].paragraphs: range [3, 2] is reversed'],
    ['a section range past the paragraphs', (t: Transcript) => (t.sections[1].paragraphs = [2, 4]), 'sections[1].paragraphs: range [2, 4] is outside the paragraphs'],
    ['overlapping section ranges', (t: Transcript) => (t.sections[1].paragraphs = [1, 3]), 'sections[1].paragraphs: range [1, 3] overlaps section "s1" at paragraph 1'],
    ['a paragraph naming another section than its range', (t: Transcript) => (t.paragraphs[1].section = 's2'), 'paragraphs[1].section: "s2", but the section ranges put paragraph 1 in "s1"'],
    ['a paragraph no range holds', (t: Transcript) => (t.sections[1].paragraphs = [2, 2]), 'paragraphs[3].section: "s2", but no section\'s range holds paragraph 3'],
  ])('%s', (_, edit, message) => {
    if (typeof message === 'string') expect(refusal(edit)).toBe(message);
    else expect(refusal(edit)).toMatch(message);
  });

  it('isCalendarDate knows leap years', () => {
    expect(['2024-02-29', '2000-02-29', '2023-12-31', '1999-01-01'].filter(isCalendarDate)).toHaveLength(4);
    expect(['1900-02-29', '2023-02-29', '2023-06-31', '2023-00-10', '2023-1-1'].filter(isCalendarDate)).toHaveLength(0);
  });

  it('a sidecar date is held to the calendar too', () => {
    expect(() => parseMetadata({ date: '2023-02-30' })).toThrow('is not a day of the calendar');
    expect(parseMetadata({ date: '2023-02-28' })).toEqual({ date: '2023-02-28' });
  });

  it('reports an overlap at the first paragraph claimed twice (so many overlapping sections stay cheap)', () => {
    const t = transcript();
    t.sections = Array.from({ length: 20_000 }, (_, i) => ({ id: `s${i}`, title: '', paragraphs: [0, 3] as [number, number] }));
    expect(() => validateTranscript(t)).toThrow('sections[1].paragraphs: range [0, 3] overlaps section "s0" at paragraph 0');
  });
});
