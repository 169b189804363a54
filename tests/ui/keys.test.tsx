import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { makeTranscript } from './fixtures.js';
import { KEYS, mount, position } from './helpers.js';

afterEach(() => cleanup());

const line = (frame: string, text: string) => frame.split('\n').find((l) => l.includes(text)) ?? '';

describe('reader keys', () => {
  test('the first quote is selected at start: the footer says 1/8, not a percentage', async () => {
    const { footer, frame } = mount();
    expect(position(footer())).toBe('1/8');
    expect(frame()).toContain('▸1. Opening remarks');
  });

  test('j / ↓ go to the next quote, k / ↑ to the previous one', async () => {
    const { press, footer } = mount();
    await press('j');
    expect(position(footer())).toBe('2/8');
    await press(KEYS.down);
    expect(position(footer())).toBe('3/8');
    await press('k');
    expect(position(footer())).toBe('2/8');
    await press(KEYS.up);
    expect(position(footer())).toBe('1/8');
    await press('k');
    expect(position(footer())).toBe('1/8');
  });

  test('several keys arriving in one read each count', async () => {
    const { press, footer } = mount();
    await press('jj');
    expect(position(footer())).toBe('3/8');
  });

  test('g / Home go to the first quote, G / End to the last', async () => {
    const { press, footer, frame } = mount({ size: { columns: 100, rows: 14 } });
    await press('G');
    expect(position(footer())).toBe('8/8');
    expect(frame()).toContain('We will meet again in Minsk.');
    await press('g');
    expect(position(footer())).toBe('1/8');
    expect(frame()).toContain('Opening remarks');
    await press(KEYS.end);
    expect(position(footer())).toBe('8/8');
    await press(KEYS.home);
    expect(position(footer())).toBe('1/8');
  });

  test('PgDn / space and PgUp / b page through the text', async () => {
    const { press, frame } = mount({ size: { columns: 100, rows: 14 } });
    expect(frame()).toContain('The two presidents met');
    await press(KEYS.pageDown);
    expect(frame()).not.toContain('The two presidents met');
    const afterPgDn = frame();
    await press(KEYS.pageUp);
    expect(frame()).toContain('The two presidents met');
    await press(' ');
    expect(frame()).toBe(afterPgDn);
    await press('b');
    expect(frame()).toContain('The two presidents met');
  });

  test('] and [ go to the next and previous section', async () => {
    const { press, frame, footer } = mount({ size: { columns: 100, rows: 14 } });
    await press(']');
    expect(frame()).toContain('▸2. Economy and sanctions');
    expect(position(footer())).toBe('3/8');
    await press(']');
    expect(frame()).toContain('▸3. Press Q&A');
    await press(']');
    expect(footer()).toContain('back to the first section');
    expect(frame()).toContain('▸1. Opening remarks');
    await press('[');
    expect(footer()).toContain('on to the last section');
    expect(frame()).toContain('▸3. Press Q&A');
    await press('[');
    expect(frame()).toContain('▸2. Economy and sanctions');
  });

  test('} and { go to the next and previous quote of the same speaker', async () => {
    const { press, footer } = mount();
    await press('j'); // quote 2: Putin
    await press('}');
    expect(position(footer())).toBe('5/8'); // next Putin quote
    await press('}');
    expect(position(footer())).toBe('7/8');
    await press('}');
    expect(footer()).toContain('no later quote of this speaker');
    await press('{');
    expect(position(footer())).toBe('5/8');
  });

  test('y copies the current quote with a citation line through OSC 52', async () => {
    const bare = mount({ transcripts: [makeTranscript({ speakers: [], sections: [{ title: 'All', paragraphs: ['Only prose here.'] }] })] });
    await bare.press('y');
    expect(bare.footer()).toContain('no quote selected');
    cleanup();
    const { press, footer, copied } = mount();
    await press('j', 'y');
    expect(footer()).toContain('copied');
    expect(copied).toHaveLength(1);
    const match = /^\u001b\]52;c;([A-Za-z0-9+/=]+)\u0007$/.exec(copied[0]);
    expect(match).not.toBeNull();
    const text = Buffer.from(match![1], 'base64').toString('utf8');
    expect(text).toBe('“Everything is stable here and develops reliably, thank god.”\n— Vladimir Putin, Meeting with the Lake Region delegation, 2024-03-02');
  });

  test('y on a quote over the clipboard limit copies nothing and says so', async () => {
    const long = 'Everything is stable here. '.repeat(4000);
    const transcripts = [
      makeTranscript({ speakers: [{ id: 'putin', name: 'Vladimir Putin' }], sections: [{ title: 'Opening', paragraphs: [`Putin said: [[putin:direct|${long}]]`] }] }),
    ];
    const { press, footer, copied } = mount({ transcripts, size: { columns: 100, rows: 12 } });
    await press('j', 'y');
    expect(footer()).toContain('quote too long to copy (106 KB; limit 73 KB)');
    expect(copied).toEqual([]);
  });

  test('the footer message goes away on the next key', async () => {
    const { press, footer } = mount();
    await press('j', 'y');
    expect(footer()).toContain('copied');
    await press('j');
    expect(footer()).not.toContain('copied');
  });

  test('q quits with status 0, Ctrl-C with 130', async () => {
    const a = mount();
    await a.press('q');
    expect(a.exits).toEqual([0]);
    cleanup();
    const b = mount();
    await b.press(KEYS.ctrlC);
    expect(b.exits).toEqual([130]);
  });
});

describe('focus and side pane', () => {
  test('Tab moves focus sections → speakers → reader, Shift-Tab back', async () => {
    const { press, footer } = mount();
    await press(KEYS.tab);
    expect(footer()).toMatch(/^ SECTIONS /);
    await press(KEYS.tab);
    expect(footer()).toMatch(/^ SPEAKERS /);
    await press(KEYS.tab);
    expect(footer()).toMatch(/^ READER /);
    await press(KEYS.shiftTab);
    expect(footer()).toMatch(/^ SPEAKERS /);
  });

  test('Enter on a section jumps to it; j/k move in the list, not the reader', async () => {
    const { press, frame, footer } = mount({ size: { columns: 120, rows: 16 } });
    await press(KEYS.tab, 'j', 'j');
    expect(line(frame(), 'Press Q&A')).toMatch(/›.*3\. Press Q&A/);
    await press(KEYS.enter);
    expect(footer()).toMatch(/^ READER /);
    expect(frame()).toContain('▸3. Press Q&A');
    expect(position(footer())).toBe('6/8');
  });

  test('only the focused list shows its selection', async () => {
    const { press, frame } = mount({ size: { columns: 120, rows: 24 } });
    await press(KEYS.tab);
    expect(line(frame(), '1. Opening remarks')).toContain('›');
    expect(line(frame(), 'Vladimir Putin 3q')).not.toContain('›');
    await press(KEYS.tab);
    expect(line(frame(), '1. Opening remarks')).not.toContain('›');
    expect(line(frame(), 'Vladimir Putin 3q')).toContain('›');
  });

  test('a digit in a list opens that entry (ink-select-input)', async () => {
    const { press, frame } = mount({ size: { columns: 120, rows: 16 } });
    await press(KEYS.tab, '2');
    expect(frame()).toContain('▸2. Economy and sanctions');
  });

  test('Enter on a speaker shows only their quotes; Esc shows all again', async () => {
    const { press, frame, footer } = mount({ size: { columns: 120, rows: 24 } });
    await press(KEYS.tab, KEYS.tab); // speakers
    await press(KEYS.enter); // Vladimir Putin
    expect(footer()).toMatch(/^ READER @Putin /);
    expect(frame()).toContain('Everything is stable here');
    expect(frame()).toContain('Tangoing is a scenario');
    expect(frame()).not.toContain('We will meet again in Minsk.');
    expect(frame()).not.toContain('The two presidents met');
    expect(position(footer())).toBe('1/3');
    await press('j');
    expect(position(footer())).toBe('2/3');
    await press(KEYS.escape);
    expect(footer()).toMatch(/^ READER /);
    expect(frame()).toContain('We cope with all these issues.');
    expect(position(footer())).toBe('5/8'); // the same quote, now among all
  });

  test('Esc in a list returns to the reader', async () => {
    const { press, footer } = mount();
    await press(KEYS.tab);
    await press(KEYS.escape);
    expect(footer()).toMatch(/^ READER /);
  });
});

describe('search', () => {
  test('/ opens the box; results are typo-tolerant, show speaker and section, and Enter jumps in context', async () => {
    const { press, frame, footer } = mount({ size: { columns: 100, rows: 14 } });
    await press('/');
    expect(footer()).toMatch(/^ SEARCH /);
    await press('t', 'n', 'a', 'g', 'o');
    expect(frame()).toContain('/ tnago');
    expect(frame()).toContain('Vladimir Putin · Press Q&A');
    expect(frame()).toContain('Tangoing is a scenario');
    // Choose the Putin result, whichever rank it has.
    for (let i = 0; i < 5 && !line(frame(), 'Vladimir Putin · Press Q&A').includes('›'); i++) await press(KEYS.down);
    await press(KEYS.enter);
    expect(footer()).toMatch(/^ READER /);
    expect(position(footer())).toBe('7/8');
    expect(line(frame(), 'Tangoing')).toMatch(/Putin\s+“Tangoing/);
  });

  test('letters, j/k and digits typed in the box are text, not commands', async () => {
    const { press, frame, footer, exits } = mount();
    await press('/', 'j', 'k', 'q', '1', 'G', '?', 'y');
    expect(frame()).toContain('/ jkq1G?y');
    expect(footer()).toMatch(/^ SEARCH /);
    expect(exits).toEqual([]);
    await press(KEYS.backspace, KEYS.backspace);
    expect(frame()).toContain('/ jkq1G ');
    await press(KEYS.ctrlU);
    expect(frame()).toContain('Type to search');
  });

  test('↑/↓ and Ctrl-N/Ctrl-P choose a result', async () => {
    const { press, frame } = mount();
    await press('/', 'we');
    const selected = () => line(frame(), '›');
    const first = selected();
    await press(KEYS.ctrlN);
    const second = selected();
    expect(second).not.toBe(first);
    await press(KEYS.ctrlP);
    expect(selected()).toBe(first);
    await press(KEYS.down);
    expect(selected()).toBe(second);
    await press(KEYS.up);
    expect(selected()).toBe(first);
  });

  test('@speaker limits the search to a speaker', async () => {
    const { press, frame } = mount({ size: { columns: 100, rows: 30 } });
    await press('/', '@putin everything');
    expect(frame()).toContain('Vladimir Putin · Opening remarks');
    expect(frame()).not.toContain('Aleksandr Lukashenko ·');
  });

  test('a pasted page of words is searched by its first terms, and the box says so', async () => {
    const { press, frame } = mount({ size: { columns: 120, rows: 24 } });
    await press('/', 'tango');
    expect(frame()).not.toContain('query too long');
    await press(' ' + Array.from({ length: 60 }, (_, i) => `word${i}`).join(' '));
    expect(frame()).toContain('query too long: searching its first 32 terms (limits: 32 terms, 1000 characters)');
    await press(KEYS.ctrlU, 'tango');
    expect(frame()).not.toContain('query too long');
  });

  test('no result says so; Esc closes the box', async () => {
    const { press, frame, footer } = mount();
    await press('/', 'zzzzqqq');
    expect(frame()).toContain('no match');
    await press(KEYS.enter);
    expect(footer()).toContain('no match');
    await press(KEYS.escape);
    expect(footer()).toMatch(/^ READER /);
  });

  test('after a search, n and N step through the results', async () => {
    const { press, footer } = mount();
    await press('n');
    expect(footer()).toContain('no search results');
    await press('/', '@putin', KEYS.enter);
    expect(position(footer())).toBe('2/8');
    await press('n');
    expect(footer()).toContain('result 2/3');
    await press('n');
    expect(footer()).toContain('result 3/3');
    await press('n');
    expect(footer()).toContain('result 1/3');
    await press('N');
    expect(footer()).toContain('result 3/3');
  });
});

describe('help', () => {
  test('? lists every binding of the keymap; j/k scroll; Esc, ? and q close it', async () => {
    const { keymap, keysLabel } = await import('../../src/ui/keymap.js');
    const { press, frame, footer, exits } = mount({ size: { columns: 100, rows: 200 } });
    await press('?');
    expect(footer()).toMatch(/^ HELP /);
    for (const b of keymap) expect(line(frame(), b.description)).toContain(keysLabel(b));
    await press(KEYS.escape);
    expect(footer()).toMatch(/^ READER /);
    await press('?', '?');
    expect(footer()).toMatch(/^ READER /);
    await press('?', 'q');
    expect(footer()).toMatch(/^ READER /);
    expect(exits).toEqual([]);
  });

  test('help scrolls when it does not fit', async () => {
    const { press, frame } = mount({ size: { columns: 48, rows: 14 } });
    await press('?');
    expect(frame()).toContain('Next quote');
    // Page down to the end (the help grows with the keymap), then back up to the top.
    await press(...Array<string>(10).fill(KEYS.pageDown));
    expect(frame()).not.toContain('Next quote');
    // The last table (the library's) is on screen at the end.
    expect(frame()).toContain('Sort by date');
    await press('k');
    await press(...Array<string>(12).fill(KEYS.pageUp));
    expect(frame()).toContain('Next quote');
  });
});
