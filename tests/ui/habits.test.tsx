/** Keys people bring from less: Ctrl-D/Ctrl-U and d/u (half a page), Ctrl-F/Ctrl-B (a page); a key bound to nothing says `? for keys`. */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { makeTranscript } from './fixtures.js';
import { KEYS, mount } from './helpers.js';

afterEach(() => cleanup());

const CTRL = { d: '\u0004', u: '\u0015', f: '\u0006', b: '\u0002' } as const;

// Twenty paragraphs of one line each, so a page and half a page are easy to tell apart.
const numbered = makeTranscript({
  speakers: [{ id: 'putin', name: 'Vladimir Putin' }],
  sections: [{ title: 'All', paragraphs: Array.from({ length: 20 }, (_, i) => `Line ${String(i + 1).padStart(2, '0')} [[putin:direct|quote ${i + 1}]].`) }],
});
/** The number of the first paragraph on screen. */
const firstLine = (frame: string) => Number(/Line (\d\d)/.exec(frame)?.[1] ?? NaN);

describe('less keys in the reader', () => {
  test('d and Ctrl-D scroll half a page down, u and Ctrl-U back up', async () => {
    const { press, frame } = mount({ transcripts: [numbered], size: { columns: 100, rows: 14 } });
    expect(firstLine(frame())).toBe(1);
    await press('d');
    const half = firstLine(frame());
    await press('u');
    expect(firstLine(frame())).toBe(1);
    await press(CTRL.d);
    expect(firstLine(frame())).toBe(half);
    await press(CTRL.u);
    expect(firstLine(frame())).toBe(1);
    // Half a page: less than a page, more than a line.
    await press(KEYS.pageDown);
    const full = firstLine(frame());
    expect(half).toBeGreaterThan(2);
    expect(half).toBeLessThan(full);
  });

  test('Ctrl-F and Ctrl-B page down and up, as PgDn and PgUp do', async () => {
    const { press, frame } = mount({ transcripts: [numbered], size: { columns: 100, rows: 14 } });
    await press(KEYS.pageDown);
    const pgdn = frame();
    await press(KEYS.pageUp, CTRL.f);
    expect(frame()).toBe(pgdn);
    await press(CTRL.b);
    expect(firstLine(frame())).toBe(1);
  });

  test('Ctrl-U in the search box still clears the query', async () => {
    const { press, frame } = mount();
    await press('/', 't', 'a', 'n', 'g', 'o');
    expect(frame()).toContain('tango');
    await press(CTRL.u);
    expect(frame()).not.toContain('tango');
  });
});

describe('a key bound to nothing', () => {
  test('says "? for keys" in the footer, and the next key clears it', async () => {
    const { press, footer } = mount();
    await press('x');
    expect(footer()).toContain('? for keys');
    await press('j');
    expect(footer()).not.toContain('? for keys');
  });

  test('in a side list too, but not for the keys ink-select-input handles', async () => {
    const { press, footer } = mount({ size: { columns: 120, rows: 24 } });
    await press(KEYS.tab, 'j');
    expect(footer()).not.toContain('? for keys');
    await press('z');
    expect(footer()).toContain('? for keys');
  });

  test('typed text in the search box is never answered with the hint', async () => {
    const { press, footer } = mount();
    await press('/', 'x');
    expect(footer()).not.toContain('? for keys');
  });
});
