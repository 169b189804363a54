/**
 * Habits from less, fzf and git, through the built bin: `quotes --format tsv` for fzf and `--id` to look a
 * line up again, a misspelt command named, `parse` of several files and `-o out.json`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATA_TXT, expectOneLineError, parley, tempDir } from './helpers.js';

const TWO = {
  'a/talks.txt': 'Talks\n\nAnna Berg: The port is ready.\n\nJonas Lind: Good.\tTabbed\nand broken \\ text.\n',
  'b/talks.txt': 'More talks\n\nAnna Berg: The ferry runs.\n\nJonas Lind: Fine.\n',
};

describe('quotes --format tsv', () => {
  test('one line per quote: id, speaker, section, paragraph, kind, text', () => {
    const run = parley(['quotes', '--format', 'tsv']);
    expect(run.status).toBe(0);
    const rows = run.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    const json = JSON.parse(parley(['quotes', '--json']).stdout) as { quote: { id: string; kind: string; text: string } }[];
    expect(rows).toHaveLength(json.length);
    for (const row of rows) expect(row).toHaveLength(6);
    expect(rows[0][0]).toBe(json[0].quote.id);
    expect(rows[0][1]).toBe('Aleksandr Lukashenko');
    expect(rows[0][3]).toMatch(/^\d+$/);
    expect(rows[1][4]).toBe(json[1].quote.kind);
    expect(rows[0][5]).toBe(json[0].quote.text);
  });

  test('tabs, newlines and backslashes inside a field are escaped, so a line is always one quote', () => {
    const dir = tempDir({ 'one.txt': TWO['a/talks.txt'] });
    const run = parley(['quotes', '--format', 'tsv', path.join(dir, 'one.txt')]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const jonas = lines[1].split('\t');
    expect(jonas).toHaveLength(6);
    expect(jonas[5]).toBe('Good.\\tTabbed\\nand broken \\\\ text.');
  });

  test('a speaker and words match together on one line (what fzf sees)', () => {
    const lines = parley(['quotes', '--format', 'tsv']).stdout.split('\n');
    expect(lines.some((l) => /Vladimir Putin\t.*tango/i.test(l))).toBe(true);
  });

  test('--id looks a line up again by its first column; in a library the id names the file', () => {
    const [first] = parley(['quotes', '--format', 'tsv']).stdout.split('\n');
    const id = first.split('\t')[0];
    const one = parley(['quotes', '--id', id, '--json']);
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).map((e: { quote: { id: string } }) => e.quote.id)).toEqual([id]);
    expect(parley(['quotes', '--id', 'q9999']).status).toBe(1);

    const dir = tempDir({ 'a.txt': TWO['a/talks.txt'], 'b.txt': TWO['b/talks.txt'] });
    const ids = parley(['quotes', '--format', 'tsv', dir]).stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]);
    const a = path.join(dir, 'a.txt');
    const b = path.join(dir, 'b.txt');
    expect(ids).toEqual([`${a}#q1`, `${a}#q2`, `${b}#q1`, `${b}#q2`]);
    for (const id of [`${b}#q2`, 'b.txt#q2']) {
      const looked = parley(['quotes', '--id', id, dir]);
      expect(looked.stdout).toContain('Fine.');
      expect(looked.stdout).not.toContain('Good.');
    }
  });

  test('--format is checked, and cannot disagree with --json or --markdown', () => {
    expect(expectOneLineError(parley(['quotes', '--format', 'csv']))).toContain('--format must be one of text, json, markdown, tsv');
    expect(expectOneLineError(parley(['quotes', '--format', 'tsv', '--json']))).toContain('cannot be used together');
    expect(parley(['quotes', '--format', 'json', '--json']).status).toBe(0);
  });
});

describe('a misspelt command', () => {
  test('`parley serach tango` names the command meant, exit 2', () => {
    const run = parley(['serach', 'tango']);
    expect(expectOneLineError(run)).toBe('parley: unknown command "serach" (did you mean "search"?)');
  });

  test('other near misses too; an unrelated word is still a missing file', () => {
    expect(expectOneLineError(parley(['qoutes']))).toContain('did you mean "quotes"?');
    expect(expectOneLineError(parley(['Search', 'x']))).toContain('did you mean "search"?');
    expect(expectOneLineError(parley(['tango']))).toContain('tango: no such file');
  });

  test('a file of that name is read as ever', () => {
    const dir = tempDir({ serach: 'Talks\n\nAnna Berg: The port is ready.\n\nJonas Lind: Good.\n' });
    const run = parley(['serach'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Anna Berg');
  });
});

describe('parse with several files, and -o out.json', () => {
  test('-o out.json writes JSON without --json; another name gets the outline', () => {
    const dir = tempDir();
    expect(parley(['parse', DATA_TXT, '-o', path.join(dir, 'out.json')]).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).version).toBe(1);
    expect(parley(['parse', DATA_TXT, '-o', path.join(dir, 'out.txt')]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toMatch(/^Meeting with Russian President/);
  });

  test('several FILEs -o DIR write DIR/NAME.json each, making DIR', () => {
    const src = tempDir({ 'one.txt': TWO['a/talks.txt'], 'two.md': TWO['b/talks.txt'] });
    const out = path.join(tempDir(), 'parsed');
    const run = parley(['parse', path.join(src, 'one.txt'), path.join(src, 'two.md'), '-o', out]);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['one.json', 'two.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'two.json'), 'utf8')).title).toBe('More talks');
  });

  test('several FILEs without -o DIR, or with -o FILE.json, are refused in one line', () => {
    const src = tempDir({ 'one.txt': TWO['a/talks.txt'], 'two.txt': TWO['b/talks.txt'] });
    const files = [path.join(src, 'one.txt'), path.join(src, 'two.txt')];
    expect(expectOneLineError(parley(['parse', ...files]))).toContain('several FILEs need -o DIR');
    expect(expectOneLineError(parley(['parse', ...files, '-o', path.join(src, 'all.json')]))).toContain('need a folder');
    expect(existsSync(path.join(src, 'all.json'))).toBe(false);
    writeFileSync(path.join(src, 'exists'), 'x');
    expect(expectOneLineError(parley(['parse', ...files, '-o', path.join(src, 'exists')]))).toContain('need a folder');
  });

  test('two FILEs of one name are refused before anything is written', () => {
    const src = tempDir(TWO);
    const out = path.join(src, 'out');
    const run = parley(['parse', path.join(src, 'a/talks.txt'), path.join(src, 'b/talks.txt'), '-o', out]);
    expect(expectOneLineError(run)).toContain('would both be written to');
    expect(existsSync(out)).toBe(false);
  });
});
