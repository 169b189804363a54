import { describe, expect, it } from 'vitest';
import { pairs, parse } from './helpers.js';

describe('a TV interview transcript', () => {
  const t = parse(
    [
      'Weekend Report (transcript)',
      'ANCHOR: Good evening. I\'m Lena Moss, and tonight the river dam vote.',
      'GOV. OSKAR BRANDT (I), NORTH VALE: Thank you, Lena. The dam will be finished next spring.',
      'ANCHOR: Your own engineers say autumn at the earliest.',
      'BRANDT: They said that a year ago, and we are ahead of them.',
      'SEN. IDA FERRO (D), NORTH VALE: The money is not there. (Crosstalk.)',
      'FERRO: Let me finish.',
      'ANCHOR: That is all for tonight. I\'m Lena Moss.',
    ].join('\n\n'),
  );

  it('names the anchor from her own introduction, and keeps the role', () => {
    const anchor = t.speakers.find((s) => s.name === 'Lena Moss');
    expect(anchor?.role).toBe('Anchor');
    expect(pairs(t, 'turn').filter(([who]) => who === 'Lena Moss')).toHaveLength(3);
  });

  it('reads GOV. and SEN. as roles, so the short labels are the same people', () => {
    expect(t.speakers.map((s) => s.name).sort()).toEqual(['Ida Ferro', 'Lena Moss', 'Oskar Brandt']);
    expect(t.speakers.find((s) => s.name === 'Oskar Brandt')?.role).toBe('Governor, North Vale');
    expect(pairs(t, 'turn')).toContainEqual(['Oskar Brandt', 'They said that a year ago, and we are ahead of them.']);
    expect(pairs(t, 'turn')).toContainEqual(['Ida Ferro', 'Let me finish.']);
  });

  it('does not name a host from a guest being introduced', () => {
    const u = parse(
      ['Talk', 'HOST: Welcome back. With me is Senator Ida Ferro.', 'IDA FERRO: Glad to be here.', 'HOST: Senator, the budget.'].join('\n\n'),
    );
    expect(u.speakers.map((s) => s.name)).toEqual(['Host', 'Ida Ferro']);
  });
});

describe('a parliamentary order paper', () => {
  const t = parse(
    [
      'Oral Answers to Questions',
      'Transport',
      'The Secretary of State was asked—',
      '1. Mr Alan Reeve (Upper Dale) (LD): What assessment has she made of rural bus services?',
      'The Secretary of State for Transport (Ruth Kemp): We have funded four hundred new routes.',
      'T1. Mary Oduya (Lowfield) (Lab): If she will make a statement on her departmental responsibilities.',
      'Ruth Kemp: I will, gladly.',
    ].join('\n\n'),
  );

  it('reads numbered questions ("1.", "T1.") as the member\'s label', () => {
    expect(pairs(t, 'turn')).toEqual([
      ['Alan Reeve', 'What assessment has she made of rural bus services?'],
      ['Ruth Kemp', 'We have funded four hundred new routes.'],
      ['Mary Oduya', 'If she will make a statement on her departmental responsibilities.'],
      ['Ruth Kemp', 'I will, gladly.'],
    ]);
  });

  it('still reads a numbered list in prose as prose', () => {
    const u = parse('Plan\n\nThe council agreed three points.\n\n1. Roads: repair the bridge first.\n\n2. Schools: open the new wing.');
    expect(u.quotes).toEqual([]);
    expect(u.speakers).toEqual([]);
  });
});

describe('titles of works in quote marks', () => {
  it('are not utterances, even with a speaker in the sentence', () => {
    const t = parse(
      'Visit\n\nPresident Anna Berg met Prime Minister Tomas Lind. Anna Berg was given the book “Two Rivers: A Shared History of the Valley” by the hosts. Tomas Lind mentioned the documentary “The Long Road North” and said that every minister should watch it.',
    );
    expect(t.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('a wire-style article', () => {
  const t = parse(
    [
      'Ferry strike halts crossings',
      'HELSINKI, May 2 (Wire) - Ferry crews walked out on Friday after talks on night-shift pay broke down.',
      '"We cannot sail ships without crews," Liisa Koskinen, chief executive of the ferry operators\' association, said in a statement.',
      '"If it lasts a week, the islands run out of fresh food," said Pekka Laine, a logistics analyst at Nordbank. "Shops keep three days of stock."',
      'Union chairman Mikko Salo told reporters the offer did not cover inflation.',
      'In the afternoon, Koskinen met her counterpart at the seafarers\' union, Antti Heino, for an hour.',
      '"We have made our last offer," she told him.',
      '"Will you call off the strike?" a reporter asked Heino.',
      '"Not for this," he replied.',
    ].join('\n\n'),
  );

  it('takes people introduced with a description or after "said" as speakers', () => {
    expect(pairs(t)).toEqual([
      ['Liisa Koskinen', 'We cannot sail ships without crews'],
      ['Pekka Laine', 'If it lasts a week, the islands run out of fresh food'],
      ['Pekka Laine', 'Shops keep three days of stock.'],
      ['Liisa Koskinen', 'We have made our last offer'],
      ['Reporter', 'Will you call off the strike?'],
      ['Antti Heino', 'Not for this'],
    ]);
  });

  it('learns a gender from "her counterpart", so "she" skips the man named since, and names the unnamed reporter', () => {
    expect(t.speakers.map((s) => s.name).sort()).toEqual(['Antti Heino', 'Liisa Koskinen', 'Pekka Laine', 'Reporter']);
    expect(t.speakers.find((s) => s.name === 'Reporter')?.unnamed).toBe(true);
  });

  it('reads "de Groot" with its particle as the surname of "Marieke de Groot"', () => {
    const u = parse('Talks\n\nPort employers chief Marieke de Groot met the unions on Monday.\n\nOn Tuesday, de Groot said: "The offer stands."');
    expect(pairs(u)).toEqual([['Marieke de Groot', 'The offer stands.']]);
  });
});

describe('surnames that end like nationalities', () => {
  it('are names: Zieliński, Erdogan, Pashinyan and Draghi speak; "Russian" alone is no one', () => {
    const t = parse(
      [
        'Summit',
        'Polish MEP Tomasz Zieliński (EPP) criticised the plan. Turkish President Recep Erdogan met Armenian Prime Minister Nikol Pashinyan, and former ECB president Mario Draghi joined them.',
        '"The plan is too slow," Zieliński said.',
        '"We will open the border," Erdogan said.',
        '"Step by step," Pashinyan said.',
        '"Europe must act," Draghi said.',
        'The talks were held in Russian.',
      ].join('\n\n'),
    );
    expect(pairs(t)).toEqual([
      ['Tomasz Zieliński', 'The plan is too slow'],
      ['Recep Erdogan', 'We will open the border'],
      ['Nikol Pashinyan', 'Step by step'],
      ['Mario Draghi', 'Europe must act'],
    ]);
  });
});
