import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTranscript } from '../../src/model/validate.js';
import pkg from '../../package.json' with { type: 'json' };
import { bundledJson, DATA_TXT, expectOneLineError, hasScript, parley, parleyOnTerminal, RAW_CONTROL, tempDir } from './helpers.js';

const seed = bundledJson();
const putin = seed.speakers.find((s: { name: string }) => s.name === 'Vladimir Putin').id;

describe('parley --version and --help', () => {
  it('--version prints the package version', () => {
    const r = parley(['--version']);
    expect(r).toMatchObject({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each([[[]], [['search']], [['quotes']], [['speakers']], [['sections']], [['parse']]])('%j --help prints that command’s usage', (command) => {
    const r = parley([...command, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage/);
    if (command.length) expect(r.stdout).toContain(`parley ${command[0]}`);
    expect(r.stderr).toBe('');
  });

  it('parley help search is the same as parley search --help', () => {
    expect(parley(['help', 'search']).stdout).toBe(parley(['search', '--help']).stdout);
  });
});

describe('parley [FILE|DIR…] without a terminal', () => {
  it('prints the outline of the bundled transcript', () => {
    const r = parley([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Meeting with Russian President Vladimir Putin\n2023-09-15 · Sochi/);
    expect(r.stdout).toMatch(/\nSections\n {2}1\. /);
    expect(r.stdout).toMatch(/\nSpeakers\n/);
    expect(r.stdout).toMatch(/Vladimir Putin, Russian President: \d+ quotes/);
  });

  it('prints the outline of a given file', () => {
    const r = parley([DATA_TXT]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Meeting with Russian President Vladimir Putin');
  });
});

describe('parley search', () => {
  it('prints ranked results: speaker, section, paragraph and the quote', () => {
    const r = parley(['search', 'tango']);
    expect(r.status).toBe(0);
    const [first] = r.stdout.split('\n\n');
    expect(first).toMatch(/^(Vladimir Putin|Aleksandr Lukashenko) — .+ — paragraph \d+\n {2}.*tango/);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });

  it('searches a pasted page by its first 32 terms and says so on stderr', () => {
    const paste = 'tango '.repeat(3000);
    const r = parley(['search', paste, '--json']);
    expect(r.stderr).toBe('parley: query too long: searching its first 32 terms (limits: 32 terms, 1000 characters)\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].quote.text.toLowerCase()).toContain('tango');
    expect(parley(['search', 'tango']).stderr).toBe('');
  });

  it('is typo-tolerant: tnago finds a Putin quote about tango first', () => {
    const r = parley(['search', 'tnago', '--json']);
    const hits = JSON.parse(r.stdout);
    expect(hits[0].speaker.name).toBe('Vladimir Putin');
    expect(hits[0].quote.text.toLowerCase()).toContain('tango');
  });

  it('--json prints quote, speaker, section, score and matches (offsets into quote.text)', () => {
    const r = parley(['search', 'how to tango', '--json']);
    expect(r.status).toBe(0);
    const hits = JSON.parse(r.stdout);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(Object.keys(h)).toEqual(expect.arrayContaining(['quote', 'speaker', 'section', 'score', 'matches']));
      expect(h.score).toBeGreaterThan(0);
      expect(h.score).toBeLessThanOrEqual(1);
      const paragraph = seed.paragraphs.find((p: { id: string }) => p.id === h.quote.paragraph);
      expect(paragraph.text.slice(h.quote.start, h.quote.end)).toBe(h.quote.text);
    }
    expect(hits[0].matches.map(([s, e]: [number, number]) => hits[0].quote.text.slice(s, e)).join(' ')).toBe('how to tango');
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });

  it('exits 1 with no results, printing nothing (or [] with --json)', () => {
    expect(parley(['search', 'xyzzy plugh'])).toMatchObject({ status: 1, stdout: '', stderr: '' });
    expect(parley(['search', 'xyzzy', '--json'])).toMatchObject({ status: 1, stdout: '[]\n' });
  });

  it('--limit N caps the results', () => {
    expect(JSON.parse(parley(['search', 'the', '--json', '--limit', '2']).stdout)).toHaveLength(2);
    expect(JSON.parse(parley(['search', 'the', '--json', '-n', '1']).stdout)).toHaveLength(1);
  });

  it('--speaker, @speaker and --section filter', () => {
    for (const args of [['search', 'tango', '--speaker', 'putin', '--json'], ['search', '@putin tango', '--json']]) {
      const hits = JSON.parse(parley(args).stdout);
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) expect(h.quote.speaker).toBe(putin);
    }
    const hits = JSON.parse(parley(['search', 'tango', '--section', 'press', '--json']).stdout);
    for (const h of hits) expect(h.section.title).toMatch(/press/i);
    expect(parley(['search', 'tango', '--speaker', 'nobody-at-all'])).toMatchObject({ status: 1, stdout: '' });
  });

  it('searches a text file given on the command line, and stdin as -', () => {
    const fromFile = JSON.parse(parley(['search', 'tango', DATA_TXT, '--json']).stdout);
    const fromStdin = JSON.parse(parley(['search', 'tango', '-', '--json'], { input: readFileSync(DATA_TXT) }).stdout);
    expect(fromFile.map((h: { quote: { text: string } }) => h.quote.text)).toEqual(fromStdin.map((h: { quote: { text: string } }) => h.quote.text));
    expect(fromStdin[0].transcript.file).toBe('-');
  });

  it('searches a folder as one library, naming each result’s transcript', () => {
    const dir = tempDir({ 'a/one.txt': readFileSync(DATA_TXT), 'b/two.json': readFileSync(DATA_TXT.replace(/\.txt$/, '.json')) });
    const hits = JSON.parse(parley(['search', 'tango', dir, '--json']).stdout);
    expect(new Set(hits.map((h: { transcript: { file: string } }) => path.basename(h.transcript.file)))).toEqual(new Set(['one.txt', 'two.json']));
    expect(parley(['search', 'tango', dir]).stdout).toMatch(/^Meeting with Russian President Vladimir Putin/);
  });

  it('emphasises matches only on a terminal, and not with NO_COLOR', () => {
    expect(parley(['search', 'tango']).stdout).not.toContain('\u001b[');
    if (!hasScript()) return;
    const tty = parleyOnTerminal(['search', 'tango']);
    expect(tty.stdout).toContain('\u001b[1;4mtango\u001b[22;24m');
    expect(parleyOnTerminal(['search', 'tango'], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[1;4m');
  });
});

describe('parley quotes', () => {
  it('prints every quote in order', () => {
    const r = parley(['quotes', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((e: { quote: { id: string } }) => e.quote.id)).toEqual(seed.quotes.map((q: { id: string }) => q.id));
    const text = parley(['quotes']).stdout;
    expect(text.split('\n\n')).toHaveLength(seed.quotes.length);
  });

  it('--speaker keeps one speaker’s quotes; none is exit 1', () => {
    const entries = JSON.parse(parley(['quotes', '--speaker', 'Putin', '--json']).stdout);
    expect(entries.length).toBe(seed.quotes.filter((q: { speaker: string }) => q.speaker === putin).length);
    expect(parley(['quotes', '--speaker', 'Nobody'])).toMatchObject({ status: 1, stdout: '' });
  });

  it('--markdown prints block quotes with a citation line each', () => {
    const r = parley(['quotes', '--markdown', '--speaker', 'putin']);
    expect(r.status).toBe(0);
    const blocks = r.stdout.trim().split('\n\n');
    expect(blocks.length).toBe(seed.quotes.filter((q: { speaker: string }) => q.speaker === putin).length);
    for (const block of blocks) {
      expect(block).toMatch(/^> .+\n>\n> — Vladimir Putin(?: \(reported speech\))?, \*Meeting with Russian President Vladimir Putin\*, 2023-09-15, Sochi/);
    }
  });

  it('--json and --markdown together is a usage error', () => {
    expectOneLineError(parley(['quotes', '--json', '--markdown']));
  });
});

describe('parley speakers and sections', () => {
  it('speakers: names with quote counts, text and --json', () => {
    const text = parley(['speakers']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/Vladimir Putin, Russian President: \d+ quotes/);
    const json = JSON.parse(parley(['speakers', '--json']).stdout);
    expect(json.map((s: { name: string }) => s.name)).toEqual(seed.speakers.map((s: { name: string }) => s.name));
    expect(json.reduce((n: number, s: { quotes: number }) => n + s.quotes, 0)).toBe(seed.quotes.filter((q: { speaker: string | null }) => q.speaker).length);
  });

  it('sections: titles with paragraphs and quote counts, text and --json', () => {
    const text = parley(['sections']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/ {2}1\. .+ \(paragraphs 1–\d+, \d+ quotes?\)/);
    const json = JSON.parse(parley(['sections', '--json']).stdout);
    expect(json.map((s: { title: string }) => s.title)).toEqual(seed.sections.map((s: { title: string }) => s.title));
    expect(json.reduce((n: number, s: { quotes: number }) => n + s.quotes, 0)).toBe(seed.quotes.length);
  });
});

describe('parley parse', () => {
  it('--json prints a valid transcript, the bundled one for the bundled text', () => {
    const r = parley(['parse', DATA_TXT, '--json']);
    expect(r.status).toBe(0);
    const t = validateTranscript(JSON.parse(r.stdout));
    expect(t.title).toBe(seed.title);
    expect(t.quotes.length).toBe(seed.quotes.length);
  });

  it('accepts --no-cache like every command that reads files, and prints the same', () => {
    const r = parley(['parse', DATA_TXT, '--json', '--no-cache']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(parley(['parse', DATA_TXT, '--json']).stdout);
  });

  it('prints an outline: sections, speakers with quote counts, every quote', () => {
    const r = parley(['parse', DATA_TXT]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\nSections\n/);
    expect(r.stdout).toMatch(/\nSpeakers\n {2}.+: \d+ quotes?\n/);
    expect(r.stdout).toMatch(/\nQuotes/);
    for (const q of seed.quotes) expect(r.stdout).toContain(` ${q.id} `);
  });

  it('flags quotes of low confidence (below 0.7) with "?" and likely ones with "~", and says what each band means', () => {
    const t = bundledJson();
    t.quotes[1].confidence = 0.3;
    t.quotes[0].confidence = 0.95;
    t.quotes[2].confidence = 0.8;
    const low = t.quotes.filter((q: { confidence: number }) => q.confidence < 0.7).length;
    const dir = tempDir({ 'low.json': JSON.stringify(t) });
    const r = parley(['parse', path.join(dir, 'low.json')]);
    expect(r.stdout).toMatch(new RegExp(`${low} flagged "\\?": confidence below 0\\.7`));
    expect(r.stdout).toMatch(new RegExp(`\\n {2}\\? ${t.quotes[1].id} .*0\\.30\\)`));
    expect(r.stdout).toMatch(new RegExp(`\\n {4}${t.quotes[0].id} `));
    expect(r.stdout).toMatch(new RegExp(`\\n {2}~ ${t.quotes[2].id} `));
    expect(r.stdout).toMatch(/confidence \(share right on parley's development set\): sure ≥ 0\.9: \d+% right · ~ likely 0\.7–0\.9: \d+% right · \? a guess 0–0\.7: \d+% right/);
  });

  it('-o writes the output atomically and prints nothing', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out.json');
    const r = parley(['parse', DATA_TXT, '--json', '-o', out]);
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(parley(['parse', DATA_TXT, '--json']).stdout);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('-o refuses to overwrite its own input', () => {
    const dir = tempDir({ 'in.txt': readFileSync(DATA_TXT) });
    const input = path.join(dir, 'in.txt');
    const line = expectOneLineError(parley(['parse', input, '--json', '-o', input]));
    expect(line).toBe(`parley: ${input}: is the input file; refusing to overwrite it`);
    expect(readFileSync(input)).toEqual(readFileSync(DATA_TXT));
    expect(readdirSync(dir)).toEqual(['in.txt']);
  });

  it('-o into a missing folder fails and writes nothing', () => {
    const dir = tempDir();
    expectOneLineError(parley(['parse', DATA_TXT, '-o', path.join(dir, 'missing', 'out.json')]));
    expect(existsSync(path.join(dir, 'missing'))).toBe(false);
  });

  it('reads stdin as -', () => {
    const r = parley(['parse', '-', '--json'], { input: readFileSync(DATA_TXT) });
    expect(JSON.parse(r.stdout).title).toBe(seed.title);
  });

  it('needs exactly one FILE', () => {
    expectOneLineError(parley(['parse']));
    expectOneLineError(parley(['parse', DATA_TXT, DATA_TXT]));
  });
});

describe('pipes', () => {
  it('a reader that stops early is not an error', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/parley.js quotes | head -c 20`], { encoding: 'utf8' });
    expect(r.stdout).toHaveLength(20);
    expect(r.stderr).toBe('');
  });
});
