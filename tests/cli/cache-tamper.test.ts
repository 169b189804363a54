import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSER_VERSION } from '../../src/parse/version.js';
import { parley, tempDir } from './helpers.js';
import { scratchDir } from '../scratch.js';

// Issue 10: a tampered cache entry is a miss (re-parsed, rewritten), never a crash and never served; an
// entry forged to pass every check still cannot put an escape sequence on the terminal.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const OSC_TITLE = '\u001b]0;pwned\u0007';
const TEXT = 'Council meeting\n\nChair Maria Olsen: The ferry will run all winter.\n\nMikhail Serov: We agree with the council.\n';
const FIELD = ',"transcript":';

function setup() {
  const file = path.join(tempDir({ 'council.txt': TEXT }), 'council.txt');
  const cache = scratchDir('parley-cache-tamper-');
  const run = (args: string[]) => {
    const r = parley([...args.map((a) => (a === 'FILE' ? file : a))], { env: { PARLEY_CACHE_DIR: cache, PARLEY_CACHE_STATS: '1' } });
    const m = /cache: (\d+) hits, (\d+) misses, (\d+) written/.exec(r.stderr);
    return { ...r, stats: m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null };
  };
  const first = run(['quotes', 'FILE', '--json']);
  expect(first.stats).toEqual([0, 1, 1]);
  const dir = path.join(cache, 'transcripts');
  const entry = path.join(dir, readdirSync(dir)[0]);
  /** Edits the stored transcript; with `forge`, recomputes the digest as parley would. */
  const tamper = (edit: (t: any) => void, forge: boolean) => {
    const text = readFileSync(entry, 'utf8');
    const at = text.indexOf(FIELD);
    const t = JSON.parse(text.slice(at + FIELD.length, -1));
    edit(t);
    const json = JSON.stringify(t);
    const key = JSON.parse(`${text.slice(0, at)}}`);
    if (forge) {
      const s = statSync(file);
      const keyText = JSON.stringify([3, realpathSync(file), s.size, s.mtimeMs, PARSER_VERSION, 1]);
      key.digest = createHash('sha256').update(keyText).update('\n').update(json).digest('hex');
    }
    writeFileSync(entry, `${JSON.stringify(key).slice(0, -1)}${FIELD}${json}}`);
  };
  return { run, tamper, first };
}

describe('a tampered cache entry', () => {
  it.each([
    ['role: 42 (once "internal error: text.replace is not a function" on every run)', (t: any) => (t.speakers[0].role = 42), true],
    ['a falsified quote (its paragraph edited)', (t: any) => (t.paragraphs[0].text = t.paragraphs[0].text.replace('all winter', 'never again')), false],
    ['a falsified quote text', (t: any) => (t.quotes[0].text = 'The ferry will never run.'), true],
    ['an escape sequence as the date', (t: any) => (t.date = `2023${OSC_TITLE}`), true],
  ])('%s: re-parsed and rewritten, the true quotes printed', (_, edit, forge) => {
    const { run, tamper, first } = setup();
    tamper(edit, forge as boolean);
    for (const args of [['quotes', 'FILE'], ['quotes', 'FILE', '--markdown'], ['FILE'], ['speakers', 'FILE']]) {
      const r = run(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(UNSAFE);
      expect(r.stdout).not.toContain('never');
    }
    // The first of those runs rewrote the entry: the rest were hits.
    const again = run(['quotes', 'FILE', '--json']);
    expect(again.stats).toEqual([1, 0, 0]);
    expect(again.stdout).toBe(first.stdout);
  });

  it('forged to pass every check, its strings are still sanitised by every printer', () => {
    const { run, tamper } = setup();
    tamper((t) => {
      t.title = `Council ${OSC_TITLE}`;
      t.place = `Sochi [link](http://evil) <img src=x>${OSC_TITLE}`;
      t.source = `wire ${OSC_TITLE}`;
      t.speakers[0].name = `Maria ${OSC_TITLE}Olsen`;
      t.speakers[0].role = `chair\u009b31m`;
      t.sections[0].title = `Ferry\u2028${OSC_TITLE}`;
      t.quotes[0].cue = `label${OSC_TITLE}`;
      t.quotes[0].id = `q${OSC_TITLE}1`;
    }, true);
    for (const args of [['quotes', 'FILE'], ['quotes', 'FILE', '--markdown'], ['search', 'ferry', 'FILE'], ['FILE'], ['speakers', 'FILE'], ['sections', 'FILE']]) {
      const r = run(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stats?.[0]).toBe(1); // served from the cache
      expect(r.stdout).not.toMatch(UNSAFE);
    }
    const outline = run(['FILE']).stdout;
    expect(outline).toContain('Sochi [link](http://evil) <img src=x>');
    expect(outline).toMatch(/ q1 Maria Olsen \(turn, label /);
    expect(run(['quotes', 'FILE', '--markdown']).stdout).toContain('Sochi \\[link\\](http://evil) \\<img src=x\\>');
  });
});
