import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pairs, parse } from './helpers.js';

const example = (name: string) => parse(readFileSync(new URL(`../fixtures/examples/${name}`, import.meta.url), 'utf8'));

describe('speaker-labelled transcripts', () => {
  it('joins a long first label and later short labels into one speaker with a role', () => {
    const t = parse(
      'Working meeting\n\nGovernor of the Lake Region Mikhail Serov: Good afternoon. The harvest is in.\n\nPresident of Veloria Mikhail Dorn: How much grain did you bring in?\n\nMikhail Serov: Two million tonnes, a record.\n\nMikhail Dorn: Good. Keep it up.',
    );
    const names = t.speakers.map((s) => [s.name, s.role]);
    expect(names).toEqual([
      ['Mikhail Serov', 'Governor of the Lake Region'],
      ['Mikhail Dorn', 'President of Veloria'],
    ]);
    expect(pairs(t, 'turn')).toEqual([
      ['Mikhail Serov', 'Good afternoon. The harvest is in.'],
      ['Mikhail Dorn', 'How much grain did you bring in?'],
      ['Mikhail Serov', 'Two million tonnes, a record.'],
      ['Mikhail Dorn', 'Good. Keep it up.'],
    ]);
  });

  it('runs a turn over the following unlabelled paragraphs', () => {
    const t = example('kremlin-style.txt');
    const tolmachev = pairs(t, 'turn').filter(([name]) => name === 'Sergei Tolmachev').map(([, text]) => text);
    expect(tolmachev).toContain('There is one problem: the northern grid. Two substations are older than forty years.');
    expect(t.quotes.find((q) => q.text.startsWith('There is one problem'))!.cue).toBe('turn-continuation');
  });

  it('keeps stage directions and annotations out of speech and names', () => {
    const t = parse(
      'Signing ceremony\n\nPresident of Russia Vladimir Putin (retranslated): Let us sign. (Hands over documents.)\n\nQuestion: Will there be a second round?\n\nVladimir Putin: Certainly. (Laughter.) But not today.',
    );
    expect(t.speakers.map((s) => s.name)).toEqual(['Vladimir Putin', 'Reporter']);
    expect(pairs(t, 'turn')).toEqual([
      ['Vladimir Putin', 'Let us sign.'],
      ['Reporter', 'Will there be a second round?'],
      ['Vladimir Putin', 'Certainly.'],
      ['Vladimir Putin', 'But not today.'],
    ]);
  });

  it('keeps two people who share a first name apart', () => {
    const t = parse('Talks\n\nAnna Berg: The port is ready.\n\nAnna Lind: The railway is not.\n\nAnna Berg: Then we wait.');
    expect(t.speakers.map((s) => s.name)).toEqual(['Anna Berg', 'Anna Lind']);
  });

  it('reads Q:, MS. SMITH:, and labels alone on their line', () => {
    const t = parse(
      'Daily briefing\n\nMS. SMITH:  Good morning.  One announcement.\n\nQ:  Is the summit still on?\n\nMS. SMITH:  It is.\n\nJohn Carter, chief economist:\nThe numbers look better than in spring.',
    );
    expect(pairs(t, 'turn')).toEqual([
      ['Ms. Smith', 'Good morning.  One announcement.'],
      ['Reporter', 'Is the summit still on?'],
      ['Ms. Smith', 'It is.'],
      ['John Carter', 'The numbers look better than in spring.'],
    ]);
    expect(t.speakers.find((s) => s.name === 'John Carter')!.role).toBe('chief economist');
  });

  it('does not take a headline with a colon, or a sentence with a colon, for a label', () => {
    const t = parse('Valk: "We will not wait"\n\nPresident Irina Valk opened the session. There is one rule: no phones.\n\n"Everyone here knows why we have come together today," Irina Valk said.');
    expect(t.title).toBe('Valk: "We will not wait"');
    expect(t.quotes.filter((q) => q.kind === 'turn')).toEqual([]);
    // The headline's quote is a quote too (the headline is also the first paragraph), but never a turn.
    expect(pairs(t)).toEqual([
      ['Irina Valk', 'We will not wait'],
      ['Irina Valk', 'Everyone here knows why we have come together today'],
    ]);
  });
});

describe('the sample texts', () => {
  it('briefing: MR. MARSH is Owen Marsh from the title; Q turns are reporters; times and places are not speech', () => {
    const t = example('briefing.txt');
    expect(t.speakers.map((s) => s.name)).toEqual(['Owen Marsh', 'Reporter']);
    expect(t.speakers[0].role).toBe('Principal Deputy Press Secretary');
    expect(t.place).toBe('Aboard Air Force One, En Route to Denver, Colorado');
    const turns = pairs(t, 'turn');
    expect(turns.filter(([n]) => n === 'Reporter')).toHaveLength(3);
    expect(turns.some(([, text]) => /A\.M\. MDT|Laughter/.test(text))).toBe(false);
    expect(turns).toContainEqual(['Owen Marsh', 'The President lands in Denver at 1:15 and goes straight to the wildfire command center.']);
  });

  it('debate: constituency and party are not the name; a role label with the name in brackets; Mr Speaker', () => {
    const t = example('debate.txt');
    expect(t.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Clare Whitby', null],
      ['Daniel Okafor', 'Parliamentary Under-Secretary of State for Environment'],
      ['Mr Speaker', 'Speaker'],
    ]);
    expect(t.quotes.filter((q) => q.speaker === 'clare-whitby')).toHaveLength(3);
    expect(t.quotes.some((q) => q.text.includes('Volume 698'))).toBe(false);
  });

  it('townhall: time-stamped labels with speech below; Speaker 1 is unnamed; titles are not names', () => {
    const t = example('townhall.txt');
    expect(t.speakers.map((s) => [s.name, s.unnamed ?? false])).toEqual([
      ['Maria Olsen', false],
      ['Speaker 1', true],
      ['Alan Reyes', false],
    ]);
    expect(pairs(t, 'turn')[0]).toEqual(['Maria Olsen', 'Good evening. We have one item tonight, the budget, and twenty-two people signed up to speak.']);
  });

  it('kremlin style: site clutter is not content; two speakers stay two', () => {
    const t = example('kremlin-style.txt');
    expect(t.speakers.map((s) => s.name)).toEqual(['Mikhail Dorn', 'Sergei Tolmachev']);
    expect(t.paragraphs.some((p) => /See also|2 October 2025/.test(p.text))).toBe(false);
    expect(t.date).toBeNull();
    expect(t.sections.length).toBe(2);
  });

  it('tv style: name and role alone on a line; a scare-quoted phrase stays inside the speech', () => {
    const t = example('tv-style.txt');
    expect(t.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Irina Valk', 'President of Veloria'],
      ['Oleg Petrov', 'chief engineer'],
    ]);
    expect(t.quotes.every((q) => q.kind === 'turn')).toBe(true);
    expect(t.quotes[0].text).toContain('not "sometime next year".');
  });

  it('guillemets article: headline is the title; she explained; the head of state asked; According to the President', () => {
    const t = example('article-guillemets.txt');
    expect(t.title).toBe('Valk: "Our farmers deserve the same respect as our engineers"');
    expect(pairs(t)).toEqual([
      ['Irina Valk', 'Our farmers deserve the same respect as our engineers'],
      ['Irina Valk', 'Every year I hear the same story: the harvest is good, but the money is gone. Where does it go?'],
      ['Nina Sarr', 'We sell grain cheaply in autumn and buy feed expensively in spring'],
      ['Nina Sarr', 'Storage would change that.'],
      ['Irina Valk', 'But not one more kopeck for projects that stay on paper'],
      ['Irina Valk', 'I have seen enough beautiful presentations.'],
    ]);
    expect(pairs(t, 'indirect')).toContainEqual(['Irina Valk', 'the government will finance new grain elevators in the three southern regions']);
  });
});

describe('sections', () => {
  it('starts sections at headings and * * * separators, titled by the heading', () => {
    const t = parse('Budget day\n\nOpening\n\nMaria Olsen: We begin.\n\nJohn Carter: Thank you.\n\n* * *\n\nMaria Olsen: After the break, the numbers.\n\nQuestions\n\nQ: How much?\n\nMaria Olsen: Enough.');
    expect(t.sections.map((s) => s.title)).toEqual(['Opening', expect.any(String), 'Questions']);
    expect(t.sections.map((s) => s.paragraphs)).toEqual([[0, 1], [2, 2], [3, 4]]);
    for (const p of t.paragraphs) expect(t.sections.some((s) => s.id === p.section)).toBe(true);
  });

  it('keeps a date the text states', () => {
    expect(parse('Meeting on 3 March 2024\n\nText.').date).toBe('2024-03-03');
    expect(parse('Meeting\n\nThe talks took place on March 3, 2024 in Oslo.').date).toBe('2024-03-03');
  });
});

describe('long role labels', () => {
  it('keeps "Foreign" in the ministry and particles in the name; the label adds no alias beyond role and name', () => {
    const t = parse(readFileSync(new URL('../fixtures/ministers.txt', import.meta.url), 'utf8'));
    expect(t.speakers.map((s) => [s.name, s.role, s.aliases])).toEqual([
      ['Pieter de Vries', 'Minister of Foreign Affairs', ['de Vries']],
      ['Ludwig van der Berg', 'Minister of Justice', ['van der Berg']],
      ['Anna Kovács', 'Deputy Minister of Energy', ['Kovács']],
    ]);
  });
});
