import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Quote, Transcript } from '../../src/model/transcript.js';
import { DATA_JSON, parley } from './helpers.js';

const seed: Transcript = JSON.parse(readFileSync(DATA_JSON, 'utf8'));
/** The bundled transcript's reported speech the parser guessed at: "Aleksandr Lukashenko believes that …" (0.6). */
const guessed = seed.quotes.find((q) => q.kind === 'indirect' && q.confidence < 0.7)!;
const reported = seed.quotes.find((q) => q.kind === 'indirect' && q.confidence >= 0.7)!;
const direct = seed.quotes.find((q) => q.kind === 'direct' && q.confidence >= 0.9 && q.speaker)!;
const blockOf = (markdown: string, q: Quote) => markdown.split('\n\n').find((b) => b.includes(q.text.slice(0, 40)))!;
const entryOf = (text: string, q: Quote) => text.split('\n\n').find((b) => b.includes(q.text.slice(0, 40)))!;

describe('quotes --markdown never misquotes', () => {
  const out = parley(['quotes', '--markdown']).stdout;

  it('reported speech is worded as reported, without quotation marks', () => {
    const block = blockOf(out, reported);
    expect(block).toBe(`> Aleksandr Lukashenko said (reported speech) that ${reported.text}.\n>\n> — Aleksandr Lukashenko, *Meeting with Russian President Vladimir Putin*, 2023-09-15, Sochi, Opening remarks — Lukashenko`);
    expect(block).not.toMatch(/[“”"]/);
  });

  it('an attribution the parser guessed is marked uncertain', () => {
    const block = blockOf(out, guessed);
    expect(block).toMatch(/^> Aleksandr Lukashenko said \(reported speech\) that economic performance is likely to recover/);
    expect(block).toContain('\n> — Aleksandr Lukashenko (attribution uncertain), *Meeting with Russian President Vladimir Putin*');
  });

  it('direct quotes keep their quotation marks and are not marked', () => {
    const block = blockOf(out, direct);
    expect(block.startsWith(`> “${direct.text.slice(0, 30)}`)).toBe(true);
    expect(block).not.toContain('(reported speech)');
    expect(block).not.toContain('(attribution uncertain)');
  });
});

describe('the text printers mark reported speech and uncertain speakers', () => {
  it('quotes: [reported speech] and [attribution uncertain] in the heading, paragraph numbers from 1', () => {
    const out = parley(['quotes']).stdout;
    expect(entryOf(out, guessed)).toMatch(/^Aleksandr Lukashenko — Opening remarks — Lukashenko — paragraph 3 \[reported speech\] \[attribution uncertain\]\n  economic performance/);
    expect(entryOf(out, reported).split('\n')[0]).toMatch(/ \[reported speech\]$/);
    expect(entryOf(out, direct).split('\n')[0]).not.toMatch(/\[/);
  });

  it('search: the same marks', () => {
    const out = parley(['search', 'economic performance recover']).stdout;
    expect(out.split('\n')[0]).toMatch(/paragraph 3 \[reported speech\] \[attribution uncertain\]$/);
  });

  it('an unattributed quote is marked uncertain', () => {
    const t: Transcript = {
      ...seed,
      quotes: [{ ...direct, speaker: null, cue: null, confidence: 0 }],
    };
    const input = JSON.stringify(t);
    const text = parley(['quotes', '-'], { input }).stdout;
    expect(text.split('\n')[0]).toMatch(/^\(unattributed\) — .* \[attribution uncertain\]$/);
    const md = parley(['quotes', '--markdown', '-'], { input }).stdout;
    expect(md).toContain('\n> — Unattributed (attribution uncertain), *Meeting with Russian President Vladimir Putin*');
  });
});

describe('paragraph numbers are the same everywhere', () => {
  it('JSON paragraphNumber, the id pN and the text output’s "paragraph N" agree (counted from 1)', () => {
    const entries = JSON.parse(parley(['quotes', '--json']).stdout) as { quote: Quote; paragraphNumber: number }[];
    const text = parley(['quotes']).stdout.trim().split('\n\n');
    expect(entries.length).toBe(text.length);
    entries.forEach((e, i) => {
      expect(e.paragraphNumber).toBe(seed.paragraphs.findIndex((p) => p.id === e.quote.paragraph) + 1);
      expect(e.quote.paragraph).toBe(`p${e.paragraphNumber}`);
      expect(text[i].split('\n')[0]).toContain(`paragraph ${e.paragraphNumber}`);
    });
  });

  it('JSON keeps kind and confidence for consumers to check', () => {
    const [hit] = JSON.parse(parley(['search', 'economic performance recover', '--json']).stdout);
    expect(hit.quote).toMatchObject({ kind: 'indirect', confidence: guessed.confidence, cue: 'indirect-that' });
    expect(hit.paragraphNumber).toBe(3);
  });
});
