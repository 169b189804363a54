import React from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { LoadError, type LoadedTranscript } from '../../src/load/index.js';
import type { Transcript } from '../../src/model/transcript.js';
import { createSearchIndex } from '../../src/search/index.js';
import { LibraryApp, type LibraryAppProps } from '../../src/ui/LibraryApp.js';
import { LibraryFeed } from '../../src/ui/library-feed.js';
import { libraryFirstFrame } from '../../src/ui/library-first-frame.js';
import { makeTranscript } from './fixtures.js';
import { driver, KEYS } from './helpers.js';

afterEach(() => cleanup());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function meeting(title: string, date: string | null, speaker: { id: string; name: string }, quote: string, extra = 'We will return to this next week.'): Transcript {
  return makeTranscript({
    title,
    date,
    speakers: [speaker, { id: 'host', name: 'Irina Valk' }],
    sections: [{ title: 'Talks', paragraphs: [`${speaker.name}: “[[${speaker.id}:direct|${quote}]]”`, `“[[host:direct|${extra}]]”`] }],
  });
}

const LIBRARY: Transcript[] = [
  meeting('Meeting on grain exports', '2023-05-01', { id: 'luka', name: 'Aleksandr Lukashenko' }, 'The harvest was good and tariffs must come down.'),
  meeting('Meeting on the new bridge', '2024-02-14', { id: 'dorn', name: 'Mikhail Dorn' }, 'The bridge opens in spring.'),
  meeting('Meeting on heating', '2022-11-23', { id: 'al', name: 'A. Lukashenko' }, 'Heating tariffs stay where they are this winter.'),
  meeting('Meeting on schools', '2024-09-01', { id: 'dorn', name: 'Mikhail Dorn' }, 'Every school gets a new roof.'),
  meeting('Undated notes', null, { id: 'dorn', name: 'Mikhail Dorn' }, 'Nothing was decided.'),
];

/** A loader standing in for loadEach: the first `ready` transcripts at once, the rest when released. */
function controlledFeed(transcripts: Transcript[], ready = transcripts.length) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const feed = new LibraryFeed({
    pauseMs: 0,
    createIndex: (list) => createSearchIndex(list),
    load: ({ onProgress }) =>
      (async function* (): AsyncGenerator<LoadedTranscript> {
        for (let i = 0; i < transcripts.length; i++) {
          if (i === ready) await gate;
          onProgress(i + 1, transcripts.length);
          yield { file: `lib/${i}.txt`, transcript: transcripts[i] };
        }
      })(),
  });
  return { feed, release };
}

async function mountLibrary(props: Partial<LibraryAppProps> & { ready?: number; transcripts?: Transcript[] } = {}) {
  const { ready, transcripts = LIBRARY, ...rest } = props;
  const { feed, release } = controlledFeed(transcripts, ready);
  await feed.prime(2);
  const exits: number[] = [];
  const app = render(
    <LibraryApp feed={feed} createIndex={createSearchIndex} label="summits" size={{ columns: 120, rows: 20 }} color={false} onExit={(code) => exits.push(code)} {...rest} />,
  );
  const { frame, waitFor, press, footer } = driver(app);
  const lines = () => frame().split('\n');
  const selectedRow = () => lines().find((l) => l.startsWith('›')) ?? '';
  return { app, feed, release, frame, waitFor, press, lines, selectedRow, footer, exits };
}

const ready = (f: string) => !f.includes('Loading') && !f.includes('Merging') && !f.includes('Indexing');

describe('library view', () => {
  test('one row per transcript with date, title, people and quote count, newest first', async () => {
    const ui = await mountLibrary();
    const f = await ui.waitFor(ready, 'the library to be ready');
    expect(f).toContain('summits');
    expect(f).toContain('5 transcripts');
    const rows = ui.lines().filter((l) => /Meeting|Undated/.test(l));
    expect(rows.map((r) => r.match(/Meeting on [\w ]+?(?=\s{2})|Undated notes/)?.[0])).toEqual([
      'Meeting on schools',
      'Meeting on the new bridge',
      'Meeting on grain exports',
      'Meeting on heating',
      'Undated notes',
    ]);
    expect(rows[0]).toContain('2024-09-01');
    expect(rows[0]).toMatch(/Mikhail Dorn, Irina Valk/);
    expect(rows[0]).toMatch(/2q\s*$/);
    expect(ui.footer()).toContain('LIBRARY');
    expect(ui.footer()).toContain('newest first');
    expect(ui.footer()).toContain('1/5');
  });

  test('speakers are shown as merged people once the library is read', async () => {
    const ui = await mountLibrary();
    await ui.waitFor(ready);
    const heating = ui.lines().find((l) => l.includes('Meeting on heating'))!;
    expect(heating).toContain('Aleksandr Lukashenko');
    expect(heating).not.toContain('A. Lukashenko');
    expect(ui.frame()).toMatch(/\d+ people/);
  });

  test('s toggles the date order and the footer says which', async () => {
    const ui = await mountLibrary();
    await ui.waitFor(ready);
    await ui.press('s');
    expect(ui.footer()).toContain('oldest first');
    const rows = ui.lines().filter((l) => /Meeting|Undated/.test(l));
    expect(rows[0]).toContain('Meeting on heating');
    // Undated transcripts stay last either way.
    expect(rows.at(-1)).toContain('Undated notes');
    expect(ui.selectedRow()).toContain('Meeting on heating');
    await ui.press('s');
    expect(ui.footer()).toContain('newest first');
  });

  test('j/k, G/g, PgDn/PgUp and arrows move the cursor', async () => {
    const ui = await mountLibrary();
    await ui.waitFor(ready);
    await ui.press('j');
    expect(ui.selectedRow()).toContain('Meeting on the new bridge');
    await ui.press(KEYS.down);
    expect(ui.selectedRow()).toContain('Meeting on grain exports');
    await ui.press('k');
    expect(ui.selectedRow()).toContain('Meeting on the new bridge');
    await ui.press('G');
    expect(ui.selectedRow()).toContain('Undated notes');
    expect(ui.footer()).toContain('5/5');
    await ui.press('g');
    expect(ui.selectedRow()).toContain('Meeting on schools');
    await ui.press(KEYS.pageDown);
    expect(ui.footer()).toContain('5/5');
    await ui.press(KEYS.pageUp, KEYS.up);
    expect(ui.footer()).toContain('1/5');
  });

  test('Enter opens the transcript in the reader; Esc goes back with the cursor where it was', async () => {
    const ui = await mountLibrary();
    await ui.waitFor(ready);
    await ui.press('j', 'j');
    await ui.press(KEYS.enter);
    const reader = await ui.waitFor((f) => f.includes('READER'), 'the reader');
    expect(reader.split('\n')[0]).toContain('Meeting on grain exports');
    expect(reader).toContain('3 of 5');
    expect(reader).toContain('The harvest was good');
    await ui.press(KEYS.escape);
    await ui.waitFor((f) => f.includes('LIBRARY'), 'the library again');
    expect(ui.selectedRow()).toContain('Meeting on grain exports');
    expect(ui.footer()).toContain('3/5');
  });

  test('/ searches every transcript; each result names its transcript; Enter opens it at the quote; n steps on', async () => {
    const ui = await mountLibrary();
    await ui.waitFor(ready);
    await ui.press('/');
    for (const ch of 'tariffs') await ui.press(ch);
    const results = await ui.waitFor((f) => f.includes('/ tariffs') && f.includes('Meeting on'), 'results');
    expect(results).toContain('Aleksandr Lukashenko · Meeting on grain exports · 2023-05-01');
    // "A. Lukashenko" is the same person: named as such in the results.
    expect(results).toContain('Aleksandr Lukashenko · Meeting on heating · 2022-11-23');
    expect(results).toMatch(/\/2\b/);
    await ui.press(KEYS.down, KEYS.enter);
    const reader = await ui.waitFor((f) => f.includes('READER'), 'the reader');
    const second = results.includes('› Aleksandr Lukashenko · Meeting on heating') ? 'Meeting on grain exports' : 'Meeting on heating';
    expect(reader.split('\n')[0]).toContain(second);
    // The reader opens at the quote: the footer counts it among the transcript's quotes.
    await ui.waitFor((f) => /\b1\/2\s*$/.test(f.split('\n').filter(Boolean).at(-1) ?? ''), 'the reader at the quote');
    // n past this transcript's last result opens the next transcript with results.
    await ui.press('n');
    const next = await ui.waitFor((f) => !f.split('\n')[0].includes(second), 'the other transcript');
    expect(next).toContain('READER');
  });

  test('@name limits a library search to one person, across spellings', async () => {
    const ui = await mountLibrary();
    await ui.waitFor(ready);
    await ui.press('/');
    for (const ch of '@lukashenko') await ui.press(ch);
    const f = await ui.waitFor((x) => x.includes('2/2') || x.includes('1/2'), 'two results');
    expect(f).toContain('Meeting on grain exports');
    expect(f).toContain('Meeting on heating');
    expect(f).not.toContain('Mikhail Dorn ·');
  });

  test('a progress bar shows while the library loads, rows arrive, search says it covers what is loaded; then the bar goes', async () => {
    const ui = await mountLibrary({ ready: 2 });
    const loading = await ui.waitFor((f) => f.includes('Loading'), 'the progress bar');
    expect(loading).toMatch(/Loading [█░]+ 2\/5 files/);
    expect(loading).toContain('2 transcripts');
    await ui.press('/');
    expect(ui.frame()).toContain('searching 2 of 5 transcripts (still loading');
    await ui.press(KEYS.escape);
    ui.release();
    const done = await ui.waitFor(ready, 'loading to finish');
    expect(done).toContain('5 transcripts');
    expect(done).not.toContain('Loading');
    await ui.press('/');
    expect(ui.frame()).not.toContain('still loading');
  });

  test('a file that cannot be read stops the reading; what was read stays, merged and searchable, and the problem stays on screen', async () => {
    const feed = new LibraryFeed({
      pauseMs: 0,
      createIndex: (list) => createSearchIndex(list),
      load: ({ onProgress }) =>
        (async function* (): AsyncGenerator<LoadedTranscript> {
          for (let i = 0; i < 3; i++) {
            onProgress(i + 1, 5);
            yield { file: `lib/${i}.txt`, transcript: LIBRARY[i] };
          }
          throw new LoadError('lib/3.txt', 'is not valid UTF-8');
        })(),
    });
    await feed.prime(2);
    const app = render(<LibraryApp feed={feed} createIndex={createSearchIndex} size={{ columns: 120, rows: 20 }} color={false} />);
    let f = '';
    for (let i = 0; i < 200 && !(f.includes('Stopped reading') && f.includes('people')); i++) {
      await sleep(5);
      f = app.lastFrame() ?? '';
    }
    expect(f).toContain('Stopped reading at lib/3.txt: is not valid UTF-8 (3 transcripts read)');
    expect(f).toContain('3 transcripts');
    expect(f).not.toContain('Loading');
    app.stdin.write('/');
    await sleep(20);
    expect(app.lastFrame()).not.toContain('still loading');
  });

  test('? shows the library keys from the keymap; q quits with 0', async () => {
    const ui = await mountLibrary();
    await ui.waitFor(ready);
    const help = await ui.press('?');
    expect(help).toContain('Library');
    expect(help).toContain('Sort by date: newest / oldest first');
    await ui.press(KEYS.escape, 'q');
    expect(ui.exits).toEqual([0]);
  });

  test('transcript strings are sanitised before they reach Ink', async () => {
    const evil = meeting('Evil \u001b]52;c;aGk=\u0007title\u001b[31m', '2024-01-01', { id: 'x', name: 'Bad\u001b[2J Actor' }, 'Hello.');
    const ui = await mountLibrary({ transcripts: [evil, ...LIBRARY] });
    const f = await ui.waitFor(ready);
    expect(f).toContain('Evil title');
    expect(f).not.toMatch(/\u001b\]|\u001b\[2J|\u001b\[31m/);
    expect(f).toContain('Bad Actor');
  });

  for (const [columns, rows] of [
    [48, 14],
    [300, 100],
  ] as const) {
    test(`fits ${columns}×${rows}: every line within the width, the footer on screen`, async () => {
      const many = Array.from({ length: 150 }, (_, i) => meeting(`Meeting number ${i + 1} on a rather long subject`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, { id: 'd', name: 'Mikhail Dorn' }, `Point ${i}.`));
      const ui = await mountLibrary({ transcripts: many, size: { columns, rows } });
      const f = await ui.waitFor(ready);
      const lines = f.split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows);
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(columns);
      expect(ui.footer()).toContain('LIBRARY');
      // Only visible rows are drawn.
      expect(lines.filter((l) => l.includes('Meeting number')).length).toBeLessThanOrEqual(rows - 4);
    });
  }

  test('the frame drawn before Ink loads is the library view’s first frame', async () => {
    const { feed } = controlledFeed(LIBRARY, 2);
    await feed.prime(2);
    const early = libraryFirstFrame(feed.snapshot(), { columns: 100, rows: 20, color: false, label: 'summits' });
    const ui = await mountLibrary({ ready: 2, size: { columns: 100, rows: 20 } });
    const plain = (t: string) =>
      t
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n');
    expect(plain(early)).toBe(plain(ui.frame()));
  });
});

describe('library search: the session’s queries and narration', () => {
  test('/ shows the last query selected; typing replaces it; ↑ on the first result recalls an older one', async () => {
    const ui = await mountLibrary();
    await ui.waitFor(ready);
    await ui.press('/');
    for (const ch of 'tariffs') await ui.press(ch);
    await ui.waitFor((f) => f.includes('/ tariffs') && f.includes('Meeting on'), 'results');
    await ui.press(KEYS.escape, '/');
    await ui.waitFor((f) => f.includes('/ tariffs'), 'the last query again');
    for (const ch of 'roof') await ui.press(ch);
    await ui.waitFor((f) => f.includes('/ roof ') && f.includes('Meeting on schools'), 'the new query replacing it');
    await ui.press(KEYS.escape, '/');
    await ui.waitFor((f) => f.includes('/ roof '), 'the newest query');
    await ui.press(KEYS.up);
    await ui.waitFor((f) => f.includes('/ tariffs'), 'the older query');
  });

  test('a narration result says so', async () => {
    const ui = await mountLibrary();
    await ui.waitFor(ready);
    await ui.press('/');
    for (const ch of 'mikhail') await ui.press(ch);
    // "Mikhail Dorn: “…”": the label is narration before the quote (the quotes also match by their speaker).
    await ui.waitFor((f) => f.includes('narration → Mikhail Dorn ·'), 'a narration result');
  });
});
