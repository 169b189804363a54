import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { contextChain, keymap, keyNames, resolveAction, type KeyContext } from '../../src/ui/keymap.js';
import { wrapFragments, displayWidth } from '../../src/ui/wrap.js';
import { copyMessage, osc52Sequence, OSC52_MAX_BYTES, writeClipboard } from '../../src/terminal/osc52.js';
import { buildDoc } from '../../src/ui/document.js';
import { highlightFragments, snippet } from '../../src/ui/highlight.js';
import { buildReaderLayout, rowOfAnchor, anchorOfRow } from '../../src/ui/reader-layout.js';
import { screenLayout } from '../../src/ui/layout.js';
import { summit } from './fixtures.js';
import type { Key } from 'ink';

const noKey: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

describe('keymap', () => {
  test('no key means two things where a binding applies', () => {
    for (const focus of ['reader', 'list', 'search', 'help'] as KeyContext[]) {
      const seen = new Map<string, string>();
      for (const context of contextChain(focus)) {
        for (const b of keymap.filter((x) => x.context === context)) {
          for (const k of b.keys) {
            // A context may deliberately shadow a global key (none does today); within one context never.
            const earlier = seen.get(k);
            expect(earlier === undefined || earlier.startsWith(`${context}:`) === false, `${focus}: ${k} bound twice`).toBe(true);
            if (!seen.has(k)) seen.set(k, `${context}:${b.action}`);
          }
        }
      }
    }
  });

  test('every action in the issue has a binding', () => {
    const keysOf = (context: KeyContext, action: string) => keymap.find((b) => b.context === context && b.action === action)?.keys;
    expect(keysOf('reader', 'quote.next')).toEqual(['j', 'down']);
    expect(keysOf('reader', 'quote.previous')).toEqual(['k', 'up']);
    expect(keysOf('reader', 'page.down')).toEqual(['pagedown', 'space', 'ctrl+f']);
    expect(keysOf('reader', 'page.up')).toEqual(['pageup', 'b', 'ctrl+b']);
    expect(keysOf('reader', 'halfpage.down')).toEqual(['ctrl+d', 'd']);
    expect(keysOf('reader', 'halfpage.up')).toEqual(['ctrl+u', 'u']);
    expect(keysOf('reader', 'quote.first')).toEqual(['g', 'home']);
    expect(keysOf('reader', 'quote.last')).toEqual(['G', 'end']);
    expect(keysOf('global', 'section.next')).toEqual([']']);
    expect(keysOf('reader', 'speaker.next')).toEqual(['}']);
    expect(keysOf('global', 'focus.next')).toEqual(['tab']);
    expect(keysOf('global', 'search.open')).toEqual(['/']);
    expect(keysOf('search', 'search.down')).toEqual(['down', 'ctrl+n']);
    expect(keysOf('search', 'search.up')).toEqual(['up', 'ctrl+p']);
    expect(keysOf('global', 'copy')).toEqual(['y']);
    expect(keysOf('global', 'quit')).toEqual(['q', 'ctrl+c']);
  });

  test('the list bindings handled by ink-select-input are the keys it binds', () => {
    const select = keymap.filter((b) => b.handledBy === 'select').flatMap((b) => b.keys).sort();
    expect(select).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'down', 'enter', 'j', 'k', 'up'].sort());
  });

  test('key names from Ink key events', () => {
    expect(keyNames('j', noKey)).toEqual(['j']);
    expect(keyNames('G', { ...noKey, shift: true })).toEqual(['G']);
    expect(keyNames('n', { ...noKey, ctrl: true })).toEqual(['ctrl+n']);
    expect(keyNames('', { ...noKey, tab: true, shift: true })).toEqual(['shift+tab']);
    expect(keyNames(' ', noKey)).toEqual(['space']);
    expect(keyNames('', { ...noKey, delete: true })).toEqual(['backspace']);
    expect(keyNames('paste', noKey)).toEqual([]);
    expect(resolveAction('search', ['j'])).toBeUndefined();
    expect(resolveAction('reader', ['j'])?.action).toBe('quote.next');
    expect(resolveAction('list', ['y'])?.action).toBe('copy');
  });
});

describe('wrap', () => {
  test('words never split unless longer than the row; offsets point at each row start', () => {
    const text = 'The budget process is nearing completion in Russia.';
    const rows = wrapFragments([{ text, tag: -1 }], 12);
    for (const r of rows) expect(displayWidth(r.fragments.map((f) => f.text).join(''))).toBeLessThanOrEqual(12);
    expect(rows.map((r) => r.fragments.map((f) => f.text).join('').trim())).toEqual(['The budget', 'process is', 'nearing', 'completion', 'in Russia.']);
    for (const r of rows) expect(text.slice(r.offset).startsWith(r.fragments[0].text.trimStart())).toBe(true);
  });

  test('a word across two pieces stays whole and keeps both tags', () => {
    const rows = wrapFragments([{ text: 'said "hello', tag: -1 }, { text: 'world', tag: 3 }, { text: '," then', tag: -1 }], 14);
    expect(rows[1].fragments).toEqual([{ text: '"hello', tag: -1 }, { text: 'world', tag: 3 }, { text: ',"', tag: -1 }]);
  });

  test('wide characters count as two columns', () => {
    const rows = wrapFragments([{ text: '会议 会议 会议', tag: -1 }], 5);
    expect(rows.length).toBe(3);
  });

  test('property: no row is wider than asked, no text is lost', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '会', 'x') }), tag: fc.integer({ min: -1, max: 3 }) })), fc.integer({ min: 2, max: 30 }), (pieces, width) => {
        const rows = wrapFragments(pieces, width);
        for (const r of rows) expect(displayWidth(r.fragments.map((f) => f.text).join(''))).toBeLessThanOrEqual(width);
        const squash = (s: string) => s.replace(/\s+/g, '');
        expect(squash(rows.flatMap((r) => r.fragments.map((f) => f.text)).join(''))).toBe(squash(pieces.map((p) => p.text).join('')));
      }),
    );
  });
});

describe('osc52', () => {
  test('encodes as base64 in one OSC 52 sequence; wraps for GNU screen only', () => {
    expect(osc52Sequence('héllo', { env: {} })).toBe(`\u001b]52;c;${Buffer.from('héllo').toString('base64')}\u0007`);
    expect(osc52Sequence('x', { env: { TERM: 'screen', STY: '1.pts' } })).toMatch(/^\u001bP\u001b\]52;c;eA==\u0007\u001b\\$/);
    expect(osc52Sequence('x', { env: { TERM: 'screen', TMUX: '/tmp/x', STY: '1' } })).toBe('\u001b]52;c;eA==\u0007');
  });

  test('text up to the limit is copied whole; longer text is not copied at all, and the message says why', () => {
    const written: string[] = [];
    const stream = { write: (chunk: string) => (written.push(chunk), true) };
    const fits = 'é'.repeat(OSC52_MAX_BYTES / 2);
    expect(writeClipboard(stream, fits, { env: {} })).toEqual({ copied: true });
    expect(Buffer.from(written[0].slice(7, -1), 'base64').toString('utf8')).toBe(fits);
    const outcome = writeClipboard(stream, 'word '.repeat(1024 * 1024), { env: {} });
    expect(outcome).toEqual({ copied: false, reason: 'too-long', bytes: 5 * 1024 * 1024 });
    expect(written).toHaveLength(1);
    expect(copyMessage(outcome)).toBe('quote too long to copy (5120 KB; limit 73 KB)');
    expect(copyMessage(writeClipboard({ write: () => { throw new Error('EIO'); } }, 'x', { env: {} }))).toBe('copy failed');
  });
});

describe('document and layout', () => {
  test('nested quotes: each piece belongs to the innermost quote', () => {
    const t = structuredClone(summit);
    const p = t.paragraphs[0];
    p.text = 'He said: "I quote: \'no\' and stop."';
    t.quotes.push(
      { id: 'outer', kind: 'direct', speaker: 'putin', paragraph: p.id, text: p.text.slice(10, 33), start: 10, end: 33, cue: null, confidence: 1 },
      { id: 'inner', kind: 'direct', speaker: 'luka', paragraph: p.id, text: 'no', start: 20, end: 22, cue: null, confidence: 1 },
    );
    const doc = buildDoc(t);
    const outer = doc.quoteIndexById.get('outer')!;
    const inner = doc.quoteIndexById.get('inner')!;
    expect(doc.paragraphs[0].pieces).toEqual([
      { text: 'He said: "', quote: -1 },
      { text: "I quote: '", quote: outer },
      { text: 'no', quote: inner },
      { text: "' and stop.", quote: outer },
      { text: '"', quote: -1 },
    ]);
  });

  test('speaker figures: quote counts and share of quoted words', () => {
    const doc = buildDoc(summit);
    const byName = Object.fromEntries(doc.speakers.map((s) => [s.name, s]));
    expect(byName['Vladimir Putin'].quoteCount).toBe(3);
    expect(byName['Aleksandr Lukashenko'].quoteCount).toBe(4);
    expect(doc.speakers.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1);
  });

  test('an anchor finds the same text after re-wrapping at another width', () => {
    const doc = buildDoc(summit);
    const wide = buildReaderLayout(doc, 80, null);
    const narrow = buildReaderLayout(doc, 30, null);
    for (let row = 0; row < narrow.rows.length; row++) {
      const anchor = anchorOfRow(narrow, row);
      const back = narrow.rows[rowOfAnchor(narrow, anchor)];
      expect(back).toBe(narrow.rows[row]);
      const there = wide.rows[rowOfAnchor(wide, anchor)];
      expect(there.block).toBe(narrow.rows[row].block);
    }
  });

  test('screen layout: side pane beside the reader from 90 columns; rows-1 drawn', () => {
    expect(screenLayout(48, 14, false)).toMatchObject({ height: 13, bodyHeight: 11, sideWidth: 0, readerWidth: 48 });
    expect(screenLayout(48, 14, true)).toMatchObject({ sideWidth: 48, readerWidth: 48 });
    expect(screenLayout(300, 100, false)).toMatchObject({ height: 99, sideWidth: 42, readerWidth: 258 });
  });
});

describe('search highlighting', () => {
  test('matched characters are marked, control characters removed without shifting the marks', () => {
    const text = 'A \u001b[31mtango\u001b[0m scenario';
    const start = text.indexOf('tango');
    const f = highlightFragments(text, [[start, start + 5]]);
    expect(f).toEqual([
      { text: 'A ', tag: 0 },
      { text: 'tango', tag: 1 },
      { text: ' scenario', tag: 0 },
    ]);
  });

  test('a snippet starts shortly before the first match', () => {
    const text = 'x'.repeat(100) + ' tango here';
    const f = snippet(highlightFragments(text, [[101, 106]]), 30);
    expect(f[0].text.startsWith('…')).toBe(true);
    expect(f.find((x) => x.tag === 1)?.text).toBe('tango');
    expect(displayWidth(f.map((x) => x.text).join(''))).toBeLessThanOrEqual(30);
  });

  test('a snippet of a quote with no match in its text (found by the speaker) starts at the beginning', () => {
    const text = 'We will return to this next week, and the money is already in the budget.';
    const f = snippet(highlightFragments(text, []), 20);
    expect(f.map((x) => x.text).join('')).toBe('We will return to t…');
  });

  test('a snippet cut at the width ends in …; one that fits does not', () => {
    const cut = snippet(highlightFragments('x'.repeat(40) + ' tango and then much more text after the match', [[41, 46]]), 30);
    const text = cut.map((x) => x.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(displayWidth(text)).toBe(30);
    expect(snippet(highlightFragments('short tango', [[6, 11]]), 30).map((x) => x.text).join('')).toBe('short tango');
  });
});

describe('theme', () => {
  test('NO_COLOR turns colour off; an empty NO_COLOR does not', async () => {
    const { noColorRequested, createTheme } = await import('../../src/ui/theme.js');
    expect(noColorRequested({ NO_COLOR: '1' })).toBe(true);
    expect(noColorRequested({ NO_COLOR: '' })).toBe(false);
    expect(noColorRequested({})).toBe(false);
    const off = createTheme(false);
    expect([off.speakerColor(0), off.accent, off.muted]).toEqual([undefined, undefined, undefined]);
  });

  test('only the 16 ANSI colours are used, so 16-colour terminals show the same', async () => {
    const { SPEAKER_PALETTE, createTheme } = await import('../../src/ui/theme.js');
    const sixteen = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray'];
    const names = [...SPEAKER_PALETTE, createTheme(true).accent, createTheme(true).muted];
    for (const name of names) expect(sixteen).toContain(String(name).replace(/Bright$/, ''));
  });
});

describe('display width', () => {
  test('the counting fast path agrees with string-width', async () => {
    const { default: stringWidth } = await import('string-width');
    for (const text of ['▸ ● ◆ │ ›', '── ↑/↓ → ← ─┼─ ▀█', '↔\ufe0f', 'plain ASCII', '“curly” — dash…', 'Лукашенко сказал', 'Ελληνικά', 'café naïve', 'e\u0301', '会议', '👍🏽', 'a\u200bb', 'soft\u00adhyphen'])
      expect(displayWidth(text), text).toBe(stringWidth(text));
  });
});
