import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, saidBy, speakerName } from './helpers.js';

const seed = readFileSync(new URL('../../data/000_b7a3f8f331ca27dc.txt', import.meta.url), 'utf8');
const t = parse(seed);

const LUKASHENKO = 'Aleksandr Lukashenko';
const PUTIN = 'Vladimir Putin';

// Every direct quote of the seed, in order, with who said it.
const EXPECTED: [string, string][] = [
  [LUKASHENKO, 'First of all, I would like to congratulate you'],
  [LUKASHENKO, 'We cope with all these issues.'],
  [LUKASHENKO, 'More than 80% of the tasks'],
  [LUKASHENKO, 'I’d like to inform you that there were some complications'],
  [PUTIN, 'You and I continue contacts'],
  [PUTIN, 'Everything is stable, reliable for us'],
  [PUTIN, 'European companies have refused'],
  [PUTIN, 'Huge, world-class enterprises'],
  [PUTIN, 'Moreover, some large high-tech companies'],
  [PUTIN, 'I also wanted to tell you how the discussion'],
  [PUTIN, 'I am very glad to see you.'],
  [LUKASHENKO, 'I watched closely your last events-packed working days.'],
  [LUKASHENKO, 'A very famous person.'],
  [LUKASHENKO, 'Long story short'],
  [LUKASHENKO, 'Maybe they need to do it.'],
  [PUTIN, 'I absolutely agree with you.'],
  [PUTIN, 'As for the Americans, they themselves do not know how to tango.'],
  [PUTIN, 'Therefore, if the other side wants to'],
  [PUTIN, 'Tangoing is good, but it is important'],
  [LUKASHENKO, 'They seem to have begun to tango.'],
  [PUTIN, 'He signed a decree prohibiting'],
  [LUKASHENKO, 'He forbade it for himself'],
];

describe('the bundled seed article', () => {
  const direct = t.quotes.filter((q) => q.kind === 'direct');

  it('finds all 22 direct quotes, each with the right speaker, in order', () => {
    expect(direct).toHaveLength(22);
    direct.forEach((q, i) => {
      expect(q.text.startsWith(EXPECTED[i][1]), `quote ${i + 1}: ${q.text.slice(0, 60)}`).toBe(true);
      expect(speakerName(t, q), `speaker of quote ${i + 1}`).toBe(EXPECTED[i][0]);
    });
  });

  it('gives Lukashenko 10 direct quotes and Putin 12', () => {
    const count = (name: string) => direct.filter((q) => speakerName(t, q) === name).length;
    expect(count(LUKASHENKO)).toBe(10);
    expect(count(PUTIN)).toBe(12);
  });

  it('has Lukashenko and Putin as the named speakers, plus unnamed reporters', () => {
    const named = t.speakers.filter((s) => !s.unnamed).map((s) => s.name);
    expect(named.sort()).toEqual([LUKASHENKO, PUTIN]);
    const reporters = t.speakers.filter((s) => s.unnamed);
    expect(reporters.map((s) => s.name)).toEqual(['Reporter']);
  });

  it('does not make people who are only mentioned into speakers', () => {
    const names = t.speakers.flatMap((s) => [s.name, ...s.aliases]).join(' ');
    expect(names).not.toMatch(/Kim|Blinken|Zelensky|Austin/);
  });

  it('resolves the misspelt "Lukashe4nko" to Lukashenko without changing the text', () => {
    const lukashenko = t.speakers.find((s) => s.name === LUKASHENKO)!;
    expect(lukashenko.aliases).toContain('Aleksandr Lukashe4nko');
    expect(t.paragraphs[0].text).toContain('Lukashe4nko');
    expect(t.speakers.some((s) => s.name.includes('4'))).toBe(false);
  });

  it('learns roles from the text', () => {
    expect(t.speakers.find((s) => s.name === LUKASHENKO)!.role).toBe('Belarusian President');
    expect(t.speakers.find((s) => s.name === PUTIN)!.role).toBe('Russian President');
  });

  it('attributes indirect speech by the same sieve', () => {
    expect(saidBy(t, 'Russia has never refused to negotiate')).toBe(PUTIN);
    expect(saidBy(t, 'mutual relations between Belarus and Russia')).toBe(PUTIN);
    expect(saidBy(t, 'government officials of both countries')).toBe(LUKASHENKO);
    expect(saidBy(t, 'there is no doubt that Russia still has something')).toBe(PUTIN);
    expect(saidBy(t, 'they were total nonsense')).toBe(PUTIN);
    // "A reporter told Vladimir Putin that …": the addressee is not the speaker.
    expect(saidBy(t, 'the West claims that his recent meeting')).toBe('Reporter');
  });

  it('splits into at least 4 sections a reader recognises', () => {
    const titles = t.sections.map((s) => s.title);
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles[0]).toBe('Opening remarks — Lukashenko');
    expect(titles.some((x) => /^Putin on /.test(x))).toBe(true);
    expect(titles).toContain('Press Q&A');
    const press = t.sections.find((s) => s.title === 'Press Q&A')!;
    expect(t.paragraphs[press.paragraphs[0]].text).toMatch(/talked to reporters/);
  });

  it('keeps site clutter (the • counters) out of the content and takes the first line as title', () => {
    expect(t.title).toBe('Meeting with Russian President Vladimir Putin');
    expect(t.paragraphs.some((p) => p.text.includes('•'))).toBe(false);
    expect(t.paragraphs[0].text.startsWith('Belarusian President')).toBe(true);
  });

  it('marks the bracketed editorial insertions inside quotes', () => {
    const q = t.quotes.find((x) => x.text.startsWith('He signed a decree'))!;
    expect(q.insertions).toEqual([[q.text.indexOf('['), q.text.indexOf(']') + 1]]);
  });

  it('records the rule and confidence behind every attribution', () => {
    for (const q of t.quotes) {
      expect(q.cue).not.toBeNull();
      expect(q.confidence).toBeGreaterThan(0);
    }
    expect(t.quotes.find((q) => q.text.startsWith('Huge, world-class'))!.cue).toBe('split-quote');
  });
});
