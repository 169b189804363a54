/** A library's people through the built bin: unnamed speakers stay apart per transcript; other names are shown clean. */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DATA_TXT, parley, tempDir } from './helpers.js';

const COMMONS = [
  'Oral Answers to Questions',
  '1. Edward Miliband (Doncaster North) (Lab): What steps is the Government taking on energy bills?',
  'The Secretary of State (Claire Coutinho): We are taking every step to bring bills down.',
  'Edward Miliband: That is not good enough for families.',
  'Q: Will the minister meet me?',
].join('\n\n');
const BRIEFING = ['Press briefing', 'MR. MARSH: Good afternoon.', 'QUESTION: Is the ferry running?', 'MR. MARSH: It is running all winter.'].join('\n\n');

function library(): string {
  const dir = tempDir({ 'commons.txt': COMMONS, 'briefing.txt': BRIEFING });
  copyFileSync(DATA_TXT, path.join(dir, 'sochi.txt'));
  copyFileSync(DATA_TXT.replace(/\.txt$/, '.meta.json'), path.join(dir, 'sochi.meta.json'));
  return dir;
}

describe('parley speakers DIR', () => {
  const dir = library();

  test('the reporters of different transcripts are different people, each saying where', () => {
    const run = parley(['speakers', dir, '--no-cache']);
    expect(run.status).toBe(0);
    const reporters = run.stdout.split('\n').filter((l) => l.startsWith('Reporter'));
    expect(reporters).toHaveLength(3);
    expect(reporters.join('\n')).toContain('(in Press briefing)');
    expect(reporters.join('\n')).toContain('(in Oral Answers to Questions)');
    const json = JSON.parse(parley(['speakers', dir, '--no-cache', '--json']).stdout) as { name: string; transcripts: number; unnamed?: boolean }[];
    const jsonReporters = json.filter((p) => p.name === 'Reporter');
    expect(jsonReporters.map((p) => p.transcripts)).toEqual([1, 1, 1]);
    expect(jsonReporters.every((p) => p.unnamed)).toBe(true);
  });

  test('other names are clean: no typo forms, no raw labels; JSON keeps them in aliases', () => {
    const text = parley(['speakers', dir, '--no-cache']).stdout;
    expect(text).not.toContain('Lukashe4nko');
    expect(text).not.toContain('Doncaster');
    expect(text).toMatch(/^Edward Miliband \(also Miliband\)/m);
    const json = JSON.parse(parley(['speakers', dir, '--no-cache', '--json']).stdout) as { name: string; aliases: string[]; otherNames: string[] }[];
    const luka = json.find((p) => p.name === 'Aleksandr Lukashenko')!;
    expect(luka.aliases).toContain('Aleksandr Lukashe4nko');
    expect(luka.otherNames).not.toContain('Aleksandr Lukashe4nko');
  });

  test('a typo form still finds the person’s quotes', () => {
    const run = parley(['quotes', '--speaker', 'Lukashe4nko', dir, '--no-cache', '--json']);
    expect(run.status).toBe(0);
    const quotes = JSON.parse(run.stdout) as { speaker: { name: string } }[];
    expect(quotes.length).toBeGreaterThan(5);
    expect(new Set(quotes.map((q) => q.speaker.name))).toEqual(new Set(['Aleksandr Lukashenko']));
  });
});
