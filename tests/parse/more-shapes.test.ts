import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairs, parse, speakerName } from './helpers.js';

const fixture = (name: string) => parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

describe('an agency-style article', () => {
  const t = fixture('agency-article.txt');

  it('reads the dateline place and date', () => {
    expect(t.place).toBe('Brussels');
    expect(t.date).toBe('2024-03-04');
  });

  it('keeps name particles in the name and merges "De Vries" with "Pieter de Vries"', () => {
    expect(t.speakers.map((s) => s.name)).toEqual(['Pieter de Vries', 'Katarzyna Nowak']);
    expect(t.speakers[0].aliases).toContain('De Vries');
  });

  it('attributes inverted cues, relative clauses, replies and "According to the Dutch minister"', () => {
    expect(pairs(t)).toEqual([
      ['Pieter de Vries', 'This is a good day for every truck driver in the region'],
      ['Pieter de Vries', 'Nobody should wait nine hours at a border in 2024.'],
      ['Katarzyna Nowak', 'We support the principle. But the details matter, and we have not seen them all'],
      ['Katarzyna Nowak', 'We are not here to block anything.'],
      ['Pieter de Vries', 'One check instead of three'],
      ['Katarzyna Nowak', 'the real test'],
    ]);
    expect(pairs(t, 'indirect')).toEqual([
      ['Pieter de Vries', 'the new rules would take effect in June'],
      ['Katarzyna Nowak', 'Warsaw would study the text'],
      ['Pieter de Vries', 'customs officers will share data in real time'],
    ]);
  });

  it('gives "which Nowak called “the real test”" to Nowak: her own words for it, not a scare quote', () => {
    const q = t.quotes.find((x) => x.text === 'the real test')!;
    expect(speakerName(t, q)).toBe('Katarzyna Nowak');
    expect(q.cue).toBe('governed-quote');
  });
});

describe('an interview transcript', () => {
  const t = fixture('interview.txt');

  it('has the interviewer as an unnamed speaker, the minister, and a role-only host', () => {
    expect(t.speakers.map((s) => [s.name, s.role, s.unnamed ?? false])).toEqual([
      ['Reporter', null, true],
      ['Laura Greene', 'Minister of Finance', false],
      ['Host', 'Host', false],
    ]);
  });

  it('drops [Crosstalk] and (Pause.) and the interpreter note from speech', () => {
    const greene = pairs(t, 'turn').filter(([n]) => n === 'Laura Greene').map(([, x]) => x);
    expect(greene).toEqual([
      'Thank you for having me.',
      'No. It is too high, and we will bring it down.',
      'We have already cut spending on three programmes.',
      'Transport subsidies, mainly.',
      'And some defence procurement.',
    ]);
    expect(t.date).toBe('2024-05-12');
  });
});

describe('pronouns and gender', () => {
  it('does not give "she" to a man known by his honorific', () => {
    const t = parse(
      'Talks\n\nMs Anna Berg met Mr Jonas Lind on Friday. Mr Lind spoke first about the harbour.\n\n"We will need the port open all winter," she said.',
    );
    expect(pairs(t)).toEqual([['Anna Berg', 'We will need the port open all winter']]);
  });

  it('finds the subject behind a relative clause', () => {
    const t = parse('Talks\n\nMinister Anna Berg, who visited Oslo last week, said: "The deal is done and signed."');
    expect(pairs(t)).toEqual([['Anna Berg', 'The deal is done and signed.']]);
  });
});

describe('bodies that speak, and roles in brackets', () => {
  it('gives a quote from "the Kremlin" or "the ministry" a generic speaker of that name, not a nearby person', () => {
    const t = parse(
      'Comments\n\nKremlin spokesman Dmitry Peskov spoke to reporters.\n\n"The talks were constructive," the Kremlin said in a statement.\n\nThe Foreign Ministry said: "We are ready to continue at any level."',
    );
    expect(pairs(t)).toEqual([
      ['Kremlin', 'The talks were constructive'],
      ['Foreign Ministry', 'We are ready to continue at any level.'],
    ]);
    expect(t.speakers.every((s) => s.unnamed)).toBe(true);
  });

  it('reads a role in brackets after a name, and THE PRESIDENT as the one president the text names', () => {
    const t = parse('Remarks by President Ada Stone\n\nDmitry Peskov (Kremlin spokesman): Good afternoon.\n\nTHE PRESIDENT: Thank you all.\n\nDmitry Peskov: Questions, please.');
    expect(t.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Dmitry Peskov', 'Kremlin spokesman'],
      ['Ada Stone', 'President'],
    ]);
  });
});

describe('a joint press conference transcript (upper-case labels)', () => {
  const t = fixture('press-conference.txt');

  it('reads the room as the place, and END with a time as a time stamp, not speech', () => {
    expect(t.place).toBe('East Room');
    expect(t.quotes.some((q) => /END|EDT/.test(q.text))).toBe(false);
  });

  it('splits role from name in PRESIDENT HARRIS and PRIME MINISTER LINDQVIST; Q turns are reporters', () => {
    expect(t.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Harris', 'President'],
      ['Lindqvist', 'Prime Minister'],
      ['Reporter', null],
    ]);
    expect(pairs(t, 'turn').filter(([n]) => n === 'Reporter')).toHaveLength(2);
    expect(pairs(t, 'turn')).toContainEqual(['Harris', 'It is my honor to welcome Prime Minister Lindqvist to the White House.']);
  });
});

describe('a press-service article where the host is introduced by role only', () => {
  const t = fixture('kremlin-article.txt');

  it('takes "the head of state" and "the Russian leader" for the subject nobody else fits', () => {
    expect(pairs(t)).toEqual([
      ['Vladimir Putin', 'This is a good result, but not the limit'],
      ['Irina Valk', 'We count on the new railway link'],
      ['Irina Valk', 'Without it, our exporters lose weeks.'],
      ['Irina Valk', 'We do not gamble with heating'],
    ]);
    expect(pairs(t, 'indirect')).toContainEqual(['Vladimir Putin', 'the first trains could run as early as next spring']);
  });

  it('reads a Prime Minister as head of government, not as a minister', () => {
    expect(t.speakers.find((s) => s.name === 'Irina Valk')!.aliases).toContain('Prime Minister');
  });
});

describe('questions and replies in an article', () => {
  it('keeps "“…?” Mikhail Dorn asked her." in one sentence with its cue; a reply goes to whoever was asked', () => {
    const t = fixture('governors-article.txt');
    expect(pairs(t)).toEqual([
      ['Maria Olsen', 'Not a single child lost a school year'],
      ['Mikhail Dorn', 'And the hospitals?'],
      ['Maria Olsen', 'Two of them are still closed. We need another month'],
      ['Mikhail Dorn', 'I will not accept excuses. Fuel must be there before the frost'],
      ['Sergei Tolmachev', 'We will manage'],
      ['Sergei Tolmachev', 'if the railway keeps to the schedule.'],
    ]);
  });
});

describe('an article with nested and scare quotes', () => {
  it('keeps single-quoted words inside a quote, and gives the scare-quoted "peace summit" no speaker', () => {
    const t = fixture('security-article.txt');
    expect(t.place).toBe('Minsk');
    expect(pairs(t)).toEqual([
      ['Aleksandr Lukashenko', 'We have always said that security cannot be built at the expense of others'],
      ['Dong Jun', 'China values its strategic partnership with Belarus'],
      ['Aleksandr Lukashenko', 'Please tell Chairman Xi that we remember his support in difficult times'],
      ['Aleksandr Lukashenko', 'Belarus does not forget its friends.'],
      ['Aleksandr Lukashenko', "They call it 'deterrence'. I call it preparation for war"],
      ['Aleksandr Lukashenko', 'A summit without Russia is not a peace summit.'],
    ]);
    expect(t.speakers.map((s) => s.name)).toEqual(['Aleksandr Lukashenko', 'Dong Jun']);
  });
});
