import { describe, expect, it } from 'vitest';
import { pairs, parse, saidBy } from './helpers.js';

const intro = 'Governor of the Lake Region Mikhail Serov met with Prime Minister Anna Kovács on Monday.\n\n';

describe('quote marks', () => {
  it('reads straight, curly, guillemet, low-high and doubled-apostrophe quotes', () => {
    const t = parse(
      `Talks\n\n${intro}"We will build the bridge this year," Mikhail Serov said.\n\n“The money is already there,” he added.\n\n«Nobody will stop this project now,» Mr Serov stressed.\n\n„The region has waited long enough“, the governor noted.\n\n''This is the last delay we accept,'' Anna Kovács replied.`,
    );
    expect(pairs(t)).toEqual([
      ['Mikhail Serov', 'We will build the bridge this year'],
      ['Mikhail Serov', 'The money is already there'],
      ['Mikhail Serov', 'Nobody will stop this project now'],
      ['Mikhail Serov', 'The region has waited long enough'],
      ['Anna Kovács', 'This is the last delay we accept'],
    ]);
  });

  it('reads single ‘…’ quotes used as the outer mark, and keeps apostrophes inside words', () => {
    const t = parse(`Talks\n\n${intro}‘We don’t have a choice, and everyone knows it,’ Anna Kovács said.`);
    expect(pairs(t)).toEqual([['Anna Kovács', 'We don’t have a choice, and everyone knows it']]);
  });

  it('closes a quote opened with one kind of mark and closed with another', () => {
    const t = parse(`Talks\n\n${intro}Anna Kovács noted: "The budget is fixed, the deadlines are fixed, and so is my patience.”`);
    expect(pairs(t)).toEqual([['Anna Kovács', 'The budget is fixed, the deadlines are fixed, and so is my patience.']]);
  });

  it('keeps a quote nested inside a quote within the outer one', () => {
    const t = parse(`Talks\n\n${intro}“They keep telling us ‘next year, next year’ and nothing happens,” Mikhail Serov said.\n\n«The contractor said „we are almost done“ in spring,» Anna Kovács added.`);
    expect(pairs(t)).toEqual([
      ['Mikhail Serov', 'They keep telling us ‘next year, next year’ and nothing happens'],
      ['Anna Kovács', 'The contractor said „we are almost done“ in spring'],
    ]);
  });

  it('does not take a plural possessive for a quote mark', () => {
    const t = parse(`Talks\n\n${intro}The leaders' talks lasted three hours. "We agreed on the schedule and on the money," Anna Kovács said.`);
    expect(pairs(t)).toEqual([['Anna Kovács', 'We agreed on the schedule and on the money']]);
  });

  it('treats a quote still open at the end of the text as a quote', () => {
    const t = parse(`Talks\n\n${intro}Anna Kovács said: "We will not wait another year for this bridge. The people deserve it.`);
    expect(pairs(t)).toEqual([['Anna Kovács', 'We will not wait another year for this bridge. The people deserve it.']]);
  });

  it('keeps [bracketed editorial insertions] in the text and marks them', () => {
    const t = parse(`Talks\n\n${intro}"They [the contractors] promised it by May," Mikhail Serov said.`);
    const q = t.quotes.find((x) => x.kind === 'direct')!;
    expect(q.text).toBe('They [the contractors] promised it by May');
    expect(q.insertions).toEqual([[5, 22]]);
  });
});

describe('split and continued quotes', () => {
  it('gives both halves of a quote split around its cue to one speaker', () => {
    const t = parse(`Talks\n\n${intro}“The first span is ready,” Anna Kovács said. “The second will follow in June.”\n\n“We checked every bolt,” said Mikhail Serov, “and every weld on it.”`);
    expect(pairs(t)).toEqual([
      ['Anna Kovács', 'The first span is ready'],
      ['Anna Kovács', 'The second will follow in June.'],
      ['Mikhail Serov', 'We checked every bolt'],
      ['Mikhail Serov', 'and every weld on it.'],
    ]);
    expect(t.quotes.filter((q) => q.kind === 'direct').map((q) => q.cue)).toEqual(['quote-then-cue', 'split-quote', 'quote-then-cue', 'cue-then-quote']);
  });

  it('attributes a quote continued over paragraphs to one speaker, one record per paragraph', () => {
    const t = parse(`Talks\n\n${intro}Mikhail Serov said: "The bridge is only the start. We also need roads to it.\n\n"And we need the railway to come back to the valley. Without it the bridge is a monument."\n\nAnna Kovács thanked him.`);
    expect(pairs(t)).toEqual([
      ['Mikhail Serov', 'The bridge is only the start. We also need roads to it.'],
      ['Mikhail Serov', 'And we need the railway to come back to the valley. Without it the bridge is a monument.'],
    ]);
    expect(t.quotes[1].paragraph).not.toBe(t.quotes[0].paragraph);
    expect(t.quotes.find((q) => q.text.startsWith('And we need'))!.cue).toBe('continuation');
  });
});

describe('scare quotes and terms', () => {
  it('gives no speaker to short quoted terms and scare quotes without a speech cue', () => {
    const t = parse(`Talks\n\n${intro}Mikhail Serov criticised the so-called “grain corridor” again. Anna Kovács wants the bridge finished soon, not ‘as soon as possible’. The region calls it "the golden mile".`);
    expect(t.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('attribution', () => {
  it('never takes an addressee for the speaker', () => {
    const t = parse(`Talks\n\n${intro}“I also wanted to tell you about the tender,” Mikhail Serov told his Hungarian counterpart.\n\n“You have my support,” Anna Kovács assured him.`);
    expect(pairs(t)).toEqual([
      ['Mikhail Serov', 'I also wanted to tell you about the tender'],
      ['Anna Kovács', 'You have my support'],
    ]);
  });

  it('treats words inside a quote as content, not as a cue', () => {
    const t = parse(`Talks\n\n${intro}"He signed a decree and he said it was final," Anna Kovács recalled.`);
    expect(saidBy(t, 'He signed a decree')).toBe('Anna Kovács');
  });

  it('resolves role nouns with nationality, and "the President" to the most recent fitting subject', () => {
    const t = parse(
      'Summit\n\nFrench President Claire Dubois met with German Chancellor Max Weber in Paris.\n\n"We share one market and one future," the French leader said.\n\n"Our industries depend on each other," the German Chancellor replied.\n\nClaire Dubois spoke about energy. "Prices must come down before winter," the President added.',
    );
    expect(pairs(t)).toEqual([
      ['Claire Dubois', 'We share one market and one future'],
      ['Max Weber', 'Our industries depend on each other'],
      ['Claire Dubois', 'Prices must come down before winter'],
    ]);
  });

  it('resolves he and she to the most recent speaking subject', () => {
    const t = parse(`Talks\n\n${intro}Anna Kovács spoke about the schedule. "We lost two months to the floods," she explained.\n\nMikhail Serov answered the criticism. "Nobody could have predicted that rain," he said.`);
    expect(pairs(t)).toEqual([
      ['Anna Kovács', 'We lost two months to the floods'],
      ['Mikhail Serov', 'Nobody could have predicted that rain'],
    ]);
  });

  it('resolves a surname with an honorific and a misspelt surname to the known person', () => {
    const t = parse(`Talks\n\n${intro}"The tender is open to everyone," Ms Kovács said.\n\n"And the rules are the same for everyone," Mikhail Serrov added.`);
    expect(pairs(t)).toEqual([
      ['Anna Kovács', 'The tender is open to everyone'],
      ['Mikhail Serov', 'And the rules are the same for everyone'],
    ]);
  });

  it('gives unnamed people a generic speaker, never a person’s name', () => {
    const t = parse(`Talks\n\n${intro}"When will the bridge open to traffic?" a reporter asked Anna Kovács.\n\n"In September, if the weather holds," she replied.`);
    expect(pairs(t)).toEqual([
      ['Reporter', 'When will the bridge open to traffic?'],
      ['Anna Kovács', 'In September, if the weather holds'],
    ]);
    expect(t.speakers.find((s) => s.name === 'Reporter')!.unnamed).toBe(true);
  });

  it('attributes a quote with no cue of its own to the only person in the paragraph', () => {
    const t = parse(`Talks\n\n${intro}Anna Kovács also talked about the ferry that the bridge replaces. "Forty minutes each way. Twice a day. For thirty years."`);
    expect(pairs(t)).toEqual([['Anna Kovács', 'Forty minutes each way. Twice a day. For thirty years.']]);
    expect(t.quotes.find((q) => q.kind === 'direct')!.cue).toBe('only-person');
  });

  it('keeps people who are only mentioned out of the speakers', () => {
    const t = parse(`Talks\n\n${intro}"I spoke to Chancellor Max Weber about it yesterday," Anna Kovács said.`);
    expect(t.speakers.map((s) => s.name)).toEqual(['Anna Kovács']);
  });
});

describe('indirect speech', () => {
  it('finds X noted that …, He stressed that …, According to …, In his words, …', () => {
    const t = parse(`Talks\n\n${intro}Anna Kovács noted that the bridge will cost less than planned. She stressed that no tolls will be charged.\n\nAccording to the governor, the road network will be ready by autumn. In his words, the region has never had a project of this size.`);
    expect(pairs(t, 'indirect')).toEqual([
      ['Anna Kovács', 'the bridge will cost less than planned'],
      ['Anna Kovács', 'no tolls will be charged'],
      ['Mikhail Serov', 'the road network will be ready by autumn'],
      ['Mikhail Serov', 'the region has never had a project of this size'],
    ]);
  });

  it('does not report a subject that is not a person ("The West claims that …")', () => {
    const t = parse(`Talks\n\n${intro}The opposition claims that the bridge is too expensive.`);
    expect(pairs(t, 'indirect')).toEqual([]);
  });
});

describe('a cue that ends a paragraph', () => {
  it('gives the next paragraph’s opening quote to the speaker of "X said:"', () => {
    const t = parse(`Talks\n\n${intro}Anna Kovács met the builders first. Then Mikhail Serov said at the ceremony:\n\n"This bridge belongs to the people of the valley, not to us."`);
    expect(pairs(t)).toEqual([['Mikhail Serov', 'This bridge belongs to the people of the valley, not to us.']]);
    expect(t.quotes.find((q) => q.kind === 'direct')!.cue).toBe('cue-then-quote');
  });
});

describe('a surname and a colon before a quote', () => {
  it('makes the surname a speaker, and later cues with it resolve', () => {
    const t = parse('Talks in Minsk\n\nThe two presidents met on Friday.\n\nPutin: "We will continue the work on the union programmes."\n\nLukashenko: “I agree, and we will not slow down.”\n\n"We are pleased," Putin added.');
    expect(pairs(t)).toEqual([
      ['Putin', 'We will continue the work on the union programmes.'],
      ['Lukashenko', 'I agree, and we will not slow down.'],
      ['Putin', 'We are pleased'],
    ]);
  });
});
