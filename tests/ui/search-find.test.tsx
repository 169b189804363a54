/**
 * The search box's "find it anywhere" behaviour with the real index (src/search): narration results, the
 * closest-results line, the preview, the highlight kept after Enter with n / N, and the session's queries.
 */
import chalk from 'chalk';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { createSearchIndex } from '../../src/search/index.js';
import { displayWidth } from '../../src/ui/wrap.js';
import { KEYS, mount, position } from './helpers.js';
import { makeTranscript } from './fixtures.js';

const CTRL_R = '\u0012';
const ESC = String.fromCharCode(27);
const strip = (s: string) => s.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '');
const line = (frame: string, text: string) => strip(frame).split('\n').find((l) => l.includes(text)) ?? '';
afterEach(cleanup);

const real = (props: Parameters<typeof mount>[0] = {}) => mount({ createIndex: createSearchIndex, ...props });

describe('search box: narration, closest results, preview', () => {
  test('narration is found, marked as narration and names the quote it leads to', async () => {
    const { press, frame } = real({ size: { columns: 100, rows: 24 } });
    await press('/', 'sochi september');
    const result = line(frame(), '›');
    expect(result).toContain('narration → Aleksandr Lukashenko: “First of all');
    expect(strip(frame())).toContain('The two presidents met in Sochi on 15 September.');
  });

  test('Enter on a narration result goes to the quote it leads to', async () => {
    const { press, footer } = real();
    await press('/', 'joked', KEYS.enter);
    expect(footer()).toMatch(/^ READER /);
    expect(position(footer())).toBe('7/8');
  });

  test('when no result holds every word, the closest ones show under a line that says so', async () => {
    const { press, frame } = real();
    await press('/', 'tnago zeppelin');
    expect(strip(frame())).toContain('no result has every word; closest matches');
    expect(strip(frame())).toContain('Tangoing is a scenario');
    await press(KEYS.ctrlU, 'tnago');
    expect(strip(frame())).not.toContain('no result has every word');
    expect(strip(frame())).toContain('Tangoing is a scenario');
  });

  test('the selected result is previewed whole, with its paragraph, at 80 columns; cut result lines end in …', async () => {
    const { press, frame } = real({ size: { columns: 80, rows: 24 } });
    await press('/', 'tangoing');
    const shown = strip(frame());
    // The rule names the result; below it the whole paragraph: the quote and the narration after it.
    expect(shown).toMatch(/── Vladimir Putin · Press Q&A · ¶8 ─+/);
    expect(line(frame(), 'Putin joked about the tango.')).toContain('Tangoing is a scenario we both know well.');
    for (const l of shown.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    await press(KEYS.ctrlU, 'economic performance');
  });

  test('result lines cut to the width end in …', async () => {
    const { press, frame } = real({ size: { columns: 50, rows: 24 } });
    await press('/', 'congratulate');
    const cut = line(frame(), 'like to congratulate you on');
    expect(cut.trimEnd().endsWith('…')).toBe(true);
    expect(displayWidth(cut)).toBeLessThanOrEqual(50);
  });

  test('the preview follows the selection', async () => {
    const { press, frame } = real({ size: { columns: 80, rows: 24 } });
    await press('/', 'we');
    const rule = () => line(frame(), '── ');
    const first = rule();
    await press(KEYS.down);
    expect(rule()).not.toBe(first);
  });

  test('no preview when the panel is too short for it', async () => {
    const { press, frame } = real({ size: { columns: 80, rows: 10 } });
    await press('/', 'tangoing');
    expect(strip(frame())).not.toContain('── ');
  });
});

describe('reader: matched words stay highlighted after Enter; n / N move the highlight', () => {
  let level: typeof chalk.level;
  beforeAll(() => {
    level = chalk.level;
    chalk.level = 1;
  });
  afterAll(() => {
    chalk.level = level;
  });
  const UNDERLINE = `${ESC}[4m`;
  const BOLD = `${ESC}[1m`;
  /** The styling codes just before `word` on the line whose text holds `where`. */
  const styleBefore = (frame: string, where: string, word = where) => {
    const l = frame.split('\n').find((x) => strip(x).includes(where)) ?? '';
    return new RegExp(`((?:${ESC}\\[[0-9;]*m)*)${word}`).exec(l)?.[1] ?? '';
  };

  test('the words stay underlined; the current result’s also bold, and n / N move it', async () => {
    const { press, frame, footer } = real({ size: { columns: 100, rows: 30 }, color: true });
    await press('/', 'tango', KEYS.enter);
    expect(strip(footer())).toMatch(/^ READER /);
    // Two results: the quote "Tangoing …" and the narration "… about the tango." (same paragraph), so
    // both words are underlined there.
    expect(styleBefore(frame(), 'Tangoing')).toContain(UNDERLINE);
    expect(styleBefore(frame(), 'about the tango', 'tango')).toContain(UNDERLINE);
    expect(styleBefore(frame(), 'Tangoing')).toContain(BOLD);
    // Other words are not.
    expect(styleBefore(frame(), 'Minsk')).not.toContain(UNDERLINE);
  });

  test('a one-letter query underlines only the first few matched words of each result line and of the preview', async () => {
    // One long quote, more than twelve of its words with an "e", shown whole in a tall preview.
    const long = makeTranscript({
      speakers: [{ id: 'valk', name: 'Irina Valk' }],
      sections: [
        {
          title: 'Harbour',
          paragraphs: [
            '"[[valk:direct|We never expected the harbour to reopen before the end of the season, yet here we are, three weeks ahead of every estimate, and every berth will be free.]]" she said.',
          ],
        },
      ],
    });
    const { press, frame } = real({ transcripts: [long], size: { columns: 120, rows: 70 }, color: true });
    await press('/', 'e');
    const lines = frame().split('\n');
    const count = (l: string) => l.split(UNDERLINE).length - 1;
    // Most words of any quote hold an "e": a result line marks at most four, the preview (below its rule)
    // at most twelve in all.
    const rule = lines.findIndex((l) => strip(l).includes('── '));
    expect(rule).toBeGreaterThan(0);
    for (const l of lines.slice(0, rule)) expect(count(l)).toBeLessThanOrEqual(4);
    const preview = lines.slice(rule).reduce((n, l) => n + count(l), 0);
    expect(preview).toBeGreaterThan(0);
    expect(preview).toBeLessThanOrEqual(12);
  });

  test('n / N step through results and the strong highlight goes with them', async () => {
    const { press, frame, footer } = real({ size: { columns: 100, rows: 30 }, color: true });
    await press('/', 'we will', KEYS.enter);
    const boldParagraph = () =>
      styleBefore(frame(), 'meet again in Minsk', 'will').includes(BOLD) ? 'minsk' : styleBefore(frame(), 'scenario we', 'we').includes(BOLD) ? 'tango' : 'other';
    const first = boldParagraph();
    await press('n');
    expect(strip(footer())).toMatch(/result 2\/\d/);
    const second = boldParagraph();
    expect(second).not.toBe(first);
    await press('N');
    expect(boldParagraph()).toBe(first);
  });
});

describe('search box: the session’s queries', () => {
  test('/ shows the last query again, selected: typing replaces it, → edits it', async () => {
    const { press, frame } = real();
    await press('/', 'tango', KEYS.enter, '/');
    expect(strip(frame())).toContain('/ tango');
    await press('x');
    expect(strip(frame())).toContain('/ x ');
    await press(KEYS.escape, '/', '\u001b[C', 's');
    expect(strip(frame())).toContain('/ xs');
  });

  test('Backspace on a recalled query deletes it all', async () => {
    const { press, frame } = real();
    await press('/', 'tango', KEYS.enter, '/', KEYS.backspace);
    expect(strip(frame())).toContain('Type to search');
  });

  test('↑ on the first result and Ctrl-R recall older queries of the session', async () => {
    const { press, frame } = real();
    await press('/', 'tango', KEYS.enter, '/', KEYS.ctrlU, 'minsk', KEYS.enter, '/', KEYS.ctrlU, 'budget', KEYS.escape);
    await press('/');
    expect(strip(frame())).toContain('/ budget');
    await press(KEYS.up);
    expect(strip(frame())).toContain('/ minsk');
    await press(CTRL_R);
    expect(strip(frame())).toContain('/ tango');
    // After the oldest, the newest again.
    await press(CTRL_R);
    expect(strip(frame())).toContain('/ budget');
  });

  test('↑ below the first result still moves up the results', async () => {
    const { press, frame } = real();
    await press('/', 'we');
    const selected = () => line(frame(), '›');
    const first = selected();
    await press(KEYS.down, KEYS.up);
    expect(selected()).toBe(first);
    expect(strip(frame())).toContain('/ we');
  });
});
