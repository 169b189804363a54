import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEYS, mount, position } from './helpers.js';
import { makeTranscript, summit } from './fixtures.js';

afterEach(() => cleanup());

describe('screen', () => {
  test('header shows title, date, place and counts', () => {
    const { frame } = mount({ size: { columns: 120, rows: 24 } });
    const header = frame().split('\n')[0];
    expect(header).toContain('Meeting with the Lake Region delegation');
    expect(header).toContain('2024-03-02 · Petrozavodsk');
    expect(header).toContain('3 sections · 8 quotes · 3 speakers');
  });

  test('side pane lists sections with the current one marked, and speakers with quote count and share of words', () => {
    const { frame } = mount({ size: { columns: 120, rows: 24 } });
    expect(frame()).toContain('▸1. Opening remarks');
    expect(frame()).toContain('2. Economy and sanctions');
    expect(frame()).toMatch(/● Vladimir Putin 3q \d+%/);
    expect(frame()).toMatch(/● Aleksandr Lukashenko 4q \d+%/);
    expect(frame()).toContain('● Reporter 1q');
  });

  test('reader shows section headings, wrapped paragraphs and the speaker in the gutter', () => {
    const { frame } = mount();
    const lines = frame().split('\n');
    expect(frame()).toContain('Opening remarks');
    const quoteLine = lines.find((l) => l.includes('First of all'))!;
    expect(quoteLine).toMatch(/│Lukashenko\s+"First of all/);
    const putinLine = lines.find((l) => l.includes('Everything is stable'))!;
    // The row names him before the quote starts: the gutter does not say it again.
    expect(putinLine).toMatch(/│\s+Vladimir Putin said/);
  });

  test('footer shows the mode and the keys that matter', () => {
    const { footer } = mount();
    expect(footer()).toMatch(/^ READER +j\/k quote +\]\/\[ section +\/ search/);
    expect(footer()).toContain('? help');
    expect(footer()).toContain('q quit');
  });

  test('a transcript without quotes or speakers (the stub parser) still opens and scrolls', async () => {
    const bare = makeTranscript({ speakers: [], sections: [{ title: 'All', paragraphs: Array.from({ length: 30 }, (_, i) => `Paragraph number ${i + 1}.`) }] });
    const { frame, press, footer } = mount({ transcripts: [bare] });
    expect(frame()).toContain('0 quotes');
    expect(frame()).toContain('(none yet)');
    expect(frame()).toContain('Paragraph number 1.');
    await press('G');
    expect(frame()).toContain('Paragraph number 30.');
    expect(footer()).toMatch(/100%$/);
    await press('g', 'j', 'j');
    expect(frame()).not.toContain('Paragraph number 1.');
  });

  test('escape sequences inside transcript text never reach the frame', () => {
    const evil = makeTranscript({
      title: 'Evil\u001b]52;c;cHduZWQ=\u0007 title\u001b[2J',
      speakers: [{ id: 'x', name: 'Mallory\u001b]0;owned\u0007' }],
      sections: [{ title: 'S\u009b31m', paragraphs: ['Before [[x:direct|quote \u001b[31mred\u001b[0m \u001bP+q\u001b\\ end]] after\u0007.'] }],
    });
    const { frame } = mount({ transcripts: [evil] });
    expect(frame()).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(frame()).toContain('Evil title');
    expect(frame()).toContain('Before quote red end after␇.');
    expect(frame()).toContain('Mallory');
  });

  test('several transcripts: the first opens and the header says how many were given', () => {
    const other = makeTranscript({ title: 'Second meeting', speakers: [], sections: [{ title: 'A', paragraphs: ['x'] }] });
    const { frame } = mount({ transcripts: [summit, other] });
    expect(frame()).toContain('Meeting with the Lake Region delegation');
    expect(frame()).toContain('1 of 2 files');
  });
});

describe('sizes', () => {
  for (const [columns, rows] of [
    [48, 14],
    [60, 20],
    [89, 30],
    [90, 30],
    [140, 45],
    [300, 100],
  ] as const) {
    test(`${columns}×${rows}: every line fits and the frame has rows-1 lines`, async () => {
      const { frame, press } = mount({ size: { columns, rows } });
      const check = (f: string) => {
        const lines = f.split('\n');
        expect(lines.length).toBe(rows - 1);
        for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
      };
      check(frame());
      expect(frame()).toContain('READER');
      expect(frame()).toContain('Meeting with');
      await press('j');
      check(frame());
      await press('/', 'tango');
      check(frame());
      expect(frame()).toContain('Tangoing');
      await press(KEYS.escape, '?');
      check(frame());
      expect(frame()).toContain('Next quote');
      await press(KEYS.escape, KEYS.tab);
      check(frame());
      expect(frame()).toContain('Sections');
    });
  }

  test('below the supported minimum (30×8) it still draws without crashing', async () => {
    const { frame, press } = mount({ size: { columns: 30, rows: 8 } });
    expect(frame().split('\n').length).toBe(7);
    await press('j', KEYS.tab, KEYS.tab, '/', 'x', KEYS.escape, '?');
    for (const line of frame().split('\n')) expect([...line].length).toBeLessThanOrEqual(30);
  });

  test('narrow: the side pane replaces the reader while it has focus', async () => {
    const { frame, press } = mount({ size: { columns: 48, rows: 14 } });
    expect(frame()).not.toContain('Sections (3)');
    expect(frame()).toContain('Opening remarks');
    await press(KEYS.tab);
    expect(frame()).toContain('Sections (3)');
    expect(frame()).not.toContain('The two presidents');
    await press(KEYS.shiftTab);
    expect(frame()).toContain('The two presidents');
  });

  test('the reading position is kept when the width changes', async () => {
    const { app, press, footer, frame } = mount({ size: { columns: 100, rows: 16 } });
    await press('j', 'j', 'j', 'j', 'j');
    expect(position(footer())).toBe('6/8');
    expect(frame()).toContain('Question: will there be more meetings?');
    const { App } = await import('../../src/ui/App.js');
    const React = await import('react');
    const { fallbackIndex } = await import('./fixtures.js');
    app.rerender(React.createElement(App, { transcripts: [summit], createIndex: fallbackIndex, size: { columns: 48, rows: 14 }, color: false }));
    await new Promise((r) => setTimeout(r, 20));
    expect(position(footer())).toBe('6/8');
    expect(frame()).toContain('Question: will there be more');
    app.rerender(React.createElement(App, { transcripts: [summit], createIndex: fallbackIndex, size: { columns: 200, rows: 16 }, color: false }));
    await new Promise((r) => setTimeout(r, 20));
    expect(frame()).toContain('Question: will there be more meetings?');
  });
});
